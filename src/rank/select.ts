import { similarity, type RankDocument } from './document.js';
import { OVERLAP, candidateOverlap } from './overlap.js';

const OPENS_QUOTE = /^["„“”»«‚‘‹›]/u;

export interface SelectOptions {
  /**
   * Never pick a candidate whose content overlap (see `OVERLAP`) with an already picked one is
   * at or above this: two bullets must not state the same fact. Off when undefined. If it
   * leaves too few candidates, the rest are filled without it.
   */
  maxOverlap?: number | undefined;
}

/**
 * Picks `count` candidates by score; with redundancy > 0 by Maximal Marginal Relevance
 * (Carbonell & Goldstein 1998): each pick trades its score against its similarity to what is
 * already picked, so the bullets say different things. Returns candidate positions, best first.
 */
export function selectCandidates(doc: RankDocument, scores: number[], count: number, redundancy: number, eligible: (candidate: number) => boolean, options: SelectOptions = {}): number[] {
  const pool = scores.map((_, i) => i).filter(eligible);
  if (pool.length === 0) return [];
  // Scores are rescaled to 0–1 so the MMR trade-off means the same for every ranker.
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of pool) {
    lo = Math.min(lo, scores[i]!);
    hi = Math.max(hi, scores[i]!);
  }
  const scaled = (i: number): number => (hi > lo ? (scores[i]! - lo) / (hi - lo) : 1);
  const picked: number[] = [];
  const left = new Set(pool);
  const maxOverlap = options.maxOverlap ?? 1;
  let blocking = options.maxOverlap !== undefined;
  const quote = blocking ? doc.candidates.map((i) => OPENS_QUOTE.test(doc.sentences[i]!.text)) : [];
  const restates = (i: number, j: number): boolean => candidateOverlap(doc, i, j) >= maxOverlap - (quote[i] || quote[j] ? OVERLAP.quoteDiscount : 0);
  while (picked.length < count && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      if (blocking && picked.some((j) => restates(i, j))) continue;
      let maxSim = 0;
      if (redundancy > 0) for (const j of picked) maxSim = Math.max(maxSim, similarity(doc, i, j));
      const value = (1 - redundancy) * scaled(i) - redundancy * maxSim;
      // Ties go to the earlier sentence: deterministic, and earlier is the better news prior.
      if (value > bestValue || (value === bestValue && i < best)) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) {
      // Everything left restates a pick: fill without the block rather than give fewer bullets.
      blocking = false;
      continue;
    }
    picked.push(best);
    left.delete(best);
  }
  return picked;
}

export { OVERLAP };
