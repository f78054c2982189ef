/**
 * Language data for the splitter, by ISO 639-1 code. Codes without a pack ("und", "ko", "de-AT"
 * is "de") get the language-agnostic fallback. Lists are compiled into sets once per language.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { SegmentLangData } from './types.js';
import { lostMarkPattern } from '../rules/02b-lost-marks.js';
import { NEXT_LABEL, captionOpenerPattern, captionSubjectPattern } from '../rules/02c-captions.js';
import { und } from './und.js';
import { isUpperCode } from '../chars.js';

export type { SegmentLangData } from './types.js';

export const SEGMENT_DATA: Readonly<Record<string, SegmentLangData>> = Object.freeze({ de, en, es, fr, it, nl, und });

export type AbbreviationKind = 'title' | 'general' | 'beforeNumber' | 'final';

/** A pack ready for lookups. Abbreviation keys have their spaces removed ("z.B."). */
export interface CompiledLangData {
  lang: string;
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /**
   * What rule 7 looks up, by the word without its final period: the kind of "word." in
   * `abbreviations`, or for a capitalised word the kind of the lowercased form ("Vgl" → "vgl.").
   * See `abbreviationStems`; one map read per word, with no key built.
   */
  abbreviationStems: ReadonlyMap<string, AbbreviationKind>;
  /** Longest abbreviation in tokens ("i. d. R." is 3), to bound the look-back. */
  maxAbbreviationTokens: number;
  /** Longest abbreviation key in UTF-16 units: a longer word before a period is none. */
  maxAbbreviationChars: number;
  months: ReadonlySet<string>;
  starters: ReadonlySet<string>;
  ordinalDot: boolean;
  colonStartsSentence: boolean;
  subordinators: ReadonlySet<string>;
  ordinalTriggers: ReadonlySet<string>;
  /** Rule 2b's pattern from `lostMarkOpeners` (null: none). */
  lostMarkOpener: RegExp | null;
  /** Rule 2c: `captionWords` (null: the language gets no caption rule). */
  captionWords: ReadonlySet<string> | null;
  /** Rule 2c: the next label's pattern, the pattern of `captionOpeners` (null: none), and the word lists. */
  captionNextLabel: RegExp | null;
  captionOpener: RegExp | null;
  captionStrongOpeners: ReadonlySet<string>;
  captionLetterNouns: ReadonlySet<string>;
  /** Rule 2c: one of `captionVerbs` after a space (null: none; the name before it is read by hand), and `captionLinkWords`. */
  captionSubject: RegExp | null;
  captionLinkWords: ReadonlySet<string>;
  /** `captionMarkers` as one pattern (null: none). */
  captionMarker: RegExp | null;
}

/** Earlier categories win when an entry sits in two (see `types.ts`). */
const KIND_ORDER: readonly AbbreviationKind[] = ['title', 'general', 'beforeNumber', 'final'];

const compiled = new Map<string, CompiledLangData>();

/** Base code of a language tag, lowercased: "de-AT" → "de", "EN_gb" → "en". */
export function baseLang(lang: string | undefined): string {
  if (!lang) return 'und';
  const base = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return base in SEGMENT_DATA ? base : 'und';
}

export function compileLangData(lang: string, data: SegmentLangData): CompiledLangData {
  const abbreviations = new Map<string, AbbreviationKind>();
  let maxAbbreviationTokens = 1;
  let maxAbbreviationChars = 0;
  for (const kind of KIND_ORDER) {
    for (const entry of data.abbreviations[kind]) {
      const key = entry.replace(/\s+/g, '');
      if (!abbreviations.has(key)) abbreviations.set(key, kind);
      maxAbbreviationChars = Math.max(maxAbbreviationChars, key.length);
      maxAbbreviationTokens = Math.max(maxAbbreviationTokens, entry.trim().split(/\s+/).length);
    }
  }
  return {
    lang,
    abbreviations,
    abbreviationStems: abbreviationStems(abbreviations),
    maxAbbreviationTokens,
    maxAbbreviationChars,
    months: new Set(data.months),
    starters: new Set(data.starters),
    ordinalDot: data.ordinalDot,
    colonStartsSentence: data.colonStartsSentence,
    subordinators: new Set(data.subordinators),
    ordinalTriggers: new Set(data.ordinalTriggers.map((w) => w.toLowerCase())),
    lostMarkOpener: lostMarkPattern(data.lostMarkOpeners ?? []),
    captionWords: data.captionWords?.length ? new Set(data.captionWords) : null,
    captionNextLabel: data.captionWords?.length ? new RegExp(NEXT_LABEL.source, 'gu') : null,
    captionOpener: data.captionWords?.length ? captionOpenerPattern(data.captionOpeners ?? []) : null,
    captionStrongOpeners: new Set(data.captionStrongOpeners ?? []),
    captionLetterNouns: new Set(data.captionLetterNouns ?? []),
    captionSubject: data.captionWords?.length ? captionSubjectPattern(data.captionVerbs ?? []) : null,
    captionLinkWords: new Set(data.captionLinkWords ?? []),
    captionMarker: data.captionMarkers?.length ? new RegExp(data.captionMarkers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null,
  };
}

/**
 * Capitals whose lower case differs, among the letters the splitter's table holds up front (Latin,
 * Greek, Cyrillic): rule 7 reads a capitalised word through its lowercased form. A word that
 * starts with any other capital takes the lookup of old (see `lookupAbbreviation`).
 */
export const STEM_CAPITALS_BELOW = 0x530;

/**
 * `abbreviations` keyed by the word before the final period: for every word `w`,
 * `stems.get(w)` is `lookupAbbreviation(abbreviations, w + '.')` whenever `w` starts with a
 * code below `STEM_CAPITALS_BELOW` or not with a capital. Keys without a final period are never
 * looked up and are left out.
 */
export function abbreviationStems(abbreviations: ReadonlyMap<string, AbbreviationKind>): Map<string, AbbreviationKind> {
  const stems = new Map<string, AbbreviationKind>();
  const byFirst = new Map<string, string[]>();
  for (const [key, kind] of abbreviations) {
    if (!key.endsWith('.') || key.length < 2) continue;
    const stem = key.slice(0, -1);
    stems.set(stem, kind);
    byFirst.set(stem[0]!, [...(byFirst.get(stem[0]!) ?? []), stem]);
  }
  // "Vgl" reads as "vgl": a capital followed by the rest of a lowercase entry, unless listed itself.
  const capitalised: Array<[string, AbbreviationKind]> = [];
  for (let code = 0; code < STEM_CAPITALS_BELOW; code++) {
    if (!isUpperCode(code)) continue;
    const capital = String.fromCharCode(code);
    const lower = capital.toLowerCase();
    if (lower === capital) continue;
    for (const stem of byFirst.get(lower[0]!) ?? []) {
      if (!stem.startsWith(lower)) continue;
      const word = capital + stem.slice(lower.length);
      if (!stems.has(word)) capitalised.push([word, abbreviations.get(`${stem}.`)!]);
    }
  }
  for (const [word, kind] of capitalised) stems.set(word, kind);
  return stems;
}

/** Rule 7's lookup of a key ("Vgl."): as listed, else with its first letter lowercased when that is a capital. */
export function lookupAbbreviation(table: ReadonlyMap<string, AbbreviationKind>, key: string): AbbreviationKind | undefined {
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  // Sentence-initial capital: "Vgl.", "Ca.", "Z. B." are "vgl.", "ca.", "z. B.".
  const first = key[0];
  if (first === undefined || !isUpperCode(first.charCodeAt(0))) return undefined;
  return table.get(first.toLowerCase() + key.slice(1));
}

/** The answers of `langData` by the code as given ("de", "de-AT"): one lookup per block, not a split. */
const byGiven = new Map<string | undefined, CompiledLangData>();

/** The compiled pack for a language code (cached). */
export function langData(lang: string | undefined): CompiledLangData {
  const given = byGiven.get(lang);
  if (given) return given;
  const hit = compiledFor(baseLang(lang));
  // Bounded: codes come from input ("lang" options), so unknown ones must not pile up.
  if (byGiven.size > 64) byGiven.clear();
  byGiven.set(lang, hit);
  return hit;
}

function compiledFor(code: string): CompiledLangData {
  let hit = compiled.get(code);
  if (!hit) {
    hit = compileLangData(code, SEGMENT_DATA[code] ?? und);
    compiled.set(code, hit);
  }
  return hit;
}
