import { isLower, isSpace } from '../chars.js';
import type { BoundaryRule } from './types.js';

/**
 * Rule 4: the text goes on in lowercase, or with a comma, colon or closing bracket: no new
 * sentence starts there. „Kommst du?“, fragte sie. · „Wohin?!“ rief er. · "Oh... well". A dash
 * before lowercase goes on too ("… kein Zweifel! – könnte er …").
 * German capitalises nouns, so the reverse (capital = new sentence) is left to later rules.
 */
export const continuation: BoundaryRule = (c, ctx) => {
  if (c.next >= ctx.chunkEnd) return 'split';
  const raw = ctx.text[c.next];
  if (raw === ',' || raw === ';' || raw === ':' || raw === ')' || raw === ']' || raw === '}') return 'keep';
  if (isLower(c.nextFirst)) return 'keep';
  // A dash then lowercase closes a parenthesis: "… kein Zweifel! – könnte er …".
  if (raw === '-' || raw === '–' || raw === '—') {
    let i = c.next + 1;
    while (i < ctx.chunkEnd && i - c.next < 4 && isSpace(ctx.text[i])) i++;
    if (isLower(ctx.text[i])) return 'keep';
  }
  return undefined;
};
