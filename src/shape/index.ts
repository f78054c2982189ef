import type { LanguagePack } from '../lang/index.js';
import type { Sentence } from '../types.js';

/** Stage 5 rules: what may become a bullet, and how a chosen sentence is made to stand alone. */
export const SHAPE = Object.freeze({
  /** Shorter sentences are fragments: datelines, captions, "Mehr dazu." */
  minWords: 4,
  /** A bullet longer than the limit is cut at a clause boundary no earlier than this share of it. */
  minCutShare: 0.5,
});

export interface ShapeOptions {
  maxWordsPerBullet?: number | undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Finds a connective at the start, returning its length and whether a comma follows it. */
function leadingConnective(text: string, pack: LanguagePack): { length: number; comma: boolean } | null {
  for (const c of pack.connectives) {
    if (!text.startsWith(c)) continue;
    const rest = text.slice(c.length);
    const m = /^(\s*,)?\s+/u.exec(rest);
    if (m) return { length: c.length + m[0].length, comma: m[1] !== undefined };
  }
  return null;
}

/** Counts of each pack's opening and closing quote marks that differ (symmetric marks count as pairs). */
function quoteBalance(text: string, pack: LanguagePack): { unclosed: string | null; unopened: boolean } {
  for (const [open, close] of pack.quotes) {
    if (open === close) {
      // ASCII apostrophes double as quotes and contractions; only the double mark is checked.
      if (open === "'" || open === '’') continue;
      const n = text.split(open).length - 1;
      if (n % 2 === 1) return text.trimStart().startsWith(open) ? { unclosed: close, unopened: false } : { unclosed: null, unopened: true };
      continue;
    }
    const opens = text.split(open).length - 1;
    const closes = text.split(close).length - 1;
    if (opens > closes) return { unclosed: close, unopened: false };
    if (closes > opens) return { unclosed: null, unopened: true };
  }
  return { unclosed: null, unopened: false };
}

export type Ineligible = 'heading' | 'fragment' | 'quote-tail' | 'list-intro' | 'too-long' | 'connective';

/**
 * Why a sentence can't be a bullet, or null when it can. `strict` also refuses sentences that
 * would need repair (a German connective that can't be cut, a sentence over the word limit);
 * the pipeline relaxes it when too few sentences pass. `words` may be passed when already counted.
 */
export function ineligibility(sentence: Sentence, pack: LanguagePack, options: ShapeOptions, strict: boolean, words: number = wordCount(sentence.text)): Ineligible | null {
  if (sentence.kind !== 'body') return 'heading';
  const text = sentence.text;
  if (words < SHAPE.minWords) return 'fragment';
  if (/[:：]\s*$/u.test(text)) return 'list-intro';
  if (quoteBalance(text, pack).unopened) return 'quote-tail';
  if (!strict) return null;
  const conn = leadingConnective(text, pack);
  // "However, the …" reads fine without "However,"; "Zudem sagte er …" does not without "Zudem".
  if (conn && !conn.comma) return 'connective';
  if (options.maxWordsPerBullet !== undefined && words > options.maxWordsPerBullet) return 'too-long';
  return null;
}

function capitalizeFirst(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase() + text.slice(1);
}

/** Cuts a sentence to at most `max` words, at a clause boundary where one is late enough. */
function cutToWords(text: string, max: number): string {
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) ends.push((m.index ?? 0) + m[0].length);
  if (ends.length <= max) return text;
  const hardEnd = ends[max - 1]!;
  const head = text.slice(0, hardEnd);
  const clause = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(' – '), head.lastIndexOf(' - '));
  const cut = clause >= hardEnd * SHAPE.minCutShare ? clause : hardEnd;
  return `${text.slice(0, cut).trimEnd()} …`;
}

/** The bullet text for a chosen sentence: stands alone, quotes balanced, within the word limit. */
export function shapeBullet(sentence: Sentence, pack: LanguagePack, options: ShapeOptions): string {
  let text = sentence.text.replace(/\s+/gu, ' ').trim();
  const conn = leadingConnective(text, pack);
  if (conn && conn.comma) text = capitalizeFirst(text.slice(conn.length));
  if (options.maxWordsPerBullet !== undefined) text = cutToWords(text, options.maxWordsPerBullet);
  const balance = quoteBalance(text, pack);
  // A quotation that runs on into the next sentence is closed here, so the bullet stays a quote.
  if (balance.unclosed) text += balance.unclosed;
  return text;
}
