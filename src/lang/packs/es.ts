import { stopwordList } from '../stopwords.js';
import type { LanguagePack } from '../pack.js';

export const es: LanguagePack = {
  code: 'es',
  iso6393: 'spa',
  name: 'Español',
  heading: 'Resumen',
  stemmer: 'spanish',
  stopwords: stopwordList('spa'),
  quotes: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  connectives: [
    'Además', 'Asimismo', 'Sin embargo', 'No obstante', 'Pero', 'Y', 'También', 'Por eso', 'Por lo tanto',
    'Así', 'Entonces', 'Luego', 'Finalmente', 'Por otra parte', 'En cambio', 'Incluso',
  ],
  anaphora: ['Él', 'Ella', 'Ellos', 'Ellas', 'Esto', 'Este', 'Esta', 'Eso', 'Ese', 'Esa', 'Allí'],
};
