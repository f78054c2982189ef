/** Small string tests the rules share. All linear, none allocate much. */
import { BULLET_MARKERS } from './data/index.js';
import { SPACE, charClass } from '../lang/chars.js';

/** Closing quotes and brackets that may follow final punctuation: `… vor."` or `(…).` */
const CLOSERS = new Set(['"', '“', '”', '„', '»', '«', "'", '’', '‘', ')', ']']);

// Scans back from the end over closers: constant work per line, where an unanchored `…$` regex would
// try every position of a long paragraph.
function lastMark(t: string): string {
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i]!)) i--;
  return i >= 0 ? t[i]! : '';
}

/** Ends like a sentence (".", "!", "?", "…", ":" or ";", maybe inside quotes). */
export function endsSentence(t: string): boolean {
  return '.!?…:;'.includes(lastMark(t) || 'x');
}

/** Ends with punctuation that a headline does not end with; a question mark is allowed. */
export function endsHard(t: string): boolean {
  return '.!:;,…'.includes(lastMark(t) || 'x');
}

/** First letter of the line is lower case (a continuation of the previous line). */
export function startsLower(t: string): boolean {
  const m = /\p{L}/u.exec(t.slice(0, 4));
  return !!m && m.index === 0 && m[0] !== m[0].toUpperCase();
}

/** Starts with an upper-case letter, a digit or an opening quote: how headlines start. */
export function startsLikeHeadline(t: string): boolean {
  return /^(?:[„"“»«'‚‘(]*)[\p{Lu}\p{N}]/u.test(t) || /^[^\p{L}\p{N}]*\p{Lo}/u.test(t);
}

// Symbol markers may touch the text ("•Erstens"); dashes and asterisks need a space, or "-3 Grad" would be a list.
const SYMBOLS = BULLET_MARKERS.replace(/[*–—-]/g, '');
const BULLET_RE = new RegExp(`^(?:[${SYMBOLS}]\\s*|[*–—-]\\s+)(?=\\S)`, 'u');

/** Length of a list marker at the start ("• ", "- "), or 0. */
export function bulletLength(t: string): number {
  const m = BULLET_RE.exec(t);
  return m ? m[0].length : 0;
}

/** How many words (runs of non-space, what `/\S+/g` matches) `t` has; a scan without a match object per word. */
export function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = (charClass(t.charCodeAt(i)) & SPACE) !== 0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** For comparing a given title with a line: case, whitespace and quote style do not matter. */
export function normalizeForCompare(t: string): string {
  return t.replace(/[„“”"«»‚‘’']/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * How many UTF-16 units of `normalizeForCompare(t)` are not white space, counted on `t` itself
 * and cut off above `limit`. Normalising only collapses and trims white space, swaps one quote
 * for another and lowercases, which keeps every other unit except "İ" (U+0130, the one
 * letter whose lower case is two units: "i̇"). Two texts whose counts differ cannot be equal
 * after normalising, so a long paragraph is ruled out without copying it three times.
 */
export function comparedUnits(t: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < t.length && n <= limit; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x130) n += 2;
    else if ((charClass(c) & SPACE) === 0) n++;
  }
  return n;
}
