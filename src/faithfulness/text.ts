/**
 * The checker's view of a text: normalised (curly apostrophes, tokenised "kilmarnock 's" output of
 * older summarizers), split into rough sentences and into word tokens with offsets. Deliberately
 * simpler than src/segment: it runs on every model bullet and on short cited sentences, and it
 * must treat claim and source the same way.
 */

export interface Token {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the token's rough sentence. */
  sentence: number;
  /** First word of its sentence, or first after a colon or an opening quote. */
  initial: boolean;
  /** Digits inside ("1.500", "24.", "G7"). */
  numeric: boolean;
}

export interface Text {
  /** The normalised text the offsets refer to. */
  text: string;
  tokens: Token[];
  /** Whether the text has any capital letter (lowercased model output has none: no casing evidence). */
  cased: boolean;
  /** Token index ranges of the rough sentences, [from, to). */
  sentences: [number, number][];
}

/** PTB-tokenised text ("kilmarnock 's", "do n't", "`` word ''", "-lrb-") back to ordinary writing. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[’ʼ]/g, "'")
    .replace(/``|''/g, '"')
    .replace(/-lrb-/gi, '(')
    .replace(/-rrb-/gi, ')')
    .replace(/ (['](?:s|re|ve|ll|d|m)\b)/gi, '$1')
    .replace(/ (n't)\b/gi, '$1')
    .replace(/(\d), (\d{3})\b/g, '$1,$2')
    .replace(/ ([,.;:!?%])(?=\s|$)/g, '$1')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

// A number with its separators ("18,3", "1.500", "1,500.25", "14:30", "3-1") or a word with inner
// apostrophes and hyphens ("Jong-un", "don't", "n't" alone after a split).
const TOKEN_RE = /\p{N}+(?:(?:[.,:]|[-–](?=\p{N}))\p{N}+)*\.?|n't|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const OPENERS = new Set(['"', '„', '“', '«', '»', '‚', '‹', '(', ':', "'"]);

/** Tokens and rough sentences of a (normalised) text. */
export function analyse(raw: string): Text {
  const text = normalizeText(raw);
  const tokens: Token[] = [];
  const sentences: [number, number][] = [];
  let sentence = 0;
  let from = 0;
  let lastEnd = 0;
  let prevRaw = '';
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    let word = m[0];
    const gap = text.slice(lastEnd, start);
    const prev = tokens[tokens.length - 1];
    // A sentence ends at ! ? or at a full stop that is not an ordinal, an initial or an abbreviation.
    const ends =
      prev !== undefined &&
      (/[!?]/.test(gap) || (/[.…]/.test(gap) && !isAbbreviation(prev)) || (prevRaw.endsWith('.') && prev.numeric && !/^\p{N}{1,2}\.$/u.test(prevRaw)));
    if (ends && tokens.length > from) {
      sentences.push([from, tokens.length]);
      from = tokens.length;
      sentence++;
    }
    // "24." is an ordinal only when it is one; a sentence-final number keeps its digits clean.
    if (word.endsWith('.') && !/^\p{N}{1,2}\.$/u.test(word)) word = word.slice(0, -1);
    const trimmedGap = gap.trim();
    const initial = tokens.length === from || (trimmedGap !== '' && OPENERS.has(trimmedGap.slice(-1)));
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, sentence, initial, numeric: /\p{N}/u.test(word) });
    lastEnd = start + m[0].length;
    prevRaw = m[0];
  }
  if (tokens.length > from) sentences.push([from, tokens.length]);
  return { text, tokens, cased: /\p{Lu}/u.test(text), sentences };
}

/** One-letter initials ("J. Smith") and short capitalised abbreviations ("Dr.") do not end a sentence. */
function isAbbreviation(t: Token): boolean {
  return /^\p{L}$/u.test(t.text) || /^(?:dr|mr|mrs|ms|prof|st|nr|no|vs|bzw|ca|etc|inc|ltd|jr|sr|gen|col|lt|sgt|rep|sen|gov|u\.s|z\.b)$/i.test(t.text);
}
