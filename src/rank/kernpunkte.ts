import { FEATURE_NAMES, featureScores } from './features.js';
import { MODEL } from './kernpunkte-weights.js';
import type { Ranker } from './ranker.js';
import type { RankDocument } from './document.js';

/** A sentence's score: the weighted sum of its features. */
export function scoreFeatures(rows: number[][], weights: Readonly<Record<string, number>> = MODEL.weights): number[] {
  const w = FEATURE_NAMES.map((name) => weights[name] ?? 0);
  return rows.map((row) => {
    let z = 0;
    for (let k = 0; k < w.length; k++) z += w[k]! * row[k]!;
    return z;
  });
}

/**
 * The model's weights without `anaphora`: the feature is the coherence stage's `pronoun` flag, so
 * it is 0 for every sentence that stands alone, and adding its weight × 0 leaves a sum as it was.
 */
const STANDING_ALONE_WEIGHTS = Object.freeze({ ...MODEL.weights, anaphora: 0 });

/**
 * The default: a linear scorer over position, title overlap, topic and story coverage; picks
 * by MMR, never two bullets that state the same fact, and only sentences that stand alone
 * while enough are left.
 */
export const kernpunkte: Ranker = {
  name: 'kernpunkte',
  description: 'Default: a linear scorer over position, title overlap, topic and story coverage, fitted on news data in four sets; bullets that stand alone and state different facts.',
  redundancy: MODEL.redundancy,
  ...(MODEL.standAlone ? { standAlone: { maxOverlap: MODEL.maxOverlap, madeWhole: MODEL.madeWhole } } : {}),
  ...(MODEL.trim ? { trim: true } : {}),
  // Only the features the model weighs are computed: the same scores as scoreFeatures(sentenceFeatures(doc)).
  score: (doc) => featureScores(doc, MODEL.weights),
  // Selection reads exact scores only of sentences that stand alone while enough are left, so the
  // pronoun check runs for the candidates it reaches, not for every one (see Ranker).
  ...(MODEL.standAlone && !MODEL.madeWhole ? { scoreStandingAlone: (doc: RankDocument) => featureScores(doc, STANDING_ALONE_WEIGHTS) } : {}),
};

