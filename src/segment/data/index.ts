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
import { und } from './und.js';

export type { SegmentLangData } from './types.js';

export const SEGMENT_DATA: Readonly<Record<string, SegmentLangData>> = Object.freeze({ de, en, es, fr, it, nl, und });

export type AbbreviationKind = 'title' | 'general' | 'beforeNumber' | 'final';

/** A pack ready for lookups. Abbreviation keys have their spaces removed ("z.B."). */
export interface CompiledLangData {
  lang: string;
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
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
    maxAbbreviationTokens,
    maxAbbreviationChars,
    months: new Set(data.months),
    starters: new Set(data.starters),
    ordinalDot: data.ordinalDot,
    colonStartsSentence: data.colonStartsSentence,
    subordinators: new Set(data.subordinators),
    ordinalTriggers: new Set(data.ordinalTriggers.map((w) => w.toLowerCase())),
    lostMarkOpener: lostMarkPattern(data.lostMarkOpeners ?? []),
  };
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
