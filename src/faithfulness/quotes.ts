/**
 * Quotation marks: words the claim puts in quotes must be quoted in the source, word for word
 * (a part of a quote is fine; an ellipsis may join two parts). Quote marks are told apart from
 * apostrophes by where they stand: an opening mark before a word, a closing one after it.
 */
import type { FaithfulnessIssue } from '../types.js';

const MARKS = '"„“”«»‚‘‹›\'';

/** The quoted passages of a text, in order. */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!MARKS.includes(ch)) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const opens = /[\s([{/—–-]/.test(before) && /[\p{L}\p{N}….]/u.test(after);
    const closes = /[\p{L}\p{N}.,!?…)-]/u.test(before) && /[\s.,;:!?)\]—–"'”“»«-]/.test(after);
    // Marks inside a word are apostrophes ("don't", "Kim's"): neither rule holds for them.
    if (open < 0) {
      if (opens || ch === '„') open = i + 1;
    } else if (closes) {
      spans.push(text.slice(open, i));
      open = -1;
    }
  }
  return spans;
}

// Words of a quote, with equivalent unit words made one ("1,2 %" quotes "1,2 Prozent" faithfully).
const UNITS: Readonly<Record<string, string>> = { prozent: '%', percent: '%', procent: '%', mio: 'millionen', mrd: 'milliarden', million: 'millionen', milliarde: 'milliarden' };
const wordsOf = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+|%/gu) ?? []).map((w) => UNITS[w] ?? w);

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// The same article is checked once per bullet: its quotes are kept for the next calls.
const sourceCache = new Map<string, { quotes: string[][]; words: string[] }>();

/** Issues for the claim's quotes that the source does not quote. */
export function checkQuotes(claim: string, source: string): FaithfulnessIssue[] {
  const claimSpans = quotedSpans(claim);
  if (claimSpans.length === 0) return [];
  let cached = sourceCache.get(source);
  if (!cached) {
    cached = { quotes: quotedSpans(source).map(wordsOf), words: wordsOf(source) };
    if (sourceCache.size >= 8) sourceCache.clear();
    sourceCache.set(source, cached);
  }
  const { quotes: sourceQuotes, words: sourceWords } = cached;
  const issues: FaithfulnessIssue[] = [];
  for (const span of claimSpans) {
    const parts = span.split(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\))\s*/).map(wordsOf).filter((p) => p.length > 0);
    if (parts.length === 0) continue;
    if (parts.every((p) => sourceQuotes.some((q) => containsRun(q, p)))) continue;
    const anywhere = parts.every((p) => containsRun(sourceWords, p));
    issues.push({
      kind: 'quote',
      text: span,
      message: anywhere ? `the source does not quote "${span}"` : `the quote "${span}" is not in the source`,
    });
  }
  return issues;
}
