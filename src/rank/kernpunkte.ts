import { FEATURE_NAMES, sentenceFeatures } from './features.js';
import { WEIGHTS } from './kernpunkte-weights.js';
import type { Ranker } from './ranker.js';

/** Probability that a sentence belongs in the box, from the fitted logistic model. */
export function scoreFeatures(rows: number[][], weights: Readonly<Record<string, number>> = WEIGHTS): number[] {
  const w = FEATURE_NAMES.map((name) => weights[name] ?? 0);
  return rows.map((row) => {
    let z = 0;
    for (let k = 0; k < w.length; k++) z += w[k]! * row[k]!;
    return 1 / (1 + Math.exp(-z));
  });
}

/** The default: news position, centrality, title overlap and name/number density, with MMR. */
export const kernpunkte: Ranker = {
  name: 'kernpunkte',
  description: 'Default: a fitted model over position, centrality, title overlap and name/number density, with redundancy removal (MMR).',
  redundancy: 0.3,
  score: (doc) => scoreFeatures(sentenceFeatures(doc)),
};
