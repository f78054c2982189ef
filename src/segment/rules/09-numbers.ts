import { isDigit, isSpace, OPENERS, isIn } from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import { opensSentence } from './07-abbreviations.js';
import type { BoundaryRule, Candidate, RuleContext } from './types.js';

const DIGITS = /^\d+$/;
/** "24.06." without the year: a date, read like an ordinal. */
const DAY_MONTH = /^\d{1,2}\.\d{1,2}$/;

/**
 * Rule 9: a period after a number. A day before a month name is a date ("am 24. Juni"), and
 * so is a day or month before another number ("3. 4. 2020"). Where the language writes ordinals with a period
 * (German) the number is an ordinal, and no boundary, when an article or preposition comes
 * before it ("im 19. Jahrhundert", "der 3. Platz"); in every language a number that opens the
 * sentence is a list number or ordinal ("1. Bundesliga", "4. The …");
 * a year ("im Jahr 2020. Danach") or a following sentence opener ("… wurde 80. Er …") ends the
 * sentence. Elsewhere the default applies: a number then ". Capital" ends the sentence.
 */
export const numbers: BoundaryRule = (c, ctx) => {
  if (c.closers !== '') return undefined;
  const w = c.prevWord;
  const plain = DIGITS.test(w);
  if (!plain && !DAY_MONTH.test(w)) return undefined;
  // "1. Bundesliga", "4. Die Auffassung …": a number that opens the sentence is a list number or ordinal.
  if (plain && opensCurrentSentence(c, ctx)) return 'keep';
  // A day or month before another number is a date ("3. 4. 2020"); "in 2014. 7. Punkt" is not.
  const dayLike = !plain || w.length <= 2;
  if (dayLike && isDigit(c.nextFirst)) return 'keep';
  if (!ctx.data.ordinalDot) return undefined;
  if (dayLike && ctx.data.months.has(c.nextWord)) return 'keep';
  if (opensSentence(c, ctx.data)) return 'split';
  if (!plain) return 'keep';
  if (w.length >= SEGMENT_TUNING.yearDigits) return undefined;
  if (ctx.data.ordinalTriggers.has(wordBefore(c, ctx).toLowerCase())) return 'keep';
  return undefined;
};

/** Only spaces and opening quotes/brackets between the sentence start and the number. */
function opensCurrentSentence(c: Candidate, ctx: RuleContext): boolean {
  for (let i = ctx.sentenceStart; i < c.prevWordStart; i++) {
    const ch = ctx.text[i];
    if (!isSpace(ch) && !isIn(OPENERS, ch)) return false;
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
