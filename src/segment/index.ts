/**
 * Stage: text → sentences. `splitSentences` cuts text into sentences with offsets; each rule
 * is its own numbered file under `rules/`, each language is data under `data/`.
 *
 * @example
 * splitSentences('Am 3. Oktober kam Dr. Müller. Er blieb z. B. bis 14.30 Uhr.', { lang: 'de' })
 * // → [ { text: 'Am 3. Oktober kam Dr. Müller.', start: 0, end: 29 },
 * //     { text: 'Er blieb z. B. bis 14.30 Uhr.', start: 30, end: 59 } ]
 */
import { KernpunkteError } from '../errors.js';
import type { SentenceSpan } from '../types.js';
import { langData } from './data/index.js';
import { decide, lineChunks, lostMarkChunks, nextCandidate, paragraphs } from './rules/index.js';
import { isCloserCode, isSpaceCode, isTerminalCode } from './chars.js';
import { captionEnd, captionLabelEnd } from './rules/02c-captions.js';
import type { RuleContext, Span } from './rules/index.js';
import type { MarkCursor } from './rules/03-candidates.js';
import { SEGMENT_TUNING } from './tuning.js';
import type { CompiledLangData } from './data/index.js';

export interface SplitOptions {
  /** ISO 639-1 code; "und", unknown codes and none use the language-agnostic rules. */
  lang?: string;
}

export { SEGMENT_TUNING } from './tuning.js';
export { SEGMENT_DATA, langData } from './data/index.js';
export type { SegmentLangData } from './data/index.js';

/**
 * Splits `text` into sentences, in order. Each has `text.slice(start, end) === text`, is
 * trimmed and non-empty; together they cover every non-space character exactly once.
 * Never throws on a string (anything else is INVALID_INPUT); linear in the length of the text.
 */
export function splitSentences(text: string, options: SplitOptions = {}): SentenceSpan[] {
  if (typeof text !== 'string') {
    throw new KernpunkteError('INVALID_INPUT', `splitSentences needs a string, got ${text === null ? 'null' : typeof text}.`);
  }
  const out: SentenceSpan[] = [];
  if (text.length === 0) return out;
  const data = langData(typeof options?.lang === 'string' ? options.lang : undefined);
  const cursor = { at: -1 };
  const lost = { at: -1, end: -1 };
  const colon = { at: -1 };
  for (const para of paragraphs(text)) {
    for (const line of lineChunks(text, para)) {
      for (const chunk of lostMarkChunks(text, line, data, lost)) splitChunk(text, chunk, data, cursor, colon, out);
    }
  }
  return out;
}

/** Rules 3–9 on one chunk: its sentences, appended to `out`. */
function splitChunk(text: string, chunk: Span, data: CompiledLangData, cursor: MarkCursor, colon: MarkCursor, out: SentenceSpan[]): void {
  const ctx: RuleContext = { text, data, sentenceStart: chunk.start, chunkStart: chunk.start, chunkEnd: chunk.end };
  let from = chunk.start;
  for (;;) {
    const c = nextCandidate(text, from, chunk.end, cursor);
    if (c === null) break;
    if (c.end < chunk.end && decide(c, ctx) === 'split') {
      push(text, ctx.sentenceStart, c.end, data, colon, out);
      ctx.sentenceStart = c.next;
    }
    from = c.end;
  }
  push(text, ctx.sentenceStart, chunk.end, data, colon, out);
}

/**
 * The span trimmed (`isSpaceCode` is what `String#trim` removes), cut out once; a labelled caption
 * at its start is cut off as a sentence of its own, as often as one follows another (rule 2c).
 */
function push(text: string, start: number, end: number, data: CompiledLangData, colon: MarkCursor, out: SentenceSpan[]): void {
  for (;;) {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === start) return;
    const label = labelColonNear(text, start, end, data, colon) ? captionLabelEnd(text, start, end, data) : -1;
    const cut = label < 0 ? -1 : captionEnd(text, start, label, end, data);
    if (cut < 0) {
      out.push({ text: text.slice(start, end), start, end });
      return;
    }
    let capEnd = cut;
    while (capEnd > start && isSpaceCode(text.charCodeAt(capEnd - 1))) capEnd--;
    out.push({ text: text.slice(start, capEnd), start, end: capEnd });
    start = cut;
  }
}

/**
 * Whether a colon stands close enough to `start` to end a caption label there. `colon` holds the
 * first colon at or after the last start asked (sentences are asked in order), so the text is
 * searched once, not once per sentence; most sentences have none.
 */
function labelColonNear(text: string, start: number, end: number, data: CompiledLangData, colon: MarkCursor): boolean {
  if (data.captionWords === null) return false;
  if (colon.at < start) {
    const i = text.indexOf(':', start);
    colon.at = i < 0 ? text.length : i;
  }
  return colon.at < Math.min(end, start + SEGMENT_TUNING.maxCaptionLabelChars + 1);
}

/**
 * Whether `text` (one sentence) is a photo caption as rule 2c reads one: a label such as
 * "Accused:" (not "He said:") and no final mark ("Haul: The cherry picker on the prison roof"), a
 * label and a picture marker ("Struggle: Jane Roe, 38, is shown, left, …"), or a picture marker
 * and no final mark ("Neymar (left) poses with Rafael Nadal at the Barcelona Open"). Languages
 * without the rule's word lists have none. The coherence stage flags such sentences `caption`.
 */
export function isPhotoCaption(text: string, options: SplitOptions = {}): boolean {
  const data = langData(typeof options?.lang === 'string' ? options.lang : undefined);
  if (data.captionWords === null) return false;
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let last = end - 1;
  while (last > start && isCloserCode(text.charCodeAt(last))) last--;
  const open = !isTerminalCode(text.charCodeAt(last));
  // Most sentences end with a mark and open without a label: told without the marker search.
  if (!open && captionLabelEnd(text, start, end, data) < 0) return false;
  const marker = data.captionMarker !== null && data.captionMarker.test(text);
  return open ? marker || captionLabelEnd(text, start, end, data) >= 0 : marker;
}
