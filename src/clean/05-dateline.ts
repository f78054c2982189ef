/**
 * Step 5: the dateline at the start of the lead ("Berlin (dpa) - ", "BERLIN, 24. Juni (AFP) - ",
 * "Cuxhaven (Deutschland), 19.06.2015 – ", "(CNN)", "Boston (CNN)" glued to the first word) is not part of the first sentence. It stays in the
 * text; the block starts after it and the prefix is recorded as a `dateline` drop.
 */
import type { Dropped } from '../types.js';
import type { RawBlock } from './04-blocks.js';
import { AGENCIES } from './data/index.js';
import { TUNING } from './tuning.js';
import { UPPER, charClass, codePointClass } from '../lang/chars.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// No inline case-insensitive groups in Node 20, so each agency is listed as written by wires:
// "dpa", "DPA", "Dpa"; a place name, in contrast, must start upper case.
const AGENCY_NAMES = [...AGENCIES]
  .sort((a, b) => b.length - a.length)
  .flatMap((a) => [a, a.toUpperCase(), a[0]!.toUpperCase() + a.slice(1)]);
const AGENCY = AGENCY_NAMES.map(escapeRe).join('|');
const AGENCY_PAREN = `\\((?:${AGENCY})(?:\\s*[/,]\\s*(?:${AGENCY}|[a-z]{2,4}))*\\)`;
// No hyphen inside a word: "Baden-Baden" is two words joined by the separator, so each split is unique
// and the regex cannot backtrack through "A-A-A-…".
const PLACE_WORD = "\\p{Lu}[\\p{L}.'’]*";
const PLACE = `${PLACE_WORD}(?:(?:\\s|/|-)(?:${PLACE_WORD}|am|an|der|de|del|do|da|la|le|im|in|ob|upon|on|sur)){0,${TUNING.maxDatelinePlaceWords - 1}}`;
const MONTH_DATE = '\\d{1,2}\\.?\\s+\\p{L}+\\.?(?:\\s+\\d{4})?';
const NUM_DATE = '\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})?';
const EN_DATE = '\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?';
const DATE = `(?:${NUM_DATE}|${MONTH_DATE}|${EN_DATE})`;
// "(EFE).- " is how Spanish wires write it; "(CNN) -- " is how CNN did.
const DASH = '\\.?\\s*(?:--|[-–—])';

export const DATELINES: readonly RegExp[] = [
  // Berlin (dpa) - | LONDON (Reuters) - | Pjöngjang (AFP) - | LONDON, England (CNN) --
  new RegExp(`^${PLACE}(?:,\\s*${PLACE})?\\s*${AGENCY_PAREN}(?:${DASH}|\\s*:)(?=\\s)`, 'u'),
  // New Delhi, India (CNN)As the … | Boston (CNN)Guilty …: no space after the tag (CNN's pages run
  // the dateline into the lead); the text after it must start like a sentence.
  new RegExp(`^${PLACE}(?:,\\s*${PLACE})?\\s*${AGENCY_PAREN}(?=["'“‘]?[\\p{Lu}\\p{N}])`, 'u'),
  // BERLIN, 24. Juni (AFP) - | Paris, 3 mai 2024 (AFP) -
  new RegExp(`^${PLACE},?\\s+${DATE}\\s*${AGENCY_PAREN}${DASH}(?=\\s)`, 'u'),
  // Cuxhaven (Deutschland), 19.06.2015 – (Wikinews) | Berlin, 24.06.2024 –
  new RegExp(`^${PLACE}(?:\\s*\\([^()]{2,40}\\))?,\\s*${DATE}${DASH}(?=\\s)`, 'u'),
  // BERLIN – | NEW YORK, 24. Juni – : a place in capitals needs no agency; mixed case could be a person
  new RegExp(`^\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}(?:,\\s*${DATE})?\\s+[–—-](?=\\s+["„“»]?\\p{Lu})`, 'u'),
  // (CNN) | (dpa) -   at the very start
  new RegExp(`^${AGENCY_PAREN}(?:${DASH})?`, 'u'),
];

/**
 * What each of DATELINES needs in the text at the least, tested first: most leads fail these
 * cheap tests, and a pattern that is never run is never compiled (these large Unicode patterns
 * cost a one-shot run more to compile than its whole summary). Each is implied by its pattern.
 */
const NEEDS: ReadonlyArray<(t: string, upper: number) => boolean> = [
  (t, upper) => upper >= 1 && agencyParenAt(t, 1),
  (t, upper) => upper >= 1 && agencyParenAt(t, 1),
  (t, upper) => upper >= 1 && /\d/.test(t) && agencyParenAt(t, 1),
  (t, upper) => upper >= 1 && t.includes(',') && /\d/.test(t),
  (t, upper) => upper >= 3,
  (t) => t.startsWith('(') && agencyNameAt(t, 1),
];

/** `AGENCY_NAMES` by their first character: a name can only start where its first character stands. */
const AGENCY_NAMES_BY_FIRST = new Map<string, string[]>();
for (const name of AGENCY_NAMES) AGENCY_NAMES_BY_FIRST.set(name[0]!, [...(AGENCY_NAMES_BY_FIRST.get(name[0]!) ?? []), name]);

/** Whether an agency's name as `AGENCY` spells it starts at `at`. */
function agencyNameAt(t: string, at: number): boolean {
  const names = AGENCY_NAMES_BY_FIRST.get(t.charAt(at));
  return names !== undefined && names.some((name) => t.startsWith(name, at));
}

/** Whether "(" and an agency's name as `AGENCY` spells it follow each other at or after `from`: `AGENCY_PAREN` starts so. */
function agencyParenAt(t: string, from: number): boolean {
  for (let i = t.indexOf('(', from); i >= 0; i = t.indexOf('(', i + 1)) if (agencyNameAt(t, i + 1)) return true;
  return false;
}

/** How many of the first three characters of `t` are upper-case letters in a row (`\p{Lu}`), 0 to 3. */
function leadingUpper(t: string): number {
  let n = 0;
  for (let i = 0; n < 3 && i < t.length; n++) {
    const cp = t.codePointAt(i)!;
    if (((cp > 0xffff ? codePointClass(cp) : charClass(cp)) & UPPER) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** Length of the dateline prefix at the start of `t` (without the following space), or 0. */
export function datelineLength(t: string): number {
  const upper = leadingUpper(t);
  for (let k = 0; k < DATELINES.length; k++) {
    if (!NEEDS[k]!(t, upper)) continue;
    const m = DATELINES[k]!.exec(t);
    if (m) return m[0].length;
  }
  return 0;
}

/**
 * Moves the start of the first block that opens with a dateline (among the first three: title and
 * subtitle come before the lead) past it, and records the prefix. A block that is only a dateline goes.
 */
export function stripDateline(text: string, raw: RawBlock[], dropped: Dropped[]): void {
  const n = Math.min(raw.length, 3);
  for (let i = 0; i < n; i++) {
    const b = raw[i]!;
    // A dateline is short; looking only at the block's start keeps the regexes cheap on any input.
    const len = datelineLength(b.text.slice(0, TUNING.datelineWindowChars));
    if (len === 0) continue;
    const end = b.start + len;
    dropped.push({ kind: 'dateline', start: b.start, end, text: text.slice(b.start, end) });
    let start = end;
    while (start < b.end && /\s/.test(text[start]!)) start++;
    if (start >= b.end) raw.splice(i, 1);
    else raw[i] = { start, end: b.end, text: text.slice(start, b.end) };
    return;
  }
}
