import type { LanguagePack } from '../pack.js';

export const es: LanguagePack = {
  code: 'es',
  name: 'Español',
  heading: 'Resumen',
  quotes: [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']],
  connectives: [
    'Además', 'Asimismo', 'Sin embargo', 'No obstante', 'Pero', 'Y', 'También', 'Por eso', 'Por lo tanto',
    'Así', 'Entonces', 'Luego', 'Finalmente', 'Por otra parte', 'En cambio', 'Incluso',
  ],
  anaphora: ['Él', 'Ella', 'Ellos', 'Ellas', 'Esto', 'Este', 'Esta', 'Eso', 'Ese', 'Esa', 'Allí'],
};
