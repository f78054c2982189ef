import { isCloserCode, isDigitCode, isLetterCode, isLowerCode, isOpenerCode, isSpaceCode, isUpperCode } from '../chars.js';
import type { CompiledLangData } from '../data/index.js';
import { pushTrimmed } from './01-paragraphs.js';
import type { Span } from './types.js';

/**
 * Rule 2b: sentences whose end mark was lost. Text copied from a page, or stored by a crawler,
 * often joins a photo caption or a paragraph to the next without a mark ("…banned from driving
 * The brother of ex-footballer Ryan Giggs has lost his job…", Daily Mail captions in CNN/DM).
 * Where a language's sentence opener that never stands capitalised inside a sentence ("The",
 * "He", "This": `lostMarkOpeners`) follows a lowercase word or a number, and a lowercase word
 * follows it, a sentence ends before it: "by county The New York Yankees" (a name) and "infra-red
 * A rays" ("A" is not listed) stay whole. Languages that capitalise nouns list none. Cuts the
 * chunk there; the period rules then split each piece.
 */
export function lostMarkChunks(text: string, chunk: Span, data: CompiledLangData, cursor: LostMarkCursor = { at: -1, end: -1 }): Span[] {
  const re = data.lostMarkOpener;
  if (re === null) return [chunk];
  if (cursor.at < chunk.start) find(text, re, chunk.start, cursor);
  if (cursor.end > chunk.end) return [chunk];
  const out: Span[] = [];
  let start = chunk.start;
  while (cursor.end < chunk.end) {
    pushTrimmed(text, start, cursor.at, out);
    start = cursor.end;
    find(text, re, start, cursor);
  }
  pushTrimmed(text, start, chunk.end, out);
  return out;
}

/**
 * The next match of rule 2b's pattern at or after the last search: `at` where it starts, `end`
 * where it ends (both `text.length` when there is none). The caller passes one cursor through
 * the chunks in order, so a text without a match is searched once, not once per chunk.
 */
export interface LostMarkCursor {
  at: number;
  end: number;
}

function find(text: string, re: RegExp, from: number, cursor: LostMarkCursor): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // The pattern is one space, an opener and one space; the runs of spaces around it may be longer.
    let at = m.index;
    while (at > 0 && isLostMarkSpace(text.charCodeAt(at - 1))) at--;
    let next = m.index + m[0].length;
    while (next < text.length && isLostMarkSpace(text.charCodeAt(next))) next++;
    if (at > 0 && BEFORE.test(codePointBefore(text, at)) && next < text.length && AFTER.test(String.fromCodePoint(text.codePointAt(next)!))) {
      cursor.at = at;
      cursor.end = m.index + 1;
      return;
    }
    re.lastIndex = m.index + 1;
  }
  cursor.at = text.length;
  cursor.end = text.length;
}

/** What stands before the spaces (a lowercase letter, a number or "%") and after the opener (a lowercase letter). */
const BEFORE = /^[\p{Ll}\p{N}%]$/u;
const AFTER = /^\p{Ll}$/u;

const isLostMarkSpace = (c: number): boolean => c === 32 || c === 0xa0;

/** The code point (one or two UTF-16 units) that ends just before `at`. */
function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/**
 * What rule 2b searches for, from a pack's openers (null: none listed): a space, an opener and a
 * space. A plain pattern, without Unicode classes or look-behind, which the engine scans quickly;
 * `find` checks the characters around it.
 */
export function lostMarkPattern(openers: readonly string[]): RegExp | null {
  if (openers.length === 0) return null;
  const words = openers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`[ \\u00a0](?:${words})[ \\u00a0]`, 'g');
}

const PERIOD = 46;

/**
 * For rule 3: a period glued to a capitalised word ("…the late MP.The BBC understands…",
 * "…to \"fight\".Jon Venables…") is a sentence end whose space was lost when paragraphs were
 * joined. Only when the word after is capitalised and goes on in lowercase, and what comes
 * before the period is a closing quotation mark or bracket, a lowercase word or an all-capital
 * one ("UK", "2GB"); never after a capitalised word ("Table.Briefings", a name), a single
 * letter ("B.Braun") or a token with a period of its own ("J.K.Rowling", "z.B.Die").
 * `at` is the period, `k` the character after it and its closers.
 */
export function lostSpace(text: string, at: number, marksEnd: number, k: number, chunkEnd: number): boolean {
  if (marksEnd !== at + 1 || text.charCodeAt(at) !== PERIOD || at === 0) return false;
  if (k + 1 >= chunkEnd || !isUpperCode(text.charCodeAt(k)) || !isLowerCode(text.charCodeAt(k + 1))) return false;
  const before = text.charCodeAt(at - 1);
  if (isCloserCode(before)) return true;
  if (!isLetterCode(before) && !isDigitCode(before)) return false;
  let ws = at;
  while (ws > 0 && !isSpaceCode(text.charCodeAt(ws - 1)) && text.charCodeAt(ws - 1) !== PERIOD) ws--;
  if (ws > 0 && text.charCodeAt(ws - 1) === PERIOD) return false;
  while (ws < at && isOpenerCode(text.charCodeAt(ws))) ws++;
  if (at - ws < 2) return false;
  if (isLowerCode(text.charCodeAt(ws))) return true;
  for (let i = ws; i < at; i++) {
    const c = text.charCodeAt(i);
    if (!isUpperCode(c) && !isDigitCode(c)) return false;
  }
  return true;
}
