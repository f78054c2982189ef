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
  /**
   * Per candidate that does not stand alone, the candidate before it that makes it whole (see
   * `wholePartners`): picking it brings that one into the same bullet. Such a pair is one bullet
   * of the `count`, and both are returned.
   */
  wholeWith?: ReadonlyArray<number | undefined> | undefined;
}

/** Bullets that picks (with their partners, see `SelectOptions.wholeWith`) make: a partner picked beside its candidate shares its bullet. */
export function bulletCount(picked: readonly number[], wholeWith?: ReadonlyArray<number | undefined>): number {
  if (!wholeWith) return picked.length;
  const set = new Set(picked);
  let n = 0;
  for (const c of picked) {
    const p = wholeWith[c];
    if (p === undefined || !set.has(p)) n++;
  }
  return n;
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
  // A direct quotation is blocked at its own, lower threshold: sharing that much with an earlier
  // sentence, it restates it in the speaker's words.
  const restates = (i: number, j: number): boolean => candidateOverlap(doc, i, j) >= (quote[i] || quote[j] ? Math.min(maxOverlap, OVERLAP.quoteBlock) : maxOverlap);
  const wholeWith = options.wholeWith;
  // The sentences a pick brings into its bullet: itself, and the one that makes it whole unless already picked.
  const unitOf = (i: number): number[] => {
    const p = wholeWith?.[i];
    return p === undefined || picked.includes(p) ? [i] : [p, i];
  };
  let bullets = 0;
  while (bullets < count && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const unit = unitOf(i);
      if (blocking && unit.some((u) => picked.some((j) => restates(u, j)))) continue;
      let maxSim = 0;
      if (redundancy > 0) for (const j of picked) for (const u of unit) maxSim = Math.max(maxSim, similarity(doc, u, j));
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
    const unit = unitOf(best);
    // Joining a pick that is already a bullet adds no bullet.
    if (unit.length === 2 || wholeWith?.[best] === undefined) bullets++;
    for (const u of unit) {
      picked.push(u);
      left.delete(u);
    }
  }
  return picked;
}

export { OVERLAP };
