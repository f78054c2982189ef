/**
 * The token scorer extraction uses to compare texts (teaser vs. description, DOM text vs.
 * JSON-LD articleBody), and that the evaluation harness (src/eval/extract.ts) scores with:
 * bag-of-tokens precision/recall/F1, as the article-extraction-benchmark (scrapinghub)
 * computes it. It lives here so library code does not depend on the evaluation module.
 */

/** Unicode word tokens, lowercased (the benchmark's `\w+` on lowercased text). */
export function extractTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
  /** Multiset overlap, predicted and gold token counts: what micro averages sum. */
  overlap: number;
  predicted: number;
  gold: number;
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function ratio(a: number, b: number, whenEmpty: number): number {
  return b === 0 ? whenEmpty : a / b;
}

export function f1Of(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Scores one text against another. Both empty counts as a perfect match (nothing to find,
 * nothing found); an empty prediction against a non-empty gold scores 0.
 */
export function scoreExtraction(predicted: string, gold: string): TokenScore {
  const p = counts(extractTokens(predicted));
  const g = counts(extractTokens(gold));
  let overlap = 0;
  let nPred = 0;
  let nGold = 0;
  for (const n of p.values()) nPred += n;
  for (const [t, n] of g) {
    nGold += n;
    overlap += Math.min(n, p.get(t) ?? 0);
  }
  const bothEmpty = nPred === 0 && nGold === 0 ? 1 : 0;
  const precision = ratio(overlap, nPred, bothEmpty);
  const recall = ratio(overlap, nGold, bothEmpty || (nPred === 0 ? 0 : 1));
  return { precision, recall, f1: f1Of(precision, recall), overlap, predicted: nPred, gold: nGold };
}

/** Share of `inner`'s tokens (multiset) that also occur in `outer`; 1 when `inner` has none. */
export function containment(inner: string, outer: string): number {
  const o = counts(extractTokens(outer));
  const it = extractTokens(inner);
  if (it.length === 0) return 1;
  let hit = 0;
  for (const t of it) {
    const n = o.get(t) ?? 0;
    if (n > 0) {
      hit++;
      o.set(t, n - 1);
    }
  }
  return hit / it.length;
}
