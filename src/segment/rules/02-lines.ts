import { BULLETS, CLOSERS, LINE_CONTINUATIONS, TERMINALS, isDigit, isIn, isLower, isSpace, isSpaceCode } from '../chars.js';
import { SEGMENT_TUNING } from '../tuning.js';
import { pushTrimmed } from './01-paragraphs.js';
import type { Span } from './types.js';

interface Line extends Span {
  /** Trimmed bounds. */
  first: number;
  last: number;
}

/**
 * Rule 2: single line breaks inside a paragraph. A line that ends without punctuation and is
 * followed by a capitalised line is a heading or a list item: the break is a boundary. A line
 * that starts with a bullet ("- ", "• ", "1. ") always starts a new sentence. A break after a
 * comma, or before a lowercase word, is a space. In hard-wrapped text (several long lines) a
 * break without punctuation before it is a space too. Breaks after terminal marks are left to
 * the period rules (the newline is just a space there).
 * Returns the chunks that the period rules then split.
 */
export function lineChunks(text: string, para: Span): Span[] {
  const firstBreak = text.indexOf('\n', para.start);
  if (firstBreak < 0 || firstBreak >= para.end) return [para];
  const lines = splitLines(text, para);
  if (lines.length === 1) return [para];
  // Hard wrapping shows as several long lines that end mid-sentence; a long line that ends in
  // a terminal mark says nothing about wrapping.
  let longLines = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const l = lines[k]!;
    if (l.last - l.first >= SEGMENT_TUNING.wrapMinLineChars && !endsInTerminal(text, l)) longLines++;
  }
  const wrapped = longLines >= SEGMENT_TUNING.wrapMinLongLines;
  const out: Span[] = [];
  let chunkStart = para.start;
  for (let k = 0; k < lines.length - 1; k++) {
    const prev = lines[k]!;
    const next = lines[k + 1]!;
    if (prev.last === prev.first) continue; // an all-space line cannot happen inside a paragraph, but be safe
    if (isBoundary(text, prev, next, wrapped)) {
      pushTrimmed(text, chunkStart, prev.end, out);
      chunkStart = next.start;
    }
  }
  pushTrimmed(text, chunkStart, para.end, out);
  return out;
}

function splitLines(text: string, para: Span): Line[] {
  const lines: Line[] = [];
  let start = para.start;
  while (start <= para.end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > para.end) nl = para.end;
    let first = start;
    let last = nl;
    while (first < last && isSpaceCode(text.charCodeAt(first))) first++;
    while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
    lines.push({ start, end: nl, first, last });
    start = nl + 1;
  }
  return lines;
}

export function startsWithBullet(text: string, line: Line): boolean {
  const c = text[line.first];
  if (isIn(BULLETS, c) && isSpace(text[line.first + 1])) return true;
  // "1. ", "12) ", "a) "
  let i = line.first;
  while (i < line.last && i - line.first < 3 && isDigit(text[i])) i++;
  if (i === line.first && i + 1 < line.last && isLower(text[i]) && text[i + 1] === ')') i++;
  return i > line.first && (text[i] === '.' || text[i] === ')') && isSpace(text[i + 1]);
}

function isBoundary(text: string, prev: Line, next: Line, wrapped: boolean): boolean {
  if (startsWithBullet(text, next)) return true;
  if (endsInTerminal(text, prev)) return false; // the period rules decide
  if (isRule(text, prev)) return true; // "---", "***": a separator line stands alone
  if (isIn(LINE_CONTINUATIONS, text[prev.last - 1])) return false;
  if (isLower(text[next.first])) return false;
  if (wrapped && prev.last - prev.first >= SEGMENT_TUNING.wrapMinLineChars) return false;
  return true;
}

/** A line of only dashes, stars, underscores or equals signs. */
function isRule(text: string, line: Line): boolean {
  if (line.last - line.first < 3) return false;
  for (let i = line.first; i < line.last; i++) if (!'-–—*_=~'.includes(text[i]!)) return false;
  return true;
}

/** Does the line end in a terminal mark, perhaps followed by closing quotes ("… Ende.“")? */
function endsInTerminal(text: string, line: Line): boolean {
  let j = line.last - 1;
  while (j > line.first && isIn(CLOSERS, text[j])) j--;
  return isIn(TERMINALS, text[j]);
}
