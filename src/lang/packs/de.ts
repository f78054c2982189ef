import type { LanguagePack } from '../pack.js';

export const de: LanguagePack = {
  code: 'de',
  name: 'Deutsch',
  heading: 'Zusammenfassung',
  quotes: [['„', '“'], ['»', '«'], ['«', '»'], ['"', '"'], ['‚', '‘'], ['“', '”']],
  connectives: [
    'Zudem', 'Außerdem', 'Dabei', 'Auch', 'Darüber hinaus', 'Ferner', 'Weiterhin', 'Allerdings', 'Jedoch',
    'Doch', 'Aber', 'Daher', 'Deshalb', 'Deswegen', 'Dennoch', 'Trotzdem', 'Somit', 'Also', 'Dazu',
    'Danach', 'Anschließend', 'Zuvor', 'Stattdessen', 'Indes', 'Indessen', 'Gleichzeitig', 'Zugleich',
    'Hingegen', 'Demnach', 'Damit', 'Dafür', 'Dagegen', 'Darin', 'Darauf', 'Daraufhin', 'Zuletzt',
    'Schließlich', 'Ebenso', 'Ebenfalls', 'Überdies', 'Und', 'Oder', 'Sondern',
  ],
  anaphora: [
    'Er', 'Sie', 'Es', 'Ihm', 'Ihr', 'Ihn', 'Ihnen', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Das', 'Dort',
    'Damals', 'Der', 'Die', 'Den', 'Dem',
  ],
};
