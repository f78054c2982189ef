import { wordEnds } from '../lang/index.js';
import type { Sentence, Span } from '../types.js';

/** The word limit's tuning: where a sentence over the limit is cut. */
export const WORD_LIMIT = Object.freeze({
  /**
   * A clause boundary is used only when it keeps at least this share of the text the allowed
   * words span; an earlier one would throw away most of what the limit allows, so the cut then
   * falls after the last allowed word (and the bullet is marked with "…").
   */
  minCutShare: 0.5,
  /** Marks a bullet that was cut: the sentence goes on in the article. */
  ellipsis: ' …',
});

/** Where a cut keeps the text: `end` is an offset into the text; `atClause` says whether it fell at a clause boundary. */
export interface WordCut {
  end: number;
  atClause: boolean;
}

// A comma, semicolon or colon before a space ("18,3" is no boundary), or a spaced dash.
const BOUNDARY = /[,;:](?=\s)|\s[–—-](?=\s)/gu;

/**
 * Where to cut `text` so that at most `max` words remain, or null when it has no more: at the
 * last clause boundary (outside brackets and outside an aside between two spaced dashes, as in
 * "Bader – who lost his legs in 1931 – became …") within the allowed words when that keeps at least
 * `minCutShare` of them, otherwise right after the `max`-th word. The kept part is
 * `text.slice(0, end)`, without the boundary's punctuation or trailing space.
 *
 * @example
 * wordLimitCut('The council approved the budget on Monday, after a debate that lasted for more than nine hours.', 12)
 * // → { end: 41, atClause: true }   ('The council approved the budget on Monday')
 */
export function wordLimitCut(text: string, max: number): WordCut | null {
  const ends = wordEnds(text);
  if (ends.length <= max) return null;
  const hardEnd = ends[max - 1]!;
  let clause = -1;
  let depth = 0;
  let scanned = 0;
  let inAside = false;
  for (const m of text.slice(0, hardEnd).matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    depth = bracketDepth(text, scanned, at, depth);
    scanned = at;
    if (depth === 0 && !inAside) clause = at;
    // A spaced dash opens an aside or closes the one open; its closing dash is no boundary.
    if (depth === 0 && /\s/u.test(m[0][0]!)) inAside = !inAside;
  }
  if (clause >= hardEnd * WORD_LIMIT.minCutShare) return { end: text.slice(0, clause).trimEnd().length, atClause: true };
  return { end: hardEnd, atClause: false };
}

/** Round or square brackets open at `to`, given `depth` open at `from`: a cut inside "(…)" would leave one unclosed. */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}

/** The sentence text a bullet is shaped from: all of it, or its kept part and "…" when it is over `max` words. */
export function keptText(text: string, max: number | undefined): string {
  const cut = max === undefined ? null : wordLimitCut(text, max);
  return cut ? text.slice(0, cut.end) + WORD_LIMIT.ellipsis : text;
}

/** The span of the input a bullet stands on: the sentence, or its kept part when the word limit cut it. */
export function keptSpan(sentence: Pick<Sentence, 'text' | 'start' | 'end'>, max: number | undefined): Span {
  const cut = max === undefined ? null : wordLimitCut(sentence.text, max);
  return { start: sentence.start, end: cut ? sentence.start + cut.end : sentence.end };
}
