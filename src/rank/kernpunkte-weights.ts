import type { FeatureName } from './features.js';

/**
 * The default scorer's model: feature weights, the MMR trade-off and the selection rules.
 * Chosen by `npm run fit` (scripts/fit-scorer.ts): a coordinate search on all four development
 * sets (German and 12-language fundus teasers, CNN/DM highlights, XSum), every set weighted the
 * same, for the largest gain over Lead-3 in ROUGE-1 + ROUGE-2 F1 at 3 bullets (mean over the
 * sets plus twice the smallest), bounded so that at most half as many summaries as Lead-3's
 * have a redundant pair or a bullet that does not stand alone. Its left-out numbers (set left
 * out, publisher left out) are in the README. Features not listed weigh 0.
 */
export const MODEL: Readonly<{
  weights: Readonly<Partial<Record<FeatureName, number>>>;
  redundancy: number;
  /** No two bullets at this content overlap or above (src/rank/overlap.ts). */
  maxOverlap: number;
  /** Pass over sentences that don't stand alone (src/coherence/) while enough others are left. */
  standAlone: boolean;
  /** …or take one together with the sentence before it that makes it whole, as one bullet. */
  madeWhole: boolean;
  /** Bullets trimmed of a last clause of detail (src/shape/trim.ts). */
  trim: boolean;
}> = Object.freeze({
  weights: Object.freeze({
    position: 10,
    title: 10,
    titleCoverage: 2,
    leadSimilarity: 2,
    centroid: 2,
    topicDensity: 2,
    quote: -1,
    anaphora: -1,
    newEntities: 1,
    paragraphStart: 1,
  }),
  redundancy: 0.5,
  maxOverlap: 0.5,
  standAlone: true,
  madeWhole: false,
  trim: true,
});