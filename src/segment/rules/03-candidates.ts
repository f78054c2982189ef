import {
  TERMINALS,
  isCloserCode,
  isNoSpaceTerminalCode,
  isOpenerCode,
  isSpaceCode,
  isTerminalCode,
  isWordCode,
} from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import { lostSpace } from './02b-lost-marks.js';
import type { Candidate } from './types.js';

const COLON = 58;
/** Every terminal mark (see `TERMINALS`) and the colon: one UTF-16 unit each (no `u` flag). */
const MARK = new RegExp(`[${TERMINALS}:]`, 'g');
const PERIOD = 46;
const SPACE = 32;
const GUILLEMET_CLOSE = 0xbb; // »
const QUOTE_CLOSE = 0x201d; // ”

/** Where the next mark at or after the last search is (`text.length` when there is none). */
export interface MarkCursor {
  at: number;
}

/**
 * Rule 3: where a sentence may end. A run of terminal marks with its closing quotes and
 * brackets is a candidate only when a space (or the chunk's end) follows: "z.B.", "3.5",
 * "www.example.de" and "…und" never split. French puts a space before the closing guillemet
 * ("« Oui. » Il …"), so "mark, space, closer, space" counts as one candidate too, and a spaced
 * ellipsis (". . .") is one run of marks.
 * A colon before a space is a candidate too (rule 5 decides; most are kept).
 * Returns the first candidate at or after `from`, or null. Each call scans forward only, and
 * the caller resumes after the candidate with the same cursor, so the whole text is one
 * linear pass.
 */
export function nextCandidate(text: string, from: number, chunkEnd: number, cursor: MarkCursor = { at: -1 }): Candidate | null {
  let i = from;
  while (i < chunkEnd) {
    // Jump to the next mark: the regex engine scans faster than a loop over characters. The
    // cursor remembers the mark found last, so chunks without marks do not rescan the text.
    // `test` builds no match array; every mark is one UTF-16 unit, so it sits just before `lastIndex`.
    if (cursor.at < i) {
      MARK.lastIndex = i;
      cursor.at = MARK.test(text) ? MARK.lastIndex - 1 : text.length;
    }
    if (cursor.at >= chunkEnd) return null;
    i = cursor.at;
    if (text.charCodeAt(i) === COLON) {
      if (i + 1 < chunkEnd && isSpaceCode(text.charCodeAt(i + 1))) return describe(text, i, i + 1, i + 1, chunkEnd);
      i++;
      continue;
    }
    const at = i;
    let k = i;
    while (k < chunkEnd && isTerminalCode(text.charCodeAt(k))) k++;
    // A spaced ellipsis ". . ." is one mark, not three sentence ends.
    while (k + 1 < chunkEnd && text.charCodeAt(k - 1) === PERIOD && text.charCodeAt(k) === SPACE && text.charCodeAt(k + 1) === PERIOD) {
      k += 2;
      while (k < chunkEnd && isTerminalCode(text.charCodeAt(k))) k++;
    }
    const marksEnd = k;
    while (k < chunkEnd && (isCloserCode(text.charCodeAt(k)) || isTerminalCode(text.charCodeAt(k)))) k++;
    if (k < chunkEnd && !isSpaceCode(text.charCodeAt(k)) && !isNoSpaceTerminalCode(text.charCodeAt(k - 1))) {
      // Glued to what follows: not a boundary, unless a space between sentences was lost (rule 2b).
      if (lostSpace(text, at, marksEnd, k, chunkEnd)) return describe(text, at, marksEnd, k, chunkEnd);
      i = k;
      continue;
    }
    // « Oui. » — a lone closing quote after one space.
    if (k + 1 < chunkEnd && isSpaceCode(text.charCodeAt(k))) {
      const q = text.charCodeAt(k + 1);
      if ((q === GUILLEMET_CLOSE || q === QUOTE_CLOSE) && (k + 2 === chunkEnd || isSpaceCode(text.charCodeAt(k + 2)))) k += 2;
    }
    return describe(text, at, marksEnd, k, chunkEnd);
  }
  return null;
}

function describe(text: string, at: number, marksEnd: number, end: number, chunkEnd: number): Candidate {
  const max = SEGMENT_TUNING.maxWordChars;
  // The token before the marks: back to the last space, then drop opening quotes/brackets.
  let ws = at;
  while (ws > 0 && at - ws < max && !isSpaceCode(text.charCodeAt(ws - 1))) ws--;
  while (ws < at && isOpenerCode(text.charCodeAt(ws))) ws++;
  let next = end;
  while (next < chunkEnd && isSpaceCode(text.charCodeAt(next))) next++;
  let w = next;
  while (w < chunkEnd && w - next < max && isOpenerCode(text.charCodeAt(w))) w++;
  let we = w;
  while (we < chunkEnd && we - w < max && isWordCode(text.charCodeAt(we))) we++;
  return {
    at,
    marks: text.slice(at, marksEnd),
    closers: text.slice(marksEnd, end),
    end,
    next,
    prevWord: text.slice(ws, at),
    prevWordStart: ws,
    nextWord: text.slice(w, we),
    nextWordEnd: we,
    nextFirst: w < chunkEnd ? text[w]! : '',
  };
}
