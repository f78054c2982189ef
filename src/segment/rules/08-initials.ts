import { isDigit, isLetter } from '../chars.js';
import { opensSentence } from './07-abbreviations.js';
import type { BoundaryRule } from './types.js';

export const DOTTED_INITIALISM = /^(?:\p{L}\.){1,8}\p{L}$/u;
/** II to XXXIX: regnal and papal numbers. Wider ones ("CD", "MC", "DC") are more often acronyms. */
export const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Rule 8: a single letter ("J. R. R. Tolkien", "Frank-Walter S."), a dotted initialism
 * ("U.S.", "e.g") or, where ordinals take a period, a Roman numeral ("Ludwig XIV.") is not a
 * sentence end unless a typical sentence opener follows ("… in the U.S. The …").
 */
const isRomanStart = (code: number): boolean => code === 73 || code === 86 || code === 88; // I V X

export const initials: BoundaryRule = (c, ctx) => {
  if (c.closers !== '') return undefined;
  const w = c.prevWord;
  // Cheap tests first: a dotted initialism has a period inside, a Roman numeral starts with I, V or X.
  const initial =
    (w.length === 1 && isLetter(w)) ||
    (w.includes('.') && DOTTED_INITIALISM.test(w)) ||
    (ctx.data.ordinalDot && isRomanStart(w.charCodeAt(0)) && ROMAN.test(w));
  if (!initial) return undefined;
  if (isDigit(c.nextFirst)) return 'keep';
  return opensSentence(c, ctx) && ctx.data.starters.size > 0 ? 'split' : 'keep';
};
