import type { SegmentLangData } from './types.js';

/** French: "M." and "Mme" titles, "etc.", and « guillemets » with a space inside. */
export const fr: SegmentLangData = {
  abbreviations: {
    title: ['M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'Gén.', 'Col.', 'Cdt.', 'Lt.'],
    general: [
      'cf.', 'env.', 'p. ex.', 'c.-à-d.', 'c. à d.', 'càd.', 'av.', 'apr.', 'J.-C.', 'qqch.', 'qqn.', 'ss.', 'suiv.',
      'boul.', 'bd.', 'chap.', 'éd.', 'max.', 'min.', 'Mio.', 'Mrd.', 'mio.', 'mrd.', 'resp.', 'vol.', 'tél.', 'Tél.',
      'hab.', 'dép.', 'ex.', 'fig.', 'coll.', 'dir.', 'trad.', 'sq.', 'sqq.', 'vs.',
    ],
    beforeNumber: ['N°.', 'n°.', 'no.', 'No.', 'p.', 'pp.', 'art.', 'Art.', 'al.', 'ch.', 't.'],
    final: [
      'etc.', 'Cie.', 'Co.', 'Inc.', 'Ltd.', 'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
    ],
  },
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  ],
  starters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Je', 'Nous', 'Vous', 'Ce',
    'Cette', 'Ces', 'Cela', 'Ça', 'Mais', 'Et', 'Ou', 'Donc', 'Puis', 'Ensuite', 'Alors', 'Selon', 'Pour', 'Dans',
    'En', 'Au', 'Aux', 'Avec', 'Sans', 'Sur', 'Après', 'Avant', 'Depuis', 'Si', 'Quand', 'Lorsque', 'Comme',
    'Cependant', 'Pourtant', 'Toutefois', 'Enfin', 'Aujourd', 'Hier', 'Il', 'Par', 'De', "L'", "D'", 'Qui', 'Que',
  ],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
};
