import { BULLETS, OPENERS, isDigit, isIn, isSpace } from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import { opensSentence } from './07-abbreviations.js';
import type { BoundaryRule, Candidate, RuleContext } from './types.js';

export const DIGITS = /^\d+$/;
/** "-3", "1.–3": the end of a range of ordinals. */
export const RANGE = /^(?:\d{1,4}\.)?[-–—](\d+)$/;
/** "Bayerns", "Merkels": a capitalised word in the genitive. */
const GENITIVE = /^\p{Lu}\p{L}+s$/u;
/** "24.06." without the year: a date, read like an ordinal. */
export const DAY_MONTH = /^\d{1,2}\.\d{1,2}$/;

/**
 * Rule 9: a period after a number. In every language a number that opens the sentence is a
 * list number ("1. The first item", "• 3. Seien Sie …", "1.) …"). Where the language writes
 * ordinals with a period (German) the number is a date or an ordinal, and no boundary, when
 * - a month name or another number follows a day ("am 24. Juni", "3. 4. 2020", "am 24.06. um"),
 * - an article, preposition or genitive comes before it ("im 19. Jahrhundert", "der 3. Platz",
 *   "Bayerns 33. Meistertitel"),
 * - it is the second number of a range ("aus dem 1.–3. Jahrhundert");
 * but a year ("im Jahr 2020. Danach") or a following sentence opener ("… wurde 80. Er …") ends
 * the sentence. Elsewhere the default applies: a number then ". Capital" ends the sentence.
 */
export const numbers: BoundaryRule = (c, ctx) => {
  // Every pattern below ends in a digit: most words before a period are ruled out by their last character.
  if (!endsInDigit(c.prevWord)) return undefined;
  // "1.) The first item": a list number with its bracket.
  if (c.closers === ')' && DIGITS.test(c.prevWord) && opensCurrentSentence(c, ctx)) return 'keep';
  if (c.closers !== '') return undefined;
  // "1.–3. Jahrhundert": the second number of a range reads like the first.
  const rangeEnd = RANGE.exec(c.prevWord)?.[1];
  const range = rangeEnd !== undefined;
  const w = rangeEnd ?? c.prevWord;
  const plain = DIGITS.test(w);
  if (!plain && !DAY_MONTH.test(w)) return undefined;
  // "1. Bundesliga", "4. Die Auffassung …": a number that opens the sentence is a list number or ordinal.
  if (plain && opensCurrentSentence(c, ctx)) return 'keep';
  if (!ctx.data.ordinalDot) return undefined;
  // A day or month before another number is a date ("3. 4. 2020"); "in 2014. 7. Punkt" is not.
  const dayLike = !plain || w.length <= 2;
  if (dayLike && isDigit(c.nextFirst)) return 'keep';
  if (dayLike && ctx.data.months.has(c.nextWord)) return 'keep';
  if (opensSentence(c, ctx)) return 'split';
  if (!plain) return 'keep';
  if (w.length >= SEGMENT_TUNING.yearDigits) return undefined;
  if (range) return 'keep';
  const before = wordBefore(c, ctx);
  if (ctx.data.ordinalTriggers.has(before.toLowerCase())) return 'keep';
  // A name in the genitive takes an ordinal like an article does: "Bayerns 33. Meistertitel".
  if (GENITIVE.test(before)) return 'keep';
  return undefined;
};

function endsInDigit(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  return last >= 48 && last <= 57;
}

/** Only spaces, opening quotes/brackets and a bullet between the sentence start and the number ("• 3. Seien Sie …"). */
function opensCurrentSentence(c: Candidate, ctx: RuleContext): boolean {
  if (c.prevWordStart - ctx.sentenceStart > SEGMENT_TUNING.maxWordChars) return false;
  for (let i = ctx.sentenceStart; i < c.prevWordStart; i++) {
    const ch = ctx.text[i];
    if (!isSpace(ch) && !isIn(OPENERS, ch) && !isIn(BULLETS, ch)) return false;
  }
  return true;
}

/** The word right before the number ("im" in "im 19."), or "" when there is none. */
function wordBefore(c: Candidate, ctx: RuleContext): string {
  let e = c.prevWordStart;
  while (e > ctx.sentenceStart && isSpace(ctx.text[e - 1])) e--;
  let s = e;
  while (s > ctx.sentenceStart && e - s < SEGMENT_TUNING.maxWordChars && !isSpace(ctx.text[s - 1])) s--;
  return ctx.text.slice(s, e);
}
