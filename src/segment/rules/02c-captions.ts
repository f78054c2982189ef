import { isCloserCode, isDigitCode, isLowerCode, isSpaceCode, isTerminalCode, isUpperCode, isWordCode } from '../chars.js';
import type { CompiledLangData } from '../data/index.js';
import { SEGMENT_TUNING } from '../tuning.js';

/**
 * Rule 2c: a photo caption glued to the sentence after it. Crawled pages (Daily Mail captions in
 * CNN/DM) print a caption as "Label: caption text" without a final mark, and the next sentence
 * or the next caption follows it at once: "Accused: Dr Ram Manohar, 38, has denied four counts of
 * sexual assault A senior doctor facing …". Only a sentence that opens with such a label
 * (`captionLabelEnd`) is searched, and only for three signs that the caption ended:
 * - the next label, a capitalised word and up to three lowercase words before ": Capital"
 *   ("… last Saturday Skilful: The kite …", "… in Westfield Miranda Cue the crowds: The …");
 * - one of the language's `captionOpeners` ("A", "However", "After") before a lowercase word
 *   ("… of his winnings A man who …"), after a lowercase word, a number or a closing bracket
 *   (the strong ones, `captionStrongOpeners`, after a capitalised word too: "… Brigade In an
 *   interview …"); "A" not after a word of `captionLetterNouns` ("plan A would");
 * - the caption's subject named again before one of `captionVerbs` ("… at a farm Ben isn't …",
 *   see `namedAgain`).
 * A caption without a label is left alone: nothing tells it from a sentence ("told The Times").
 * Only languages that list `captionWords` get the rule (English): where nouns are capitalised
 * (German) a label inside a sentence ("… sagte Kanzler Scholz: Wir …") looks like a caption's.
 */

/**
 * Where the caption label at `start` ends (just after its colon), or -1 when the text there opens
 * with none. A caption's text may start lowercase ("Big Ben: the 20lb lamb …") where the label
 * opens the sentence; inside a caption (`strict`) the next label needs a capital after it.
 */
export function captionLabelEnd(text: string, start: number, end: number, data: CompiledLangData, strict = false): number {
  if (data.captionWords === null || start >= end || !isUpperCode(text.charCodeAt(start))) return -1;
  // First the colon, by codes alone (most sentences have none near their start); then its words.
  const limit = Math.min(end, start + SEGMENT_TUNING.maxCaptionLabelChars + 1);
  let words = 1;
  let colon = -1;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) {
      colon = i;
      break;
    }
    if (isSpaceCode(c)) {
      if (++words > SEGMENT_TUNING.maxCaptionLabelWords) return -1;
      while (i + 1 < limit && isSpaceCode(text.charCodeAt(i + 1))) i++;
    } else if (isTerminalCode(c) || c === 44 /* , */ || c === 34 /* " */ || c === 40 /* ( */) {
      return -1;
    }
  }
  if (colon < 0 || !opensCaptionText(text, colon + 1, end, strict)) return -1;
  let wordStart = start;
  for (let i = start; i <= colon; i++) {
    if (i < colon && !isSpaceCode(text.charCodeAt(i))) continue;
    if (notLabelWord(text, wordStart, i, data)) return -1;
    while (i + 1 < colon && isSpaceCode(text.charCodeAt(i + 1))) i++;
    wordStart = i + 1;
  }
  return colon + 1;
}

/** Whether the word [from, to) is a speech verb or a pronoun: "He said:" opens a quotation, not a caption. */
function notLabelWord(text: string, from: number, to: number, data: CompiledLangData): boolean {
  return to > from && data.captionWords!.has(text.slice(from, to).toLowerCase());
}

/** After the colon: white space, then a capital, a digit or an opening quote and a capital (or, not `strict`, a lowercase letter). */
function opensCaptionText(text: string, at: number, end: number, strict: boolean): boolean {
  let i = at;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === at || i >= end) return false;
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39 || c === 0x2018 || c === 0x201c) return i + 1 < end && isUpperCode(text.charCodeAt(i + 1));
  return isUpperCode(c) || isDigitCode(c) || (!strict && isLowerCode(c));
}

/**
 * Where the caption that opens at `start` (its label ending at `labelEnd`) ends, before `end`:
 * the start of the next label or of the sentence glued after it; -1 when none is found.
 */
export function captionEnd(text: string, start: number, labelEnd: number, end: number, data: CompiledLangData): number {
  // The searches run on the sentence alone, as a string of its own: a miss must not scan the rest
  // of the article, and a regex over a prefix cut from the article copies that whole prefix.
  const at = captionEndIn(text.slice(start, end), labelEnd - start, data);
  return at < 0 ? -1 : start + at;
}

/** `captionEnd` on one sentence's own text (`text` is the sentence, the label ends at `labelEnd`). */
function captionEndIn(text: string, labelEnd: number, data: CompiledLangData): number {
  const end = text.length;
  const enough = (at: number): boolean => wordsBetween(text, labelEnd, at) >= SEGMENT_TUNING.minCaptionWords;
  let best = end;
  // Another label needs another colon: most captions have only their own, and the search is the slow one.
  if (text.indexOf(':', labelEnd) >= 0) {
    best = firstSign(data.captionNextLabel!, text, labelEnd, best, (m) => {
      const at = m.index + 1;
      const colon = at + m[1]!.length;
      return colon < end && enough(at) && captionLabelEnd(text, at, end, data, true) === colon + 1 ? at : -1;
    });
  }
  if (data.captionOpener !== null) {
    best = firstSign(data.captionOpener, text, labelEnd, best, (m) => (enough(m.index + 1) && endsCaptionBefore(text, m.index, m[1]!, data) ? m.index + 1 : -1));
  }
  if (data.captionSubject !== null) {
    // The verb first (a plain word search), then the capitalised word before it: searching for
    // the name first tried the Unicode class at every space.
    best = firstSign(data.captionSubject, text, labelEnd, best, (m) => {
      const space = m.index; // the space between the name and the verb
      let w = space;
      while (w > labelEnd && isNameCode(text.charCodeAt(w - 1))) w--;
      const before = w > 0 ? text.charCodeAt(w - 1) : -1;
      if (w === space || (before !== 32 && before !== 0xa0) || !isUpperCode(text.charCodeAt(w))) return -1;
      return enough(w) && namedAgain(text, 0, w - 1, text.slice(w, space), data) ? w : -1;
    });
  }
  return best < end ? best : -1;
}

/**
 * Where the first match of `re` (global) from `from` says the caption ends (`signAt`: that
 * position, or -1 where the match is no sign), if before `best`; otherwise `best`.
 */
function firstSign(re: RegExp, text: string, from: number, best: number, signAt: (m: RegExpExecArray) => number): number {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < best; m = re.exec(text)) {
    const at = signAt(m);
    if (at >= 0 && at < best) return at;
    re.lastIndex = m.index + 1;
  }
  return best;
}

/**
 * The third sign: the caption's own subject named again before a verb ("Big Ben: the lamb …
 * at a farm Ben isn't the biggest …", "Known as Ham, this robot … facial expressions Ham is
 * currently …"): the name `name` stands in the caption before `space`, and the word before it
 * starts lowercase (or is a number or ends in a bracket) and is not a word that leads into a
 * clause or a name ("after Roe was released", "said Big Ben was").
 */
function namedAgain(text: string, start: number, space: number, name: string, data: CompiledLangData): boolean {
  let w = space;
  while (w > 0 && !isSpaceCode(text.charCodeAt(w - 1))) w--;
  const first = text.charCodeAt(w);
  if (!isLowerCode(first) && !isDigitCode(first) && !isCloserCode(text.charCodeAt(space - 1))) return false;
  if (data.captionLinkWords.has(text.slice(w, space).toLowerCase())) return false;
  for (let i = text.indexOf(name, start); i >= 0 && i < w; i = text.indexOf(name, i + 1)) {
    // The name as a whole word, or with a possessive "'s" ("Bader's story").
    let after = i + name.length;
    if ((text.charCodeAt(after) === 39 || text.charCodeAt(after) === 0x2019) && text.charCodeAt(after + 1) === 115) after += 2;
    if ((i === start || !isWordCode(text.charCodeAt(i - 1))) && !isWordCode(text.charCodeAt(after))) return true;
  }
  return false;
}

/**
 * Whether the word before the space at `space` lets the opener `word` start a sentence there: a
 * lowercase word, a number or a closing bracket or quote; a capitalised word only before a strong
 * opener ("… Brigade In an interview"), as "… Cottonwood Police veteran …" is one name.
 */
function endsCaptionBefore(text: string, space: number, word: string, data: CompiledLangData): boolean {
  let w = space;
  while (w > 0 && !isSpaceCode(text.charCodeAt(w - 1))) w--;
  const first = text.charCodeAt(w);
  if (word === 'A') return isLowerCode(first) && !data.captionLetterNouns.has(text.slice(w, space).toLowerCase());
  if (isLowerCode(first) || isDigitCode(first) || isCloserCode(text.charCodeAt(space - 1))) return true;
  return isUpperCode(first) && data.captionStrongOpeners.has(word);
}

/** How many words stand in [from, to). */
function wordsBetween(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The pattern of the next label inside a caption: a space, a capitalised word, up to three lowercase words and ": ". */
export const NEXT_LABEL = /[ \u00a0](\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Ll}[\p{L}'’-]*){0,3}):[ \u00a0]/gu;

/**
 * Rule 2c's verb pattern from a pack's `captionVerbs` (null: none): a space and the verb. The
 * capitalised word before it, the caption's subject named again, is read by `captionEnd`.
 */
export function captionSubjectPattern(verbs: readonly string[]): RegExp | null {
  if (verbs.length === 0) return null;
  const words = verbs.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`[ \\u00a0](?:${words})(?![\\p{L}'’])`, 'gu');
}

/** A character of a name as the subject pattern read it: a letter, an apostrophe or a hyphen. */
function isNameCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || NAME_LETTER.test(String.fromCharCode(c));
}
const NAME_LETTER = /\p{L}/u;

/** Rule 2c's opener pattern from a pack's `captionOpeners` (null: none): a space, the opener, and a lowercase word or ", ". */
export function captionOpenerPattern(openers: readonly string[]): RegExp | null {
  if (openers.length === 0) return null;
  const words = openers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`[ \\u00a0](${words})(?=[ \\u00a0]\\p{Ll}|,[ \\u00a0])`, 'gu');
}
