import { isSpaceCode } from '../chars.js';
import type { Span } from './types.js';

/**
 * Rule 1: a blank line (a line with nothing but spaces) is always a boundary. Returns the
 * paragraphs of `text`, each trimmed, in order; whitespace-only text has none.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let i = text.indexOf('\n');
  const n = text.length;
  while (i >= 0 && i < n) {
    // A newline: is the next line blank? Scan its spaces once; the scan also moves `i` on.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) !== 10 && isSpaceCode(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === 10) {
      pushTrimmed(text, start, i, out);
      // Skip the whole run of blank lines.
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      start = j;
    }
    i = j < n ? text.indexOf('\n', j) : -1;
  }
  pushTrimmed(text, start, n, out);
  return out;
}

export function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
