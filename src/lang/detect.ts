import { franc } from 'franc-min';
import { PACKED_LANGUAGES } from './packs/index.js';
import { fromIso6393, stopwordsFor } from './registry.js';

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

/** The stop words of each packed language (whole lists: they are alphabetical, not by frequency). */
const VOTERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = PACKED_LANGUAGES.map(
  (code) => [code, new Set(stopwordsFor(code).map((w) => w.toLowerCase()))] as const,
);

const WORD = /\p{L}+/gu;

function stopwordVote(sample: string): string | null {
  const words: string[] = [];
  for (const m of sample.matchAll(WORD)) {
    words.push(m[0].toLowerCase());
    if (words.length >= DETECT.voteWords) break;
  }
  if (words.length < DETECT.voteMinWords) return null;
  let best = '';
  let bestHits = 0;
  let second = 0;
  for (const [code, set] of VOTERS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > second) second = hits;
  }
  return bestHits >= words.length * DETECT.voteMinShare && bestHits >= second * DETECT.voteMargin ? best : null;
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
