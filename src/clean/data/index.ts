/**
 * The language packs and the rules compiled from them. When the language is not known yet (the
 * pipeline detects it after cleaning, on the kept text) all packs apply at once: portal remnants are
 * short whole lines, so the union of six languages costs little in false positives. A known language
 * uses its own pack plus English, because English UI words ("Share", "Newsletter") leak into every portal.
 */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { CleanLangPack } from './types.js';
import { AGENCIES, BULLET_MARKERS, ICON_WORDS, PHOTO_CREDITS, SOCIAL } from './universal.js';

export type { CleanLangPack } from './types.js';
export { AGENCIES, BULLET_MARKERS, ICON_WORDS, PHOTO_CREDITS, SOCIAL } from './universal.js';

export const PACKS: Readonly<Record<string, CleanLangPack>> = Object.freeze({ de, en, fr, es, it, nl });

/** The regular expressions and word sets the rules run on, built once per language selection. */
export interface CleanRules {
  /** A whole line that heads a summary box, optionally after icon words. */
  summaryHeading: RegExp;
  /** Byline opening; group 1 is the rest of the line (the names). */
  bylinePrefix: RegExp;
  /** Splits a byline's names ("A, B und C"). */
  nameSplit: RegExp;
  /** Source label; group 1 is what follows ("Quelle: dpa" → "dpa"). */
  sourceLabel: RegExp;
  /** Media teaser or credit: group 1 the label, group 2 what follows the colon (may be undefined). */
  media: RegExp;
  /** Related-article teaser: group 1 separator (colon etc.), group 2 the rest. */
  related: RegExp;
  /** A line that only says "Anzeige". */
  ad: RegExp;
  /** A line made only of UI words, share targets, icon names, counts and separators. */
  ui: RegExp;
  /** Timestamp label at the start of a line; the rest must be a date. */
  timestampLabel: RegExp;
  /** Lower-cased words a date line may consist of. */
  dateWords: ReadonlySet<string>;
  /** Lower-cased words around the number in "4 Min. Lesezeit". */
  readingTimeWords: ReadonlySet<string>;
  /** Cookie / external-content notice: opening, then a notice word within the window. */
  noticeOpening: RegExp;
  noticeWord: RegExp;
  /** "Quelle: …" style footer line after a `---` rule. */
  footerLabel: RegExp;
  /** "Role:" at the start of one part of a credits line. */
  creditRole: RegExp;
  /** Follow-us opening, and the networks that make it one. */
  followOpening: RegExp;
  social: RegExp;
  /** Lower-cased agency names. */
  agencies: ReadonlySet<string>;
  /** Each agency name up to its first space ("europa" of "europa press"): what a tag's first word must be. */
  agencyFirstWords: ReadonlySet<string>;
  /** A picture credit's start ("picture alliance", "IMAGO"). */
  photoCredit: RegExp;
  /** Any of the packs' `inlineRemnants`, as written, with "..." or a stop after it (global); null when none is listed. */
  inlineRemnant: RegExp | null;
  /** The first words of `inlineRemnants` ("Scroll", "Watch"): a text without any has no remnant, told by a fast `includes`. */
  inlineRemnantHeads: readonly string[];
  /** Any of the packs' `captionLeads`, matched against a whole remnant as cut out; null when none is listed. */
  captionLead: RegExp | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Alternation of phrases, longest first so "Das Wichtigste in Kürze" wins over "Das Wichtigste". */
function alt(phrases: Iterable<string>): string {
  const uniq = [...new Set([...phrases].map((p) => p.trim()).filter(Boolean))];
  uniq.sort((a, b) => b.length - a.length);
  return uniq.map((p) => escapeRe(p).replace(/\s+/g, '\\s+')).join('|');
}

const END = '(?![\\p{L}\\p{N}])';

function compile(packs: readonly CleanLangPack[]): CleanRules {
  const all = <K extends keyof CleanLangPack>(k: K): string[] =>
    packs.flatMap((p) => p[k] as readonly string[]);
  const icons = `(?:(?:${alt(ICON_WORDS)})\\s+)*`;
  // Digits count as separators ("12 Kommentare", "Bild 1 von 5"); one way to match each line keeps it linear.
  const sep = '[\\s\\d|·•,/:()+\\-–—>»›]';
  const uiAlt = alt([...all('uiPhrases'), ...SOCIAL, ...ICON_WORDS]);
  return {
    summaryHeading: new RegExp(`^${icons}(?:${alt(all('summaryHeadings'))})${END}\\s*[:.]?$`, 'iu'),
    bylinePrefix: new RegExp(`^(?:${alt(all('bylinePrefixes'))})${END}\\s*:?\\s+(.+)$`, 'iu'),
    nameSplit: new RegExp(`\\s*,\\s*|\\s*;\\s*|\\s+(?:${alt(all('nameJoiners'))})${END}\\s*|\\s*&\\s*`, 'iu'),
    sourceLabel: new RegExp(`^(?:${alt(all('sourceLabels'))})${END}\\s*:?\\s*(.*)$`, 'iu'),
    media: new RegExp(
      `^${icons}(${alt(all('mediaLabels'))})${END}(?:\\s*\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:min\\.?)?\\)?)?\\s*(?:[:|]\\s*(.*))?$`,
      'iu',
    ),
    related: new RegExp(`^${icons}(?:${alt(all('relatedLabels'))})${END}\\s*([:|»›>]|[–—-]\\s)?\\s*(.*)$`, 'iu'),
    ad: new RegExp(`^[\\s*–—\\-[(]*(?:${alt(all('adLabels'))})${END}[\\s*–—\\-:.)\\]]*$`, 'iu'),
    ui: new RegExp(`^(?:${sep}*(?:${uiAlt})${END})+${sep}*$`, 'iu'),
    timestampLabel: new RegExp(`^(?:${alt(all('timestampLabels'))})${END}\\s*:?\\s*`, 'iu'),
    dateWords: new Set(all('dateWords').map((w) => w.toLowerCase())),
    readingTimeWords: new Set(all('readingTimeWords').flatMap((w) => w.toLowerCase().split(/\s+/))),
    noticeOpening: new RegExp(`^(?:${alt(all('noticeOpenings'))})${END}`, 'iu'),
    noticeWord: new RegExp(`(?:${alt(all('noticeWords'))})`, 'iu'),
    // Footers follow a `---` rule, so every pack's labels are safe to use whatever the language.
    footerLabel: new RegExp(`^(?:${alt(Object.values(PACKS).flatMap((p) => p.footerLabels))})${END}\\s*:`, 'iu'),
    creditRole: new RegExp(`^(?:${alt(all('creditRoles'))})${END}\\s*:\\s*\\S`, 'iu'),
    followOpening: new RegExp(`^(?:${alt(all('followOpenings'))})${END}`, 'iu'),
    social: new RegExp(`(?:^|\\s)(?:@\\w|(?:${alt(SOCIAL)})${END})`, 'u'),
    agencies: new Set(AGENCIES),
    agencyFirstWords: new Set(AGENCIES.map((a) => a.split(/\s/)[0]!)),
    photoCredit: new RegExp(`^(?:©\\s*)?(?:${alt(PHOTO_CREDITS)})${END}`, 'iu'),
    inlineRemnant: all('inlineRemnants').length === 0 ? null : new RegExp(`(?:${alt(all('inlineRemnants'))})(?:\\.{3}|…|[.:])?`, 'gu'),
    inlineRemnantHeads: [...new Set(all('inlineRemnants').map((p) => p.trim().split(/\s+/)[0]!))],
    captionLead: all('captionLeads').length === 0 ? null : new RegExp(`^(?:${alt(all('captionLeads'))})(?:\\.{3}|…|[.:])?$`, 'u'),
  };
}

const cache = new Map<string, CleanRules>();

/** Rules for a language code; unknown or "und" gives the union of all packs. */
export function rulesFor(lang: string | undefined): CleanRules {
  const code = lang && Object.hasOwn(PACKS, lang.toLowerCase()) ? lang.toLowerCase() : 'und';
  let rules = cache.get(code);
  if (!rules) {
    const own = PACKS[code];
    rules = compile(own ? (code === 'en' ? [own] : [own, en]) : Object.values(PACKS));
    cache.set(code, rules);
  }
  return rules;
}

