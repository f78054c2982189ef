/**
 * ROUGE-N, ROUGE-L and ROUGE-Lsum on token lists, computed exactly as Google's rouge-score does
 * (clipped n-gram counts; LCS; summary-level union LCS with the same backtracking tie-break),
 * so that, fed with `compatTokens`, the numbers match rouge-score to the last printed decimal.
 * Scores are fractions 0–1 here; the summaries report turns them into percentages.
 */

export interface Prf {
  p: number;
  r: number;
  f: number;
}

const ZERO: Prf = Object.freeze({ p: 0, r: 0, f: 0 });

/** Harmonic mean of precision and recall; 0 when both are 0 (rouge-score's `fmeasure`). */
export function fmeasure(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  // \u0001 cannot occur inside a token of either tokenizer, so joined keys are unambiguous.
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * ROUGE-N with clipped counts: an n-gram the candidate repeats only scores as often as the reference has it.
 * @example rougeN(['the', 'cat'], ['the', 'cat'], 1) // { p: 1, r: 1, f: 1 }
 */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Prf {
  const ref = ngramCounts(reference, n);
  const can = ngramCounts(candidate, n);
  let hits = 0;
  for (const [key, c] of can) hits += Math.min(c, ref.get(key) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const canTotal = Math.max(candidate.length - n + 1, 0);
  const p = hits / Math.max(canTotal, 1);
  const r = hits / Math.max(refTotal, 1);
  return { p, r, f: fmeasure(p, r) };
}

/** The (len(a)+1) × (len(b)+1) LCS length table, rows flattened. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const cols = b.length + 1;
  const t = new Uint32Array((a.length + 1) * cols);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? (t[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(t[(i - 1) * cols + j] ?? 0, t[i * cols + j - 1] ?? 0);
    }
  }
  return t;
}

/** Longest common subsequence length. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  return lcsTable(a, b)[(a.length + 1) * (b.length + 1) - 1] ?? 0;
}

/**
 * Indices into `ref` of one LCS with `can`. The tie-break (prefer moving in `can` only when that
 * keeps a strictly longer LCS) is rouge-score's; the union in ROUGE-Lsum depends on it.
 */
export function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const t = lcsTable(ref, can);
  const cols = can.length + 1;
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((t[i * cols + j - 1] ?? 0) > (t[(i - 1) * cols + j] ?? 0)) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

/** Sentence-level ROUGE-L: LCS over the whole token sequences. */
export function rougeL(reference: readonly string[], candidate: readonly string[]): Prf {
  if (reference.length === 0 || candidate.length === 0) return { ...ZERO };
  const lcs = lcsLength(reference, candidate);
  const p = lcs / candidate.length;
  const r = lcs / reference.length;
  return { p, r, f: fmeasure(p, r) };
}

/**
 * Summary-level ROUGE-L ("rougeLsum"): for each reference sentence, the union of its LCS hits with
 * every candidate sentence; each token counts at most as often as it occurs on both sides.
 * Sentence order therefore does not matter, unlike plain ROUGE-L.
 */
export function rougeLsum(reference: readonly (readonly string[])[], candidate: readonly (readonly string[])[]): Prf {
  const m = reference.reduce((s, x) => s + x.length, 0);
  const n = candidate.reduce((s, x) => s + x.length, 0);
  if (reference.length === 0 || candidate.length === 0 || m === 0 || n === 0) return { ...ZERO };
  const refLeft = new Map<string, number>();
  const canLeft = new Map<string, number>();
  for (const s of reference) for (const t of s) refLeft.set(t, (refLeft.get(t) ?? 0) + 1);
  for (const s of candidate) for (const t of s) canLeft.set(t, (canLeft.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i] ?? '';
      const cl = canLeft.get(tok) ?? 0;
      const rl = refLeft.get(tok) ?? 0;
      if (cl > 0 && rl > 0) {
        hits++;
        canLeft.set(tok, cl - 1);
        refLeft.set(tok, rl - 1);
      }
    }
  }
  const p = hits / n;
  const r = hits / m;
  return { p, r, f: fmeasure(p, r) };
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
  rougeLsum: Prf;
}

/**
 * All four scores for one pair, given already-tokenized sentences. ROUGE-1/2/L see each side as
 * one token sequence (sentences concatenated); ROUGE-Lsum keeps the sentences apart.
 */
export function rougeAll(reference: readonly (readonly string[])[], candidate: readonly (readonly string[])[]): RougeScores {
  const ref = reference.flat();
  const can = candidate.flat();
  return {
    rouge1: rougeN(ref, can, 1),
    rouge2: rougeN(ref, can, 2),
    rougeL: rougeL(ref, can),
    rougeLsum: rougeLsum(reference, candidate),
  };
}
