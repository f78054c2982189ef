import { FEATURE_NAMES, sentenceFeatures } from './features.js';
import { MODEL } from './kernpunkte-weights.js';
import type { Ranker } from './ranker.js';

/** A sentence's score: the weighted sum of its features. */
export function scoreFeatures(rows: number[][], weights: Readonly<Record<string, number>> = MODEL.weights): number[] {
  const w = FEATURE_NAMES.map((name) => weights[name] ?? 0);
  return rows.map((row) => {
    let z = 0;
    for (let k = 0; k < w.length; k++) z += w[k]! * row[k]!;
    return z;
  });
}

/** The default: news position, title overlap and figures, with redundancy removal (MMR). */
export const kernpunkte: Ranker = {
  name: 'kernpunkte',
  description: 'Default: a linear scorer over position, similarity to the title, topic density and opening quotes, fitted on news data, with redundancy removal (MMR).',
  redundancy: MODEL.redundancy,
  score: (doc) => scoreFeatures(sentenceFeatures(doc)),
};

