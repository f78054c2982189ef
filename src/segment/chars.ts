/**
 * Character classes the rules share, looked up by UTF-16 code in one table built at load time
 * (the splitter touches every character, so this is the hot path). Astral characters (emoji)
 * are two surrogate codes, neither a letter nor a mark: never a boundary, never a word.
 */

/** Marks that can end a sentence. */
export const TERMINALS = '.!?…‼⁇⁈⁉。！？';
/** Marks that end a sentence with no space after them (CJK text has none). */
export const TERMINALS_NO_SPACE = '。！？';
/** Closing quotes and brackets that belong to the sentence they follow: „Ja.“ »Ja.« "Yes." (Yes.) */
export const CLOSERS = '"\'”“’‘»«›‹)]}';
/** Quotes and brackets that may open the next sentence; skipped to find its first word. */
export const OPENERS = '"\'„“”‚‘’«»‹›([{¿¡`';
/** A line that starts with one of these (then a space) is a list item. */
export const BULLETS = '-–—•*·▪●◦‣►▸✓✔→';
/** A line ending in one of these continues on the next line. */
export const LINE_CONTINUATIONS = ',;-–—(/&+';
/** What JavaScript's `\s` and `String#trim` count as space. */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const SPACE = 1;
const TERMINAL = 2;
const CLOSER = 4;
const OPENER = 8;
const UPPER = 16;
const LOWER = 32;
const LETTER = 64;
const NO_SPACE_TERMINAL = 128;

const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;
const asked = new Uint8Array(65536);

const TABLE = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(65536);
  const mark = (chars: string, flag: number) => {
    for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)]! |= flag;
  };
  mark(SPACES, SPACE);
  mark(TERMINALS, TERMINAL);
  mark(TERMINALS_NO_SPACE, NO_SPACE_TERMINAL);
  mark(CLOSERS, CLOSER);
  mark(OPENERS, OPENER);
  // Letters of the Latin, Greek and Cyrillic blocks up front; the rest is asked lazily (see `letterFlags`).
  for (let c = 0; c < 0x530; c++) t[c]! |= letterFlags(c);
  return t;
}


function letterFlags(c: number): number {
  const ch = String.fromCharCode(c);
  let f = 0;
  if (RE_LETTER.test(ch)) f |= LETTER;
  if (RE_UPPER.test(ch)) f |= UPPER;
  if (RE_LOWER.test(ch)) f |= LOWER;
  return f;
}

function letterClass(c: number): number {
  if (c >= 0x530 && asked[c] === 0) {
    asked[c] = 1;
    TABLE[c]! |= letterFlags(c);
  }
  return TABLE[c]!;
}

export const isSpaceCode = (c: number): boolean => (TABLE[c]! & SPACE) !== 0;
export const isTerminalCode = (c: number): boolean => (TABLE[c]! & TERMINAL) !== 0;
export const isNoSpaceTerminalCode = (c: number): boolean => (TABLE[c]! & NO_SPACE_TERMINAL) !== 0;
export const isCloserCode = (c: number): boolean => (TABLE[c]! & CLOSER) !== 0;
export const isOpenerCode = (c: number): boolean => (TABLE[c]! & OPENER) !== 0;
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isLetterCode = (c: number): boolean => (letterClass(c) & LETTER) !== 0;
export const isUpperCode = (c: number): boolean => (letterClass(c) & UPPER) !== 0;
export const isLowerCode = (c: number): boolean => (letterClass(c) & LOWER) !== 0;
/** Letters, digits and the joiners inside words ("Frank-Walter", "O'Neill", "I’m"). */
export const isWordCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c) || c === 45 || c === 39 || c === 0x2019;

// The same for one-character strings (undefined and "" are nothing), for the rules' readability.
const code = (ch: string | undefined): number => (ch === undefined || ch.length === 0 ? -1 : ch.charCodeAt(0));
export const isSpace = (ch: string | undefined): boolean => code(ch) >= 0 && isSpaceCode(code(ch));
export const isDigit = (ch: string | undefined): boolean => isDigitCode(code(ch));
export const isUpper = (ch: string | undefined): boolean => code(ch) >= 0 && isUpperCode(code(ch));
export const isLower = (ch: string | undefined): boolean => code(ch) >= 0 && isLowerCode(code(ch));
export const isLetter = (ch: string | undefined): boolean => code(ch) >= 0 && isLetterCode(code(ch));

export function isIn(set: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && set.includes(ch);
}
