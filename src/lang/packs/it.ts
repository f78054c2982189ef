import type { LanguagePack } from '../pack.js';

export const it: LanguagePack = {
  code: 'it',
  name: 'Italiano',
  heading: 'Riepilogo',
  quotes: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  connectives: [
    'Inoltre', 'Tuttavia', 'Però', 'Ma', 'E', 'Anche', 'Quindi', 'Dunque', 'Infatti', 'Invece', 'Poi',
    'Infine', 'Pertanto', 'Comunque', 'Intanto', 'Allora',
  ],
  anaphora: ['Lui', 'Lei', 'Loro', 'Esso', 'Essa', 'Questo', 'Questa', 'Ciò', 'Quello', 'Quella'],
};
