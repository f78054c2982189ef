import type { FeatureName } from './features.js';

/**
 * Weights of the default scorer: a logistic model over the sentence features, fitted by
 * `npm run fit` (scripts/fit-scorer.ts) on the development sets (German fundus teasers and
 * CNN/DM highlights), label = the sentence is in the greedy ROUGE oracle summary.
 * Cross-validated numbers are in the README. Until the first fit these are hand-set priors.
 */
export const WEIGHTS: Readonly<Record<FeatureName, number>> = Object.freeze({
  bias: -2,
  first: 1.5,
  position: 1.5,
  relativePosition: -1,
  paragraphStart: 0.3,
  paragraphPosition: 0.5,
  centroid: 2,
  centrality: 0.5,
  title: 2,
  length: 0.5,
  short: -1.5,
  long: -0.5,
  numbers: 1,
  names: 1,
  quote: -0.5,
  anaphora: -0.5,
  connective: -0.5,
  question: -1,
});
