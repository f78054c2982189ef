import { isDigit, isLower, isSpaceCode, isUpper } from '../chars.js';
import { STEM_CAPITALS_BELOW, lookupAbbreviation, type AbbreviationKind, type CompiledLangData } from '../data/index.js';
import { SEGMENT_TUNING } from '../tuning.js';
import type { BoundaryRule, Candidate, RuleContext } from './types.js';

/**
 * Rule 7: a period after a known abbreviation. Titles ("Dr.") and general ones ("z. B.",
 * "bzw.") never end a sentence; "Art.", "Abs.", "No." are abbreviations only before a number;
 * "usw.", "etc.", "Inc." end one when a typical sentence opener follows ("… usw. Die …").
 * An unlisted lowercase word of up to three letters before a number is taken as an
 * abbreviation too ("ok. 31 proc.", languages without a pack).
 * Spaced forms are matched by joining the tokens before: "z. B." and "z.B." are one entry.
 */
export const abbreviations: BoundaryRule = (c, ctx) => {
  if (c.closers !== '') return undefined;
  const kind = abbreviationKind(c, ctx);
  if (kind === undefined) {
    // An unlisted short lowercase word before a number is an abbreviation too ("ok. 31", "approx. 5").
    return isDigit(c.nextFirst) && isShortLowercase(c.prevWord) ? 'keep' : undefined;
  }
  switch (kind) {
    case 'title':
    case 'general':
      return 'keep';
    case 'beforeNumber':
      return isDigit(c.nextFirst) ? 'keep' : undefined;
    case 'final':
      return opensSentence(c, ctx) ? 'split' : 'keep';
  }
};

function isShortLowercase(w: string): boolean {
  if (w.length === 0 || w.length > SEGMENT_TUNING.unlistedAbbreviationChars) return false;
  for (const ch of w) if (!isLower(ch)) return false;
  return true;
}

/** Is the next word one that starts sentences? Without a starter list: any capital. */
export function opensSentence(c: Candidate, ctx: RuleContext): boolean {
  const data = ctx.data;
  if (data.starters.size === 0) return isUpper(c.nextFirst);
  if (data.starters.has(c.nextWord)) return true;
  // A title opens a new sentence after an abbreviation that may end one: "… at 6 P.M. Mr. Smith …".
  if (ctx.text.charCodeAt(c.nextWordEnd) === 46 && data.abbreviations.get(`${c.nextWord}.`) === 'title') return true;
  // Contractions: "I'd", "It's", "L'homme" open like "I", "It", "L'".
  const apo = c.nextWord.search(/['’]/);
  return apo > 0 && (data.starters.has(c.nextWord.slice(0, apo)) || data.starters.has(c.nextWord.slice(0, apo + 1)));
}

export function abbreviationKind(c: Candidate, ctx: RuleContext): AbbreviationKind | undefined {
  const { maxAbbreviationTokens, maxAbbreviationChars } = ctx.data;
  // Joining earlier tokens and lowercasing the first letter only make a key longer.
  if (c.prevWord === '' || c.prevWord.length + 1 > maxAbbreviationChars) return undefined;
  // Keys are looked up without their final period: the word itself is the first one.
  let stem = c.prevWord;
  let found = stemKind(ctx.data, stem);
  // Join earlier short tokens that end in a period: "z." + "B." → "z.B.".
  const text = ctx.text;
  let start = c.prevWordStart;
  for (let n = 1; n < maxAbbreviationTokens; n++) {
    let e = start;
    while (e > ctx.sentenceStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e === start || text.charCodeAt(e - 1) !== PERIOD) break;
    let s = e - 1;
    while (s > ctx.sentenceStart && e - s <= SEGMENT_TUNING.maxAbbreviationPartChars && !isSpaceCode(text.charCodeAt(s - 1))) s--;
    if (e - s > SEGMENT_TUNING.maxAbbreviationPartChars) break;
    stem = text.slice(s, e) + stem;
    found = stemKind(ctx.data, stem) ?? found;
    start = s;
  }
  return found;
}

const PERIOD = 46;

/** `lookupAbbreviation` of `stem + "."`: one map read, but for a word opening with a capital the stem map does not hold. */
export function stemKind(data: CompiledLangData, stem: string): AbbreviationKind | undefined {
  const hit = data.abbreviationStems.get(stem);
  if (hit !== undefined) return hit;
  return stem.charCodeAt(0) >= STEM_CAPITALS_BELOW ? lookupAbbreviation(data.abbreviations, `${stem}.`) : undefined;
}
