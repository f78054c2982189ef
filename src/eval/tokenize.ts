/**
 * Tokenizers for ROUGE.
 *
 * Two flavours, because they answer different questions:
 * - `unicodeTokens`: what the evaluation of German (and any other language) needs. Letters and
 *   digits of every script count; "Präsident" is one token, not "pr" + "sident".
 * - `compatTokens`: a faithful copy of Google's rouge-score tokenizer, so numbers can be compared
 *   with published English results. It drops every non-ASCII letter, which is why it is not the default.
 */
import { stemmerFor } from '../lang/registry.js';

/**
 * Elided clitics: in these languages a word before an apostrophe that is one of these is split
 * off ("l'élève" → "l", "élève"); any other apostrophe inside a word keeps the word whole
 * ("aujourd'hui"). Languages not listed split at every apostrophe, as rouge-score does.
 */
const ELISIONS: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze({
  fr: new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']),
  it: new Set(['l', 'd', 'c', 'n', 's', 'un', 'all', 'dall', 'dell', 'nell', 'sull', 'coll', 'quell', 'quest', 'anch', 'tutt']),
});

export interface UnicodeTokenOptions {
  /** Language of the text: picks the stemmer and the apostrophe rule. */
  lang?: string;
  /** Snowball-stem each token (default true). */
  stem?: boolean;
}

// Letter/digit runs; combining marks belong to their letter (decomposed umlauts stay one token).
// A number keeps its separators ("3,5", "6,000", "1.000.000" are one token each, not "3" + "5").
// An apostrophe between two letters is captured so the elision rule can decide.
const WORD_RE = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/**
 * Lowercased (locale-independent) letter/digit tokens of any script, optionally Snowball-stemmed.
 * @example unicodeTokens('Der Präsident traf Kim Jong-un.', { stem: false }) // ['der', 'präsident', 'traf', 'kim', 'jong', 'un']
 */
export function unicodeTokens(text: string, options: UnicodeTokenOptions = {}): string[] {
  const lang = (options.lang ?? 'und').toLowerCase().slice(0, 2);
  const stemmer = options.stem === false ? null : stemmerFor(lang);
  const elisions = ELISIONS[lang];
  const out: string[] = [];
  for (const m of text.normalize('NFC').toLowerCase().matchAll(WORD_RE)) {
    for (const word of splitApostrophes(m[0], elisions)) out.push(stemmer ? stemmer.stem(word) : word);
  }
  return out;
}

function splitApostrophes(word: string, elisions: ReadonlySet<string> | undefined): string[] {
  if (!/['’]/.test(word)) return [word];
  const parts = word.split(/['’]/);
  if (!elisions) return parts;
  // Peel elided clitics off the front ("qu'aujourd'hui" → "qu", "aujourd'hui"); keep the rest whole.
  const out: string[] = [];
  let i = 0;
  while (i < parts.length - 1 && elisions.has(parts[i] ?? '')) out.push(parts[i++] ?? '');
  out.push(parts.slice(i).join("'"));
  return out;
}

/** Stemmer interface of the compatibility tokenizer. */
export interface WordStemmer {
  stem(word: string): string;
}

/**
 * Google rouge-score's `tokenize.tokenize`: lowercase, everything outside [a-z0-9] becomes a space,
 * tokens longer than 3 characters are stemmed (when a stemmer is given).
 * @example compatTokens('Der Präsident traf Kim.') // ['der', 'pr', 'sident', 'traf', 'kim']
 */
export function compatTokens(text: string, stemmer: WordStemmer | null = null): string[] {
  const spaced = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const out: string[] = [];
  for (const raw of spaced.split(/\s+/)) {
    const tok = stemmer && raw.length > 3 ? stemmer.stem(raw) : raw;
    if (/^[a-z0-9]+$/.test(tok)) out.push(tok);
  }
  return out;
}
