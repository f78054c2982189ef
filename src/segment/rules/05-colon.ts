import { isLetterCode, isSpace } from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import type { BoundaryRule } from './types.js';

/**
 * Rule 5: a colon between two full clauses. Where the language capitalises a full sentence
 * after a colon (German), a colon after a clause of several words, followed directly by a
 * capitalised sentence opener, starts a new sentence: "…, sagte er und fügte hinzu: Es seien
 * …". Not after a short label ("Ihr Argument: Wenn …", "Jedoch: Der …"), and not before quoted
 * speech ("Er sagte: „Wir …“"), which stays with its speaker, and not after a subordinate clause
 * ("Ob Sie … sind: Die Hauptstadt …"), whose main clause follows. Every other colon is kept.
 */
export const colon: BoundaryRule = (c, ctx) => {
  if (c.marks !== ':') return undefined;
  if (!ctx.data.colonStartsSentence) return 'keep';
  if (c.nextFirst !== ctx.text[c.next]) return 'keep'; // an opening quote or bracket follows
  if (!ctx.data.starters.has(c.nextWord)) return 'keep';
  if (ctx.data.subordinators.has(firstWord(ctx.text, ctx.sentenceStart, c.at))) return 'keep';
  return clauseHasWords(ctx.text, ctx.sentenceStart, c.at, SEGMENT_TUNING.colonMinWords) ? 'split' : 'keep';
};

/** Are there at least `min` words between `from` and `to`? Looks back a bounded stretch only. */
function clauseHasWords(text: string, from: number, to: number, min: number): boolean {
  const limit = Math.max(from, to - min * SEGMENT_TUNING.maxWordChars);
  let words = 0;
  let inWord = false;
  for (let i = to - 1; i >= limit; i--) {
    if (isSpace(text[i])) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
      if (words >= min) return true;
    }
  }
  return false;
}

/** The sentence's first word (letters only), bounded. */
function firstWord(text: string, from: number, to: number): string {
  let s = from;
  const limit = Math.min(to, from + SEGMENT_TUNING.maxWordChars);
  while (s < limit && !isLetterCode(text.charCodeAt(s))) s++;
  let e = s;
  while (e < to && e - s < SEGMENT_TUNING.maxWordChars && isLetterCode(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}
