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
  /**
   * The words (letter runs, folded by `foldWord`) of the phrases `ui` is made of. A line with
   * a word not among them cannot match `ui`, which is tested (and so compiled: a large pattern
   * costs a one-shot run more than its summary) only for the rest. See `mayBeUiLine`.
   */
  uiWords: ReadonlySet<string>;
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
  /** A picture credit's start ("picture alliance", "IMAGO"). */
  photoCredit: RegExp;
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
  const uiPhrases = [...all('uiPhrases'), ...SOCIAL, ...ICON_WORDS];
  const uiAlt = alt(uiPhrases);
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
    uiWords: new Set(uiPhrases.flatMap((p) => letterRuns(p).map(foldWord))),
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
    photoCredit: new RegExp(`^(?:©\\s*)?(?:${alt(PHOTO_CREDITS)})${END}`, 'iu'),
  };
}

/** The maximal runs of letters (`\p{L}+`) of a text, in order. */
export function letterRuns(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

/**
 * Letters that the `i` and `u` flags take as equal (simple case folding) but `toLowerCase`
 * keeps apart: the long s and "s", the final sigma and "σ", the micro sign and "μ", …
 * (src/clean/precheck.test.ts checks every letter of the phrases against the regex engine).
 */
const FOLD_EXTRA: Readonly<Record<string, string>> = Object.freeze({
  '\u017f': 's', '\u03c2': '\u03c3', '\u03d0': '\u03b2', '\u03d1': '\u03b8', '\u03d5': '\u03c6', '\u03d6': '\u03c0', '\u03f0': '\u03ba',
  '\u03f1': '\u03c1', '\u03f5': '\u03b5', '\u00b5': '\u03bc', '\u1e9b': '\u1e61', '\u1fbe': '\u03b9', '\u1c80': '\u0432', '\u1c81': '\u0434',
  '\u1c82': '\u043e', '\u1c83': '\u0441', '\u1c84': '\u0442', '\u1c85': '\u0442', '\u1c86': '\u044a', '\u1c87': '\u0463', '\u1c88': '\ua64b',
  '\ufb05': '\ufb06',
});
const FOLD_EXTRA_RE = new RegExp(`[${Object.keys(FOLD_EXTRA).join('')}]`, 'gu');

/** A word as the `i` and `u` flags compare it: lowercased, then the letters of `FOLD_EXTRA` folded too. */
export function foldWord(word: string): string {
  const w = word.toLowerCase();
  FOLD_EXTRA_RE.lastIndex = 0;
  return FOLD_EXTRA_RE.test(w) ? w.replace(FOLD_EXTRA_RE, (c) => FOLD_EXTRA[c]!) : w;
}

/**
 * Whether `t` may match `rules.ui`: every word of it is a word of a UI phrase. The pattern is
 * whole phrases between separators (which hold no letters) and no letter may follow a phrase,
 * so each letter run of a matching line is a letter run of one of its phrases.
 */
export function mayBeUiLine(t: string, rules: Pick<CleanRules, 'uiWords'>): boolean {
  for (const w of letterRuns(t)) if (!rules.uiWords.has(foldWord(w))) return false;
  return true;
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

