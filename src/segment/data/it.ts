import type { SegmentLangData } from './types.js';

/** Italian: titles "Dott.", "Sig.", "On."; "ecc." ends lists. */
export const it: SegmentLangData = {
  abbreviations: {
    title: ['Sig.', 'Sigg.', 'Sig.ra', 'Sig.na', 'Dott.', 'Dott.ssa', 'Dr.', 'Prof.', 'Prof.ssa', 'Avv.', 'Ing.', 'Arch.', 'On.', 'Sen.', 'Geom.', 'Rag.', 'Mons.', 'Gen.', 'Col.', 'Cav.', 'S.', 'Sant.', 'Spett.'],
    general: [
      'ad es.', 'es.', 'cfr.', 'cf.', 'ca.', 'circa.', 'vs.', 'p.es.', 'c.a.', 'c.d.', 'cosidd.', 'pag.', 'pagg.',
      'tel.', 'Tel.', 'max.', 'min.', 'mln.', 'mld.', 'mrd.', 'sec.', 'ss.', 'sg.', 'sgg.', 'v.', 'vd.', 'p.', 'P.za',
      'C.so', 'V.le', 'a.C.', 'd.C.',
    ],
    beforeNumber: ['N°.', 'n°.', 'n.', 'nr.', 'N.', 'art.', 'Art.', 'cap.', 'vol.', 'fig.', 'tab.', 'comma.'],
    final: ['ecc.', 'etc.', 'S.p.A.', 'S.r.l.', 'Spa.', 'Inc.', 'Ltd.', 'gen.', 'febbr.', 'apr.', 'giu.', 'lug.', 'ago.', 'sett.', 'ott.', 'nov.', 'dic.'],
  },
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  starters: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'Questo', 'Questa', 'Questi', 'Queste', 'Quel', 'Quella',
    'Lui', 'Lei', 'Loro', 'Io', 'Noi', 'Ma', 'E', 'O', 'Però', 'Poi', 'Anche', 'Inoltre', 'Secondo', 'In', 'Nel',
    'Nella', 'Con', 'Per', 'Da', 'Dal', 'Dalla', 'Dopo', 'Prima', 'Quando', 'Se', 'Come', 'Oggi', 'Ieri', 'Non',
    'Si', 'Ci', 'Che', 'Chi', 'Mentre', 'Tuttavia', 'Infatti',
  ],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
};
