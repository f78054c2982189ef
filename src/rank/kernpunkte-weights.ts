import type { FeatureName } from './features.js';

/**
 * The default scorer's model: feature weights and the MMR trade-off. Chosen by `npm run fit`
 * (scripts/fit-scorer.ts): a grid search on the development sets (German fundus teasers and
 * CNN/DM highlights, equal weight per language) for the highest mean ROUGE-1 + ROUGE-2 F1 at
 * 3 bullets; its 5-fold cross-validated numbers are in the README. Features not listed weigh 0.
 */
export const MODEL: Readonly<{ weights: Readonly<Partial<Record<FeatureName, number>>>; redundancy: number }> = Object.freeze({
  weights: Object.freeze({
    position: 10,
    title: 20,
    quote: -1,
    topicDensity: 2,
  }),
  redundancy: 0.2,
});
