import { CLOSERS, OPENERS, TERMINALS, TERMINALS_NO_SPACE, isIn, isSpace, isWordChar } from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import type { Candidate } from './types.js';

/**
 * Rule 3: where a sentence may end. A run of terminal marks with its closing quotes and
 * brackets is a candidate only when a space (or the chunk's end) follows: "z.B.", "3.5",
 * "www.example.de" and "…und" never split. French puts a space before the closing guillemet
 * ("« Oui. » Il …"), so "mark, space, closer, space" counts as one candidate too.
 * A colon before a space is a candidate too (rule 5 decides; most are kept).
 * Returns the first candidate at or after `from`, or null. Each call scans forward only, and
 * the caller resumes after the candidate, so a whole chunk is one linear pass.
 */
export function nextCandidate(text: string, from: number, chunkEnd: number): Candidate | null {
  let i = from;
  while (i < chunkEnd) {
    const ch = text[i];
    if (ch === ':' && i + 1 < chunkEnd && isSpace(text[i + 1])) return describe(text, i, i + 1, i + 1, chunkEnd);
    if (!isIn(TERMINALS, ch)) {
      i++;
      continue;
    }
    const at = i;
    let k = i;
    while (k < chunkEnd && isIn(TERMINALS, text[k])) k++;
    const marksEnd = k;
    while (k < chunkEnd && (isIn(CLOSERS, text[k]) || isIn(TERMINALS, text[k]))) k++;
    if (k < chunkEnd && !isSpace(text[k]) && !isIn(TERMINALS_NO_SPACE, text[k - 1])) {
      i = k; // glued to what follows: not a boundary
      continue;
    }
    // « Oui. » — a lone closing quote after one space.
    if (k + 1 < chunkEnd && isSpace(text[k]) && (text[k + 1] === '»' || text[k + 1] === '”') && (k + 2 === chunkEnd || isSpace(text[k + 2]))) {
      k += 2;
    }
    return describe(text, at, marksEnd, k, chunkEnd);
  }
  return null;
}

function describe(text: string, at: number, marksEnd: number, end: number, chunkEnd: number): Candidate {
  const max = SEGMENT_TUNING.maxWordChars;
  // The token before the marks: back to the last space, then drop opening quotes/brackets.
  let ws = at;
  while (ws > 0 && at - ws < max && !isSpace(text[ws - 1])) ws--;
  while (ws < at && isIn(OPENERS, text[ws])) ws++;
  let next = end;
  while (next < chunkEnd && isSpace(text[next])) next++;
  let w = next;
  while (w < chunkEnd && w - next < max && isIn(OPENERS, text[w])) w++;
  let we = w;
  while (we < chunkEnd && we - w < max && isWordChar(text[we])) we++;
  return {
    at,
    marks: text.slice(at, marksEnd),
    closers: text.slice(marksEnd, end),
    end,
    next,
    prevWord: text.slice(ws, at),
    prevWordStart: ws,
    nextWord: text.slice(w, we),
    nextFirst: w < chunkEnd ? text[w]! : '',
  };
}
