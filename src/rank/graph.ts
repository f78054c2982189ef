/**
 * PageRank by power iteration over a dense, symmetric weight matrix (row-normalised).
 * Documents are small (tens of sentences, capped by the candidate limit), so dense is fastest.
 */
export const PAGERANK = Object.freeze({ damping: 0.85, iterations: 50, tolerance: 1e-6 });

export function pagerank(weights: Float64Array[], damping = PAGERANK.damping): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < PAGERANK.iterations; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const rj = rank[j]!;
      const sj = outSum[j]!;
      // A sentence with no edges spreads its rank evenly (the usual dangling-node rule).
      if (sj === 0) {
        for (let i = 0; i < n; i++) next[i]! += (damping * rj) / n;
        continue;
      }
      const row = weights[j]!;
      for (let i = 0; i < n; i++) {
        const w = row[i]!;
        if (w !== 0) next[i]! += (damping * rj * w) / sj;
      }
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < PAGERANK.tolerance) break;
  }
  return Array.from(rank);
}
