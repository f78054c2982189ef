import type { SegmentLangData } from './types.js';

/**
 * The language-agnostic fallback for "und" and codes without a pack: only abbreviations that
 * read the same across Latin-script languages, no starters (so `final` entries never split),
 * no ordinal rule. Single-letter initials and numbers are handled by rules, not data.
 */
export const und: SegmentLangData = {
  abbreviations: {
    title: ['Dr.', 'Prof.', 'Mr.', 'Mrs.', 'Ms.', 'St.'],
    general: ['e. g.', 'i. e.', 'vs.', 'cf.', 'ca.', 'approx.', 'max.', 'min.', 'Tel.', 'tel.'],
    beforeNumber: ['N°.', 'n°.', 'No.', 'no.', 'Nr.', 'nr.', 'Art.', 'art.', 'p.', 'pp.', 'S.'],
    final: ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.'],
  },
  months: [],
  starters: [],
  ordinalDot: false,
  colonStartsSentence: false,
  subordinators: [],
  ordinalTriggers: [],
};
