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
   * A costlier test a candidate must pass besides `eligible` (whether it stands alone): run only
   * for the candidates that decide the 0–1 rescaling (the highest and lowest scores that pass)
   * and for those a round reaches that would be its best so far. The pool, the rescaling and the
   * picks are the same as with both tests run on every candidate.
   */
  deferred?: ((candidate: number) => boolean) | undefined;
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
 * Candidates are visited best score first, and a round stops at the first whose score alone
 * can't beat the best value found (similarity only lowers a value): overlaps and similarities are
 * computed for those visited only, and the deferred test for those that would be the best so far.
 */
export function selectCandidates(doc: RankDocument, scores: number[], count: number, redundancy: number, eligible: (candidate: number) => boolean, options: SelectOptions = {}): number[] {
  const pool = scores.map((_, i) => i).filter(eligible);
  if (pool.length === 0) return [];
  // Per candidate: 0 not yet tested, 1 passes the deferred test, -1 fails it. Plain arrays here
  // and below: a typed array costs an allocation outside the JS heap, more than a short
  // article's whole selection.
  const state = zeros(scores.length);
  const deferred = options.deferred;
  const passes = (i: number): boolean => {
    if (!deferred) return true;
    if (state[i] === 0) state[i] = deferred(i) ? 1 : -1;
    return state[i] === 1;
  };
  const isNaNAt = (i: number): boolean => Number.isNaN(scores[i]);
  // A score that is not a number makes the rescaling flat (as Math.min/max read it): then every
  // candidate is tested and visited in article order.
  let order = pool.some(isNaNAt) ? pool.filter(passes) : pool;
  const flat = order.some(isNaNAt);
  if (!flat) order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Scores are rescaled to 0–1 over the pool so the MMR trade-off means the same for every ranker:
  // its highest and lowest scores are those of the first and the last candidate that passes.
  let hi = NaN;
  let lo = NaN;
  let top = -1;
  for (let k = 0; k < order.length; k++) {
    if (!passes(order[k]!)) continue;
    top = k;
    if (!flat) hi = scores[order[k]!]!;
    break;
  }
  if (top < 0) return [];
  for (let k = order.length - 1; k >= top && !flat; k--) {
    if (!passes(order[k]!)) continue;
    lo = scores[order[k]!]!;
    break;
  }
  const scaled = (i: number): number => (hi > lo ? (scores[i]! - lo) / (hi - lo) : 1);
  const picked: number[] = [];
  const taken = zeros(scores.length);
  // Per candidate standing alone in its bullet: its largest similarity to the first `simCount` picks.
  const simMax = zeros(scores.length);
  const simCount = zeros(scores.length);
  const maxOverlap = options.maxOverlap ?? 1;
  let blocking = options.maxOverlap !== undefined;
  const quote = zeros(scores.length);
  const opensQuote = (i: number): boolean => {
    if (quote[i] === 0) quote[i] = OPENS_QUOTE.test(doc.sentences[doc.candidates[i]!]!.text) ? 1 : -1;
    return quote[i] === 1;
  };
  // A direct quotation is blocked at its own, lower threshold: sharing that much with an earlier
  // sentence, it restates it in the speaker's words.
  const restates = (i: number, j: number): boolean => candidateOverlap(doc, i, j) >= (opensQuote(i) || opensQuote(j) ? Math.min(maxOverlap, OVERLAP.quoteBlock) : maxOverlap);
  const wholeWith = options.wholeWith;
  // The sentences a pick brings into its bullet: itself, and the one that makes it whole unless already picked.
  const unitOf = (i: number): number[] => {
    const p = wholeWith?.[i];
    return p === undefined || picked.includes(p) ? [i] : [p, i];
  };
  let bullets = 0;
  while (bullets < count) {
    let best = -1;
    let bestValue = -Infinity;
    // Visited candidates the overlap block passed over before their deferred test: tested only if no candidate is taken this round.
    const blocked: number[] = [];
    for (const i of order) {
      if (taken[i]) continue;
      // The value with no similarity bounds every value from here on (the order is by score).
      if (best >= 0 && (1 - redundancy) * scaled(i) < bestValue) break;
      const unit = unitOf(i);
      if (blocking && unit.some((u) => picked.some((j) => restates(u, j)))) {
        blocked.push(i);
        continue;
      }
      let maxSim = 0;
      if (redundancy > 0 && unit.length === 1) {
        // A candidate's largest similarity to the picks grows with each pick: only the picks since its last round are compared.
        maxSim = simMax[i]!;
        for (let k = simCount[i]!; k < picked.length; k++) maxSim = Math.max(maxSim, similarity(doc, i, picked[k]!));
        simMax[i] = maxSim;
        simCount[i] = picked.length;
      } else if (redundancy > 0) for (const j of picked) for (const u of unit) maxSim = Math.max(maxSim, similarity(doc, u, j));
      const value = (1 - redundancy) * scaled(i) - redundancy * maxSim;
      // Ties go to the earlier sentence: deterministic, and earlier is the better news prior.
      // The deferred test (the costly one) only for a candidate that would be the best so far:
      // one that fails it could not have been.
      if ((value > bestValue || (value === bestValue && i < best)) && passes(i)) {
        bestValue = value;
        best = i;
      }
    }
    // Some candidate is left that passes the deferred test: the best, or one the block passed over.
    if (best < 0 && !blocked.some(passes)) break;
    if (best < 0) {
      // Everything left restates a pick: fill without the block rather than give fewer bullets.
      if (!blocking) break;
      blocking = false;
      continue;
    }
    const unit = unitOf(best);
    // Joining a pick that is already a bullet adds no bullet.
    if (unit.length === 2 || wholeWith?.[best] === undefined) bullets++;
    for (const u of unit) {
      picked.push(u);
      taken[u] = 1;
    }
  }
  return picked;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

export { OVERLAP };
