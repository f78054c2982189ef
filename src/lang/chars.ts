/**
 * Unicode character classes by UTF-16 code, from one table filled lazily: the hot loops (word
 * scanning, quote balance) ask about every character, and a table lookup is many times cheaper
 * than a regex with a Unicode property class. Each entry is computed once with the very regex
 * it replaces, so the answers are the same by construction. A lone surrogate is in no class;
 * `codePointClass` answers for a whole astral code point (a surrogate pair).
 */

export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
export const MARK = 4; // \p{M}
export const UPPER = 8; // \p{Lu}
export const SPACE = 16; // \s
const KNOWN = 128;

const RE_LETTER = /\p{L}/u;
const RE_NUMBER = /\p{N}/u;
const RE_MARK = /\p{M}/u;
const RE_UPPER = /\p{Lu}/u;
const RE_SPACE = /\s/u;

const TABLE = new Uint8Array(65536);

function classify(ch: string): number {
  let f = KNOWN;
  if (RE_LETTER.test(ch)) f |= LETTER;
  if (RE_NUMBER.test(ch)) f |= NUMBER;
  if (RE_MARK.test(ch)) f |= MARK;
  if (RE_UPPER.test(ch)) f |= UPPER;
  if (RE_SPACE.test(ch)) f |= SPACE;
  return f;
}

/** The class flags of one UTF-16 code (a BMP character; 0 for a lone surrogate). */
export function charClass(code: number): number {
  const f = TABLE[code]!;
  if (f !== 0) return f;
  return (TABLE[code] = classify(String.fromCharCode(code)));
}

const astral = new Map<number, number>();

/** The class flags of a code point above U+FFFF (rare in news: memoised in a small map). */
export function codePointClass(cp: number): number {
  let f = astral.get(cp);
  if (f === undefined) {
    f = classify(String.fromCodePoint(cp));
    if (astral.size > 4096) astral.clear();
    astral.set(cp, f);
  }
  return f;
}

/** A letter or a digit of any script (`[\p{L}\p{N}]` on one UTF-16 code). */
export function isAlnumCode(code: number): boolean {
  return (charClass(code) & (LETTER | NUMBER)) !== 0;
}

/** Whether the text ends in `mark` (a one-code character), maybe followed by white space: `/[mark]\s*$/`. */
export function endsWithMark(text: string, marks: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (charClass(text.charCodeAt(i)) & SPACE) !== 0) i--;
  return i >= 0 && marks.includes(text[i]!);
}

// Latin, Greek and Cyrillic up front: the common case never takes the lazy branch.
for (let c = 0; c < 0x530; c++) TABLE[c] = classify(String.fromCharCode(c));
