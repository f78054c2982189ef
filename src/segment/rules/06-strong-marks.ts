import type { BoundaryRule } from './types.js';

/**
 * Rule 6: "!", "?" and ellipses before a capital (or digit) end the sentence; the abbreviation
 * and number rules after this one are about the single period only. An ellipsis in brackets,
 * "[…]" or "(...)", marks an omission inside a quotation and never ends a sentence; neither
 * does one that opens the sentence ("… und dann").
 */
export const strongMarks: BoundaryRule = (c, ctx) => {
  if (c.marks === '.') return undefined;
  const before = ctx.text[c.at - 1];
  if (before === '[' || before === '(') return 'keep';
  if (c.prevWordStart === c.at && c.at === ctx.sentenceStart) return 'keep';
  return 'split';
};
