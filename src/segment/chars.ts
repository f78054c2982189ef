/**
 * Character classes the rules share. Checks look at one UTF-16 unit; astral characters (emoji)
 * count as "other", which is what the rules need: never a letter, never a boundary mark.
 */

/** Marks that can end a sentence. CJK full-width marks end one without a following space. */
export const TERMINALS = '.!?…‼⁇⁈⁉。！？';
/** Marks that end a sentence with no space after them (CJK text has none). */
export const TERMINALS_NO_SPACE = '。！？';
/** Closing quotes and brackets that belong to the sentence they follow: „Ja.“ »Ja.« "Yes." (Yes.) */
export const CLOSERS = '"\'”“’‘»«›‹)]}';
/** Quotes and brackets that may open the next sentence; skipped to find its first word. */
export const OPENERS = '"\'„“”‚‘’«»‹›([{¿¡';
/** A line that starts with one of these (then a space) is a list item. */
export const BULLETS = '-–—•*·▪●◦‣►▸✓✔→';
/** A line ending in one of these continues on the next line. */
export const LINE_CONTINUATIONS = ',;-–—(/&+';

const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return SPACE.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** Letters, digits and the joiners inside words ("Frank-Walter", "O'Neill", "Sig.ra"). */
export function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch) || ch === '-' || ch === '\'' || ch === '’';
}

export function isIn(set: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && set.includes(ch);
}
