import type { LanguagePack } from '../pack.js';

export const nl: LanguagePack = {
  code: 'nl',
  name: 'Nederlands',
  heading: 'Samenvatting',
  quotes: [['“', '”'], ['„', '”'], ['"', '"'], ['‘', '’'], ["'", "'"]],
  connectives: [
    'Bovendien', 'Daarnaast', 'Ook', 'Maar', 'En', 'Echter', 'Toch', 'Daarom', 'Dus', 'Verder', 'Tevens',
    'Vervolgens', 'Ten slotte', 'Wel', 'Intussen', 'Daarbij',
  ],
  anaphora: ['Hij', 'Zij', 'Ze', 'Het', 'Dit', 'Dat', 'Deze', 'Die', 'Daar', 'Hem', 'Haar'],
};
