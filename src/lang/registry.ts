import { createRequire } from 'node:module';

/** A Snowball stemmer. Declared here: the package ships no typings, and ours must not name it. */
export interface Stemmer {
  stem(word: string): string;
}
import { stopwordList } from './stopwords.js';

/**
 * Every language kernpunkte knows by code, in one table: its ISO 639-3 code (how franc and the
 * `stopword` package name it) and its Snowball stemmer. The six with a full pack (`packs/`) add
 * quotes, connectives and the heading word; the others still get stop words and stemming here.
 */
interface LanguageEntry {
  iso6393: string;
  snowball: string | null;
}

const LANGUAGES: Readonly<Record<string, LanguageEntry>> = Object.freeze({
  de: { iso6393: 'deu', snowball: 'german' },
  en: { iso6393: 'eng', snowball: 'english' },
  fr: { iso6393: 'fra', snowball: 'french' },
  es: { iso6393: 'spa', snowball: 'spanish' },
  it: { iso6393: 'ita', snowball: 'italian' },
  nl: { iso6393: 'nld', snowball: 'dutch' },
  pt: { iso6393: 'por', snowball: 'portuguese' },
  pl: { iso6393: 'pol', snowball: null },
  cs: { iso6393: 'ces', snowball: 'czech' },
  sv: { iso6393: 'swe', snowball: 'swedish' },
  da: { iso6393: 'dan', snowball: 'danish' },
  no: { iso6393: 'nob', snowball: 'norwegian' },
  fi: { iso6393: 'fin', snowball: 'finnish' },
  tr: { iso6393: 'tur', snowball: 'turkish' },
  ru: { iso6393: 'rus', snowball: 'russian' },
  uk: { iso6393: 'ukr', snowball: null },
  hu: { iso6393: 'hun', snowball: 'hungarian' },
  ro: { iso6393: 'ron', snowball: 'romanian' },
  ca: { iso6393: 'cat', snowball: 'catalan' },
  eu: { iso6393: 'eus', snowball: 'basque' },
  ga: { iso6393: 'gle', snowball: 'irish' },
  sl: { iso6393: 'slv', snowball: 'slovene' },
  hy: { iso6393: 'hye', snowball: 'armenian' },
  ar: { iso6393: 'arb', snowball: 'arabic' },
  ta: { iso6393: 'tam', snowball: 'tamil' },
  el: { iso6393: 'ell', snowball: null },
  bg: { iso6393: 'bul', snowball: null },
  hr: { iso6393: 'hrv', snowball: null },
  sr: { iso6393: 'srp', snowball: null },
  sk: { iso6393: 'slk', snowball: null },
  ko: { iso6393: 'kor', snowball: null },
  ja: { iso6393: 'jpn', snowball: null },
  zh: { iso6393: 'cmn', snowball: null },
  he: { iso6393: 'heb', snowball: null },
  hi: { iso6393: 'hin', snowball: null },
  id: { iso6393: 'ind', snowball: null },
  vi: { iso6393: 'vie', snowball: null },
  th: { iso6393: 'tha', snowball: null },
  fa: { iso6393: 'pes', snowball: null },
});

/** ISO 639-3 → the code kernpunkte uses (639-1 where there is one); franc's answers go through it. */
const BY_ISO6393: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LANGUAGES).map(([code, e]) => [e.iso6393, code] as const),
  ['nno', 'no'],
  ['zlm', 'ms'],
]);

export function fromIso6393(iso: string): string {
  return BY_ISO6393.get(iso) ?? iso;
}

/** The ISO 639-3 code of a language code, or the code itself when it is not in the table. */
export function toIso6393(code: string): string {
  return LANGUAGES[code]?.iso6393 ?? code;
}

/** The `stopword` package's list for a language, or an empty list. */
export function stopwordsFor(code: string): readonly string[] {
  const iso = LANGUAGES[code]?.iso6393;
  if (!iso) return [];
  try {
    return stopwordList(iso);
  } catch {
    return [];
  }
}

const stemmers = new Map<string, Stemmer | null>();

/**
 * snowball-stemmers is one 300 KB CommonJS file: an ESM `import` of it makes Node scan the
 * whole source for its export names first, which costs a one-shot CLI run more than the
 * summary does. `require` skips that scan; it loads when the first stemmer is asked for.
 */
let newStemmer: ((algorithm: string) => Stemmer) | undefined;
function loadStemmers(): (algorithm: string) => Stemmer {
  newStemmer ??= (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer: (algorithm: string) => Stemmer }).newStemmer;
  return newStemmer;
}

/** The Snowball stemmer of a language, or null; created once per language. */
export function stemmerFor(code: string): Stemmer | null {
  const key = code.toLowerCase().split(/[-_]/)[0] ?? '';
  let s = stemmers.get(key);
  if (s === undefined) {
    const algorithm = LANGUAGES[key]?.snowball;
    s = algorithm ? loadStemmers()(algorithm) : null;
    stemmers.set(key, s);
  }
  return s;
}
