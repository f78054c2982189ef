import type { LanguagePack } from '../pack.js';

export const fr: LanguagePack = {
  code: 'fr',
  name: 'Français',
  heading: 'Résumé',
  quotes: [['«', '»'], ['“', '”'], ['"', '"'], ['‹', '›']],
  connectives: [
    'De plus', 'En outre', 'Par ailleurs', 'Cependant', 'Toutefois', 'Pourtant', 'Mais', 'Et', 'Ainsi',
    'Donc', 'Aussi', 'Enfin', 'Ensuite', 'Puis', 'Néanmoins', 'Par conséquent', 'En revanche', 'Or',
  ],
  anaphora: ['Il', 'Elle', 'Ils', 'Elles', 'Ce', 'Cela', 'Ceci', 'Celui-ci', 'Celle-ci', 'Lui', 'Leur'],
};
