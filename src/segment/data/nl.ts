import type { SegmentLangData } from './types.js';

/** Dutch: "dhr.", "mevr.", "bijv.", "enz."; lowercase "'s" and "'t" can open a sentence. */
export const nl: SegmentLangData = {
  abbreviations: {
    title: ['dhr.', 'Dhr.', 'mevr.', 'Mevr.', 'mr.', 'Mr.', 'mw.', 'Mw.', 'dr.', 'Dr.', 'drs.', 'Drs.', 'ir.', 'Ir.', 'ing.', 'Ing.', 'prof.', 'Prof.', 'ds.', 'Ds.', 'St.', 'Sint.', 'gen.', 'Gen.'],
    general: [
      'bijv.', 'bv.', 'b.v.', 'o.a.', 'm.a.w.', 'd.w.z.', 'i.p.v.', 'm.b.t.', 'n.a.v.', 't.a.v.', 'm.n.', 'o.m.', 'ca.',
      'resp.', 'evt.', 'incl.', 'excl.', 'vgl.', 'zgn.', 'z.g.a.n.', 'ong.', 'max.', 'min.', 'mln.', 'mld.', 'mrd.',
      'tel.', 'Tel.', 'jl.', 'a.s.', 'v.Chr.', 'n.Chr.', 'aug.', 'nl.', 'vs.', 'i.v.m.', 'm.i.v.', 't.o.v.',
    ],
    beforeNumber: ['nr.', 'Nr.', 'art.', 'Art.', 'blz.', 'p.', 'hfst.', 'lid.'],
    final: ['enz.', 'etc.', 'e.d.', 'e.a.', 'N.V.', 'B.V.', 'Inc.', 'Ltd.', 'jan.', 'feb.', 'febr.', 'apr.', 'jun.', 'jul.', 'sept.', 'sep.', 'okt.', 'nov.', 'dec.'],
  },
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  starters: [
    'De', 'Het', 'Een', 'Dit', 'Dat', 'Deze', 'Die', 'Hij', 'Zij', 'Ze', 'Het', 'Wij', 'We', 'Ik', 'Jij', 'U',
    'Maar', 'En', 'Of', 'Dus', 'Toch', 'Ook', 'Daarna', 'Daarom', 'Volgens', 'In', 'Op', 'Met', 'Voor', 'Na',
    'Bij', 'Van', 'Als', 'Toen', 'Wanneer', 'Omdat', 'Hoewel', 'Er', 'Nu', 'Vandaag', 'Gisteren', 'Niet', 'Geen',
  ],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
};
