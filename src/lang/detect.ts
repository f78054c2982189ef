import { createRequire } from 'node:module';
import { PACKED_LANGUAGES } from './packs/index.js';
import { fromIso6393, stopwordsFor } from './registry.js';
import { LETTER, charClass, codePointClass } from './chars.js';

/**
 * Language detection. franc (trigram profiles over 80 languages) is the authority, but it costs
 * about 1 ms per article, as much as the whole rest of the pipeline; so a stop-word vote over
 * the languages with a pack answers first when it is clear-cut, and franc decides the rest.
 * Text too short to tell is "und": a wrong guess would pick the wrong stop words and stemmer.
 */
export const DETECT = Object.freeze({
  /** Below this many characters the answer is "und". */
  minLength: 40,
  /** franc looks at this much text: the opening of an article tells its language. */
  sampleChars: 1500,
  /** The stop-word vote reads this many words. */
  voteWords: 150,
  /** It needs at least this many words… */
  voteMinWords: 30,
  /** …this share of them stop words of the winner… */
  voteMinShare: 0.25,
  /** …and this many times the runner-up's hits. */
  voteMargin: 2,
});

/** The packed languages in vote order (ties go to the earlier one), German first. */
const VOTERS: readonly string[] = PACKED_LANGUAGES;

/**
 * Each packed language's stop words (whole lists: they are alphabetical, not by frequency) in
 * one map: lowercased word → bit k set when it is a stop word of `VOTERS[k]`. One lookup per
 * word instead of one per language. Built on the first vote.
 */
let stopBits: Map<string, number> | undefined;
/** The longest stop word in UTF-16 units: a longer word is no stop word and is never lowercased. */
let longestStop = 0;

function stopwordBits(): Map<string, number> {
  if (stopBits) return stopBits;
  const bits = new Map<string, number>();
  VOTERS.forEach((code, k) => {
    for (const w of stopwordsFor(code)) {
      const low = w.toLowerCase();
      bits.set(low, (bits.get(low) ?? 0) | (1 << k));
      longestStop = Math.max(longestStop, low.length);
    }
  });
  return (stopBits = bits);
}

/**
 * The vote: the first `voteWords` words of the sample (maximal runs of letters, `\p{L}+` as
 * the `u` flag reads it, a surrogate pair as one character), each lowercased and counted as a
 * hit for every language that lists it. Scanned by character table: no regex match objects and
 * no string cut for a word too long to be a stop word.
 */
export function stopwordVote(sample: string): string | null {
  const bits = stopwordBits();
  const hits = new Array<number>(VOTERS.length).fill(0);
  const n = sample.length;
  let count = 0;
  let i = 0;
  while (i < n && count < DETECT.voteWords) {
    // Skip to the next letter.
    let step = letterAt(sample, i);
    if (step === 0) {
      i += stepAt(sample, i);
      continue;
    }
    const start = i;
    while (step !== 0) {
      i += step;
      step = i < n ? letterAt(sample, i) : 0;
    }
    count++;
    if (i - start > longestStop) continue;
    const b = bits.get(sample.slice(start, i).toLowerCase());
    if (b === undefined) continue;
    for (let k = 0; k < VOTERS.length; k++) if ((b & (1 << k)) !== 0) hits[k]!++;
  }
  if (count < DETECT.voteMinWords) return null;
  let best = '';
  let bestHits = 0;
  let second = 0;
  for (let k = 0; k < VOTERS.length; k++) {
    const h = hits[k]!;
    if (h > bestHits) {
      second = bestHits;
      bestHits = h;
      best = VOTERS[k]!;
    } else if (h > second) second = h;
  }
  return bestHits >= count * DETECT.voteMinShare && bestHits >= second * DETECT.voteMargin ? best : null;
}

/** UTF-16 units of the character at `i` when it is a letter (`\p{L}`), else 0. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return (charClass(c) & LETTER) !== 0 ? 1 : 0;
  const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return (codePointClass(text.codePointAt(i)!) & LETTER) !== 0 ? 2 : 0;
}

/** UTF-16 units of the character at `i`: 2 for a surrogate pair, else 1. */
function stepAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * franc-min builds its trigram tables for 80 languages when it loads, which costs a one-shot
 * run more than its whole summary; most texts are decided by the vote and never need it.
 * Loaded on first use (Node ≥ 20.19 requires an ES module synchronously).
 */
let francFn: ((text: string, options: { minLength: number }) => string) | undefined;

function franc(text: string, options: { minLength: number }): string {
  francFn ??= (createRequire(import.meta.url)('franc-min') as { franc: typeof franc }).franc;
  return francFn(text, options);
}

export function detectLanguage(text: string): string {
  const sample = text.length > DETECT.sampleChars ? text.slice(0, DETECT.sampleChars) : text;
  if (sample.trim().length < DETECT.minLength) return 'und';
  const voted = stopwordVote(sample);
  if (voted) return voted;
  const code = franc(sample, { minLength: DETECT.minLength });
  if (code === 'und') return 'und';
  return fromIso6393(code);
}
