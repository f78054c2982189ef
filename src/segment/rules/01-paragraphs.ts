import { isSpace } from '../chars.js';
import type { Span } from './types.js';

/**
 * Rule 1: a blank line (a line with nothing but spaces) is always a boundary. Returns the
 * paragraphs of `text`, each trimmed, in order; whitespace-only text has none.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] !== '\n') {
      i++;
      continue;
    }
    // A newline: is the next line blank? Scan its spaces once; the scan also moves `i` on.
    let j = i + 1;
    while (j < n && text[j] !== '\n' && isSpace(text[j])) j++;
    if (j < n && text[j] === '\n') {
      pushTrimmed(text, start, i, out);
      // Skip the whole run of blank lines.
      while (j < n && isSpace(text[j])) j++;
      start = j;
      i = j;
    } else {
      i = j;
    }
  }
  pushTrimmed(text, start, n, out);
  return out;
}

export function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
