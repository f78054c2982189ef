import { stopwordList } from '../stopwords.js';
import type { LanguagePack } from '../pack.js';

export const it: LanguagePack = {
  code: 'it',
  iso6393: 'ita',
  name: 'Italiano',
  heading: 'Riepilogo',
  stemmer: 'italian',
  stopwords: stopwordList('ita'),
  quotes: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  connectives: [
    'Inoltre', 'Tuttavia', 'Però', 'Ma', 'E', 'Anche', 'Quindi', 'Dunque', 'Infatti', 'Invece', 'Poi',
    'Infine', 'Pertanto', 'Comunque', 'Intanto', 'Allora',
  ],
  anaphora: ['Lui', 'Lei', 'Loro', 'Esso', 'Essa', 'Questo', 'Questa', 'Ciò', 'Quello', 'Quella'],
};
