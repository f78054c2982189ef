import { KernpunkteError } from '../errors.js';
import type { LanguagePack } from './pack.js';
import { stemmerFor, stopwordsFor } from './registry.js';
import { PACKED_LANGUAGES, PACKS } from './packs/index.js';
import { und } from './packs/und.js';

export type { LanguagePack } from './pack.js';
export { detectLanguage } from './detect.js';
export { fromIso6393, stemmerFor, stopwordsFor, toIso6393 } from './registry.js';
import { fromIso6393 } from './registry.js';

/** Codes with a full language pack (stop words, stemmer, quotes, connectives). */
export const SUPPORTED_LANGUAGES: readonly string[] = PACKED_LANGUAGES;

export function hasPack(code: string): boolean {
  return code in PACKS && code !== 'und';
}

/** The pack for a code; languages without one get the language-agnostic rules. */
export function languagePack(code: string): LanguagePack {
  return PACKS[code] ?? und;
}

/** Normalises a user-given language option ("DE", "de-AT", "german" is refused). */
export function normalizeLang(value: string): string {
  const code = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(code)) {
    throw new KernpunkteError('INVALID_OPTION', `lang must be a language code such as "de" or "en", got "${value}"`, {
      option: 'lang',
      supported: SUPPORTED_LANGUAGES,
    });
  }
  // Three-letter codes ("deu", and the bibliographic "ger") mean the same language as two-letter ones.
  return code.length === 3 && code !== 'und' ? fromIso6393(ISO6392B[code] ?? code) : code;
}

/** ISO 639-2/B codes that differ from the 639-3 ones the registry knows. */
const ISO6392B: Readonly<Record<string, string>> = Object.freeze({ ger: 'deu', fre: 'fra', dut: 'nld', cze: 'ces', gre: 'ell', rum: 'ron', chi: 'cmn', per: 'pes' });

/**
 * A language's word handling, built once per language and cached: stop words as a set and a
 * memoised stemmer (stemming is the hottest call of the ranking stage). Languages without a
 * pack still get their stop words and stemmer when the registry has them.
 */
export interface Lexicon {
  pack: LanguagePack;
  isStopword(word: string): boolean;
  /** Lowercased, stemmed form of a lowercased word. */
  stem(word: string): string;
  /**
   * The content term of a word as written: lowercased and stemmed, or null for stop words and
   * one-letter tokens. Memoised per written form, so the usual case costs one map lookup.
   */
  term(word: string): string | null;
}

const lexicons = new Map<string, Lexicon>();
const STEM_CACHE_LIMIT = 50_000;

export function lexicon(code: string): Lexicon {
  const cached = lexicons.get(code);
  if (cached) return cached;
  const pack = languagePack(code);
  const stop = new Set(stopwordsFor(code).map((w) => w.toLowerCase()));
  const stemmer = stemmerFor(code);
  const stems = new Map<string, string>();
  const terms = new Map<string, string | null>();
  const stem = (w: string): string => {
    if (!stemmer) return w;
    let s = stems.get(w);
    if (s === undefined) {
      s = stemmer.stem(w);
      // Bounded memos: a 10 MB article must not grow them without limit.
      if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
      stems.set(w, s);
    }
    return s;
  };
  const lex: Lexicon = {
    pack,
    isStopword: (w) => stop.has(w),
    stem,
    term: (word) => {
      let t = terms.get(word);
      if (t === undefined) {
        const lower = word.toLowerCase();
        t = lower.length < 2 || stop.has(lower) ? null : stem(lower);
        if (terms.size >= STEM_CACHE_LIMIT) terms.clear();
        terms.set(word, t);
      }
      return t;
    },
  };
  // Bounded: codes come from input ("lang" options), so unknown ones must not pile up.
  if (lexicons.size > 64) lexicons.clear();
  lexicons.set(code, lex);
  return lex;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/**
 * Words of a text in order, as written (Unicode letters and digits, inner apostrophes and
 * hyphens kept: "Jong-un" and "don't" are one word each). Every stage counts words with this.
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** End offsets of the words of a text, in order: where a cut after the n-th word falls. */
export function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) ends.push((m.index ?? 0) + m[0].length);
  return ends;
}
