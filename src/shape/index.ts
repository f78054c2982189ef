import { endsWithMark, isAlnumCode, words, type LanguagePack } from '../lang/index.js';
import type { Sentence } from '../types.js';
import { keptText } from './word-limit.js';

export { WORD_LIMIT, keptSpan, keptText, wordLimitCut, type WordCut } from './word-limit.js';

/** Stage 5 rules: what may become a bullet, and how a chosen sentence is made to stand alone. */
export const SHAPE = Object.freeze({
  /** Shorter sentences are fragments: datelines, captions, "Mehr dazu." */
  minWords: 4,
});

export interface ShapeOptions {
  /** A longer sentence is cut at a clause boundary (see word-limit.ts); it stays eligible. */
  maxWordsPerBullet?: number | undefined;
}

const connectivePatterns = new WeakMap<LanguagePack, RegExp | null>();

/** One anchored alternation per pack, longest first, compiled once: this runs for every candidate. */
function connectivePattern(pack: LanguagePack): RegExp | null {
  let re = connectivePatterns.get(pack);
  if (re === undefined) {
    const alts = [...pack.connectives].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = alts.length ? new RegExp(`^(?:${alts.join('|')})(\\s*,)?\\s+`, 'u') : null;
    connectivePatterns.set(pack, re);
  }
  return re;
}

/** Finds a connective at the start, returning its length and whether a comma follows it. */
function leadingConnective(text: string, pack: LanguagePack): { length: number; comma: boolean } | null {
  const m = connectivePattern(pack)?.exec(text);
  return m ? { length: m[0].length, comma: m[1] !== undefined } : null;
}

/** A pack's quote marks by UTF-16 code, built once per pack: quoteBalance runs for every candidate. */
interface QuoteMarks {
  /** Every code that opens or closes a quote in the pack (the ASCII apostrophe left out). */
  codes: Uint16Array;
  /** Per entry of `codes`: the closing mark a quote opened by it needs, or null when it only closes. */
  opensWith: Array<string | null>;
  /** Per entry of `codes`: whether it closes a quote. */
  closes: boolean[];
  /** Any of `codes` (global): the scan jumps from mark to mark, natively, past the text between. */
  any: RegExp;
}

const quoteMarks = new WeakMap<LanguagePack, QuoteMarks>();

function marksOf(pack: LanguagePack): QuoteMarks {
  let q = quoteMarks.get(pack);
  if (q === undefined) {
    const chars = [...new Set(pack.quotes.flat())].filter((ch) => ch !== "'" && ch.length === 1);
    q = {
      codes: Uint16Array.from(chars, (ch) => ch.charCodeAt(0)),
      opensWith: chars.map((ch) => pack.quotes.find(([open]) => open === ch)?.[1] ?? null),
      closes: chars.map((ch) => pack.quotes.some(([, close]) => close === ch)),
      any: new RegExp(`[${chars.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g'),
    };
    quoteMarks.set(pack, q);
  }
  return q;
}

const NO_CHAR = 32; // outside the text counts as a space
const APOSTROPHE_CLOSE = 0x2019; // ’
const APOSTROPHE_OPEN = 0x2018; // ‘
/** Besides letters and digits, what a closing mark may follow: `[.,!?…;:)]`. */
const AFTER_WORD = new Set([46, 44, 33, 63, 0x2026, 59, 58, 41]);

const followsWord = (c: number): boolean => isAlnumCode(c) || AFTER_WORD.has(c);

/**
 * Quote marks left open and closes without an opening, by one left-to-right scan with a stack:
 * a mark that can close the quote open at the top closes it. Otherwise a mark that only opens
 * opens; a mark that could do either (“ in German, " everywhere) opens when a word follows it
 * and closes (with nothing open) when it follows a word. This reads „…“ right although “ also
 * opens “…” in the same pack. A ’ with no ‘ open is an apostrophe ("don’t", "workers’", "’90s"),
 * and the ASCII apostrophe is never taken for a quote.
 */
export function quoteBalance(text: string, pack: LanguagePack): { unclosed: string[]; unopened: boolean } {
  const { codes, opensWith: opens, closes, any } = marksOf(pack);
  const stack: string[] = [];
  let unopened = false;
  any.lastIndex = 0;
  while (any.test(text)) {
    const i = any.lastIndex - 1;
    const c = text.charCodeAt(i);
    const k = codes.indexOf(c);
    const ch = text[i]!;
    const opensWith = opens[k]!;
    const closer = closes[k]!;
    const before = i > 0 ? text.charCodeAt(i - 1) : NO_CHAR;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : NO_CHAR;
    // ’ closes a ‘…’ quotation only when one is open; otherwise it is an apostrophe (workers’, ’90s).
    if (c === APOSTROPHE_CLOSE && stack[stack.length - 1] !== '’') continue;
    if (c === APOSTROPHE_OPEN && isAlnumCode(before) && isAlnumCode(after)) continue;
    if (closer && stack[stack.length - 1] === ch) stack.pop();
    else if (opensWith !== null && !(closer && followsWord(before) && !isAlnumCode(after))) stack.push(opensWith);
    else unopened = true;
  }
  return { unclosed: stack.reverse(), unopened };
}

export type Ineligible = 'heading' | 'fragment' | 'quote-tail' | 'list-intro' | 'connective';

/** Reasons the pipeline lets pass when too few sentences are left: shaping can repair them. */
export const REPAIRABLE: ReadonlySet<Ineligible> = new Set<Ineligible>(['connective']);

/**
 * Why a sentence can't be a bullet as it stands, or null when it can. Reasons in REPAIRABLE
 * (a German connective that can't be cut) are let through by the pipeline when too few
 * sentences pass. Length is no reason: a sentence over the word limit is cut (word-limit.ts).
 * `count` (its words) may be passed when known.
 */
export function ineligibility(sentence: Sentence, pack: LanguagePack, options: ShapeOptions, count: number = words(sentence.text).length): Ineligible | null {
  if (sentence.kind !== 'body') return 'heading';
  const text = sentence.text;
  if (count < SHAPE.minWords) return 'fragment';
  if (endsWithMark(text, ':：')) return 'list-intro';
  if (quoteBalance(text, pack).unopened) return 'quote-tail';
  const conn = leadingConnective(text, pack);
  // "However, the …" reads fine without "However,"; "Zudem sagte er …" does not without "Zudem".
  if (conn && !conn.comma) return 'connective';
  return null;
}

function capitalizeFirst(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase() + text.slice(1);
}

/** The last characters the pattern for an opening mark after the final stop can end with: „»‚«“". */
const ENDS_WITH_OPENING = new Set([...'„»‚«“"'].map((ch) => ch.charCodeAt(0)));

/** Whitespace as `\s` reads it. */
const SPACE = /\s/u;

/** Runs of whitespace as one space, trimmed (`replace(/\s+/gu, ' ').trim()`); most sentences already are, and are returned as they are. */
function singleSpaced(text: string): string {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Below 0x85 only these are whitespace: tab to carriage return and the space.
    if (c > 32 && c < 0x85) continue;
    if (c === 32 ? i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 32 || isSpaceCode(text.charCodeAt(i + 1)) : isSpaceCode(c)) return text.replace(/\s+/gu, ' ').trim();
  }
  return text;
}

function isSpaceCode(c: number): boolean {
  return (c <= 32 && (c === 32 || (c >= 9 && c <= 13))) || (c >= 0x85 && SPACE.test(String.fromCharCode(c)));
}

/** The bullet text for a chosen sentence: stands alone, quotes balanced, within the word limit. */
export function shapeBullet(sentence: Sentence, pack: LanguagePack, options: ShapeOptions): string {
  // Cut on the sentence as written, so the kept part is a span of the input (keptSpan).
  let text = singleSpaced(keptText(sentence.text, options.maxWordsPerBullet));
  const conn = leadingConnective(text, pack);
  if (conn && conn.comma) text = capitalizeFirst(text.slice(conn.length));
  // An opening mark after the final stop belongs to the next sentence's quotation.
  if (ENDS_WITH_OPENING.has(text.charCodeAt(text.length - 1))) text = text.replace(/([.!?…])\s*[„»‚«“"]$/u, (all, stop: string) => (pack.quotes.some(([open]) => all.endsWith(open)) ? stop : all));
  const balance = quoteBalance(text, pack);
  // A quotation that runs on into the next sentence is closed here, so the bullet stays a quote.
  // A close without an opening means the pack's conventions don't fit the text: nothing is added.
  if (!balance.unopened) text += balance.unclosed.join('');
  return text;
}
