/**
 * Step 6: give each kept block its kind. A headline is short, starts like one and does not end like a
 * sentence (a question mark is fine: "Wie sicher ist das Stromnetz?"). The first such block is the
 * title when no title was given; one directly below it is the subtitle; later ones are crossheads.
 * A one-sentence paragraph ends with a full stop and so stays a paragraph.
 */
import type { Block } from '../types.js';
import type { RawBlock } from './04-blocks.js';
import { TUNING } from './tuning.js';
import { comparedUnits, endsHard, normalizeForCompare, startsLikeHeadline, wordCount } from './util.js';

// A full stop or exclamation mark inside, followed by a capital, means two sentences: a caption with its
// credit or a lead, not a headline. "1. Mai" and "U.S. Army" are no sentence ends (digit or single letter before).
const INNER_SENTENCE_END = /(?<![\p{N}]|(?<![\p{L}])\p{L})[.!…]["“”»«'’)]*\s+["„“»«]?\p{Lu}/u;

function headlineLike(t: string, maxChars: number, maxWords: number): boolean {
  if (t.length > maxChars || endsHard(t) || !startsLikeHeadline(t) || !/\p{L}/u.test(t)) return false;
  if (t.endsWith('?') && t.length > TUNING.maxQuestionHeadingChars) return false;
  return (maxWords === Infinity || wordCount(t) <= maxWords) && !INNER_SENTENCE_END.test(t);
}

export interface KindResult {
  blocks: Block[];
  title: string | null;
}

export function assignKinds(raw: readonly RawBlock[], givenTitle: string | null): KindResult {
  // The fields named, not spread: a spread copies through a slow generic path.
  const blocks: Block[] = raw.map((b) => ({ kind: 'paragraph', start: b.start, end: b.end, text: b.text }));
  let titleAt = -1;
  let title: string | null = givenTitle;
  if (givenTitle !== null) {
    const want = normalizeForCompare(givenTitle);
    const units = comparedUnits(want, Infinity);
    const n = Math.min(blocks.length, TUNING.titleSearchLines);
    for (let i = 0; i < n; i++) {
      const t = blocks[i]!.text;
      if (comparedUnits(t, units) === units && normalizeForCompare(t) === want) {
        titleAt = i;
        break;
      }
    }
  } else if (blocks.length >= 2 && headlineLike(blocks[0]!.text, TUNING.maxTitleChars, Infinity)) {
    titleAt = 0;
    title = blocks[0]!.text.replace(/\s+/g, ' ');
  }
  if (titleAt >= 0) blocks[titleAt]!.kind = 'title';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'title') continue;
    const isLast = i === blocks.length - 1;
    if (i === titleAt + 1 && titleAt >= 0 && !isLast && headlineLike(b.text, TUNING.maxSubtitleChars, Infinity)) {
      b.kind = 'subtitle';
    } else if (headlineLike(b.text, TUNING.maxHeadingChars, TUNING.maxHeadingWords)) {
      b.kind = 'heading';
    }
  }
  return { blocks, title };
}
