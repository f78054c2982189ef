import { isCloserCode, isDigitCode, isLetterCode, isLowerCode, isOpenerCode, isSpaceCode, isUpperCode } from '../chars.js';
import type { CompiledLangData } from '../data/index.js';
import { pushTrimmed } from './01-paragraphs.js';
import type { Span } from './types.js';

/**
 * Rule 2b: sentences whose end mark was lost. Text copied from a page, or stored by a crawler,
 * often joins a photo caption or a paragraph to the next without a mark ("…banned from driving
 * The brother of ex-footballer Ryan Giggs has lost his job…", Daily Mail captions in CNN/DM).
 * Where a language's sentence opener that never stands capitalised inside a sentence ("The",
 * "He", "This": `lostMarkOpeners`) follows a lowercase word or a number, and a lowercase word
 * follows it, a sentence ends before it: "by county The New York Yankees" (a name) and "infra-red
 * A rays" ("A" is not listed) stay whole. Languages that capitalise nouns list none. Cuts the
 * chunk there; the period rules then split each piece.
 */
export function lostMarkChunks(text: string, chunk: Span, data: CompiledLangData): Span[] {
  const re = data.lostMarkOpener;
  if (re === null) return [chunk];
  re.lastIndex = chunk.start;
  let m = re.exec(text);
  if (m === null || m.index >= chunk.end) return [chunk];
  const out: Span[] = [];
  let start = chunk.start;
  while (m !== null && m.index + m[0].length < chunk.end) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
    m = re.exec(text);
  }
  pushTrimmed(text, start, chunk.end, out);
  return out;
}

/** The pattern rule 2b looks for, from a pack's openers (null: none listed). The match is the space before the opener. */
export function lostMarkPattern(openers: readonly string[]): RegExp | null {
  if (openers.length === 0) return null;
  const words = openers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<=[\\p{Ll}\\p{N}%])[ \\u00a0]+(?=(?:${words})[ \\u00a0]+\\p{Ll})`, 'gu');
}

const PERIOD = 46;

/**
 * For rule 3: a period glued to a capitalised word ("…the late MP.The BBC understands…",
 * "…to \"fight\".Jon Venables…") is a sentence end whose space was lost when paragraphs were
 * joined. Only when the word after is capitalised and goes on in lowercase, and what comes
 * before the period is a closing quotation mark or bracket, a lowercase word or an all-capital
 * one ("UK", "2GB"); never after a capitalised word ("Table.Briefings", a name), a single
 * letter ("B.Braun") or a token with a period of its own ("J.K.Rowling", "z.B.Die").
 * `at` is the period, `k` the character after it and its closers.
 */
export function lostSpace(text: string, at: number, marksEnd: number, k: number, chunkEnd: number): boolean {
  if (marksEnd !== at + 1 || text.charCodeAt(at) !== PERIOD || at === 0) return false;
  if (k + 1 >= chunkEnd || !isUpperCode(text.charCodeAt(k)) || !isLowerCode(text.charCodeAt(k + 1))) return false;
  const before = text.charCodeAt(at - 1);
  if (isCloserCode(before)) return true;
  if (!isLetterCode(before) && !isDigitCode(before)) return false;
  let ws = at;
  while (ws > 0 && !isSpaceCode(text.charCodeAt(ws - 1)) && text.charCodeAt(ws - 1) !== PERIOD) ws--;
  if (ws > 0 && text.charCodeAt(ws - 1) === PERIOD) return false;
  while (ws < at && isOpenerCode(text.charCodeAt(ws))) ws++;
  if (at - ws < 2) return false;
  if (isLowerCode(text.charCodeAt(ws))) return true;
  for (let i = ws; i < at; i++) {
    const c = text.charCodeAt(i);
    if (!isUpperCode(c) && !isDigitCode(c)) return false;
  }
  return true;
}
