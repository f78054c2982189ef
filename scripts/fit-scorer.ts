/**
 * Fits the default scorer's weights (src/rank/kernpunkte-weights.ts) on the development sets and
 * reports k-fold cross-validated ROUGE against Lead-3, so the shipped numbers are not training fit.
 *   npm run fit            # prints CV table and the fitted weights table
 * Label: a sentence is positive when the greedy ROUGE oracle (3 sentences) picks it.
 * Model: L2-regularised logistic regression by full-batch gradient descent (features are few).
 */
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/clean/index.js';
import { greedyOracle } from '../src/eval/oracle.js';
import { rougeN } from '../src/eval/rouge.js';
import { tokenizerFor } from '../src/eval/score.js';
import { FEATURE_NAMES, buildDocument, sentenceFeatures } from '../src/rank/index.js';
import { cosine } from '../src/rank/document.js';
import { ineligibility } from '../src/shape/index.js';
import { articleSentences } from '../src/sentences/index.js';
import { LIMITS } from '../src/summarize/index.js';
import type { Article } from '../src/types.js';

const SETS = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl'];
const FOLDS = 5;
const L2 = Number(process.env.L2 ?? 0.01);
const BULLETS = 3;

interface Example {
  set: string;
  article: Article;
  summary: string[];
  rows: number[][];
  labels: number[];
  tok: (t: string) => string[];
}

function load(): Example[] {
  const out: Example[] = [];
  for (const set of SETS) {
    const lines = readFileSync(new URL(`../../shared/data/${set}`, import.meta.url), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const r = JSON.parse(line) as { lang: string; title: string | null; text: string; summary: string[] };
      const article = cleanText(r.text, { lang: r.lang, title: r.title });
      const sentences = articleSentences(article);
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      if (doc.candidates.length === 0) continue;
      const tok = tokenizerFor({ lang: r.lang });
      const oracle = new Set(greedyOracle(doc.candidates.map((i) => sentences[i]!.text), r.summary, { max: BULLETS, tokenize: tok }));
      out.push({ set, article, summary: r.summary, rows: sentenceFeatures(doc), labels: doc.candidates.map((_, i) => (oracle.has(i) ? 1 : 0)), tok });
    }
  }
  return out;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and symmetric positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= m[r]![k]! * x[k]!;
    x[r] = v / m[r]![r]!;
  }
  return x;
}

/** Newton's method (IRLS) on the weighted, L2-penalised log-likelihood; converges in a few steps. */
function fit(examples: Example[]): Record<string, number> {
  const k = FEATURE_NAMES.length;
  let w = new Array<number>(k).fill(0);
  const rows = examples.flatMap((e) => e.rows);
  const labels = examples.flatMap((e) => e.labels);
  // Each article weighs the same, whatever its length.
  const weights = examples.flatMap((e) => e.rows.map(() => 1 / e.rows.length));
  for (let it = 0; it < 25; it++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      let z = 0;
      for (let j = 0; j < k; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const c = weights[i]!;
      for (let j = 0; j < k; j++) {
        g[j]! += c * (p - labels[i]!) * x[j]!;
        for (let l = 0; l < k; l++) h[j]![l]! += c * p * (1 - p) * x[j]! * x[l]!;
      }
    }
    for (let j = 1; j < k; j++) {
      g[j]! += L2 * w[j]!;
      h[j]![j]! += L2;
    }
    h[0]![0]! += 1e-9;
    const step = solve(h, g);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, Math.round(w[j]! * 1000) / 1000]));
}

interface Cached {
  set: string;
  rows: number[][];
  strict: boolean[];
  loose: boolean[];
  sim: number[][];
  tokens: string[][];
  ref: string[];
}

function cache(e: Example): Cached {
  const sentences = articleSentences(e.article);
  const doc = buildDocument(e.article, sentences, { maxCandidates: LIMITS.maxCandidates });
  const pack = doc.lex.pack;
  const sents = doc.candidates.map((i) => sentences[i]!);
  return {
    set: e.set,
    rows: e.rows,
    strict: sents.map((s) => ineligibility(s, pack, {}, true) === null),
    loose: sents.map((s) => ineligibility(s, pack, {}, false) === null),
    sim: doc.vectors.map((a) => doc.vectors.map((b) => cosine(a, b))),
    tokens: sents.map((s) => e.tok(s.text)),
    ref: e.summary.flatMap(e.tok),
  };
}

type Params = { w: number[]; mmr: number };

function pick(c: Cached, p: Params): number[] {
  const scores = c.rows.map((x) => {
    let z = 0;
    for (let j = 0; j < x.length; j++) z += p.w[j]! * x[j]!;
    return 1 / (1 + Math.exp(-z));
  });
  const run = (ok: boolean[]): number[] => {
    const pool = scores.map((_, i) => i).filter((i) => ok[i]);
    if (pool.length === 0) return [];
    const lo = Math.min(...pool.map((i) => scores[i]!));
    const hi = Math.max(...pool.map((i) => scores[i]!));
    const picked: number[] = [];
    while (picked.length < BULLETS && picked.length < pool.length) {
      let best = -1;
      let bv = -Infinity;
      for (const i of pool) {
        if (picked.includes(i)) continue;
        let ms = 0;
        for (const j of picked) ms = Math.max(ms, c.sim[i]![j]!);
        const v = (1 - p.mmr) * (hi > lo ? (scores[i]! - lo) / (hi - lo) : 1) - p.mmr * ms;
        if (v > bv) {
          bv = v;
          best = i;
        }
      }
      picked.push(best);
    }
    return picked;
  };
  const strict = run(c.strict);
  return strict.length >= BULLETS ? strict : run(c.loose);
}

function rouge(cs: Cached[], p: Params): { r1: number; r2: number } {
  let r1 = 0;
  let r2 = 0;
  for (const c of cs) {
    const can = pick(c, p).sort((a, b) => a - b).flatMap((i) => c.tokens[i]!);
    r1 += rougeN(c.ref, can, 1).f;
    r2 += rougeN(c.ref, can, 2).f;
  }
  return { r1: (100 * r1) / Math.max(cs.length, 1), r2: (100 * r2) / Math.max(cs.length, 1) };
}

/** Mean over the sets of R1 + R2: each language counts the same, whatever its size. */
function objective(cs: Cached[], p: Params): number {
  let total = 0;
  for (const set of SETS) {
    const r = rouge(cs.filter((c) => c.set === set), p);
    total += r.r1 + r.r2;
  }
  return total / SETS.length;
}

/** Coordinate ascent on the ROUGE objective, from the logistic fit: the fit ranks, the ascent tunes for whole-summary F1. */
function tune(cs: Cached[], start: Params): Params {
  let best = { w: [...start.w], mmr: start.mmr };
  let bestScore = objective(cs, best);
  const steps = [-1, -0.5, -0.2, 0.2, 0.5, 1];
  for (let round = 0; round < ROUNDS; round++) {
    let improved = false;
    for (let j = 0; j <= best.w.length; j++) {
      for (const d of steps) {
        const cand = { w: [...best.w], mmr: best.mmr };
        if (j === best.w.length) cand.mmr = Math.min(0.9, Math.max(0, cand.mmr + d / 5));
        else cand.w[j]! += d;
        const sc = objective(cs, cand);
        if (sc > bestScore + 1e-9) {
          best = cand;
          bestScore = sc;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const examples = load();
const cached = examples.map(cache);
const leadParams: Params = { w: FEATURE_NAMES.map((n) => (n === 'position' ? 10 : 0)), mmr: 0 };
const train = (cs: Cached[], es: Example[]): Params => tune(cs, { w: FEATURE_NAMES.map((n) => fit(es)[n] ?? 0), mmr: Number(process.env.MMR ?? 0.2) });

// Cross-validation: folds interleave by index within each set; fit and tune on the other folds.
const foldOf = new Map<Cached, number>();
for (const set of SETS) cached.filter((c) => c.set === set).forEach((c, i) => foldOf.set(c, i % FOLDS));
const cvPicked = new Map<Cached, Params>();
for (let f = 0; f < FOLDS; f++) {
  const trainIdx = cached.map((c, i) => (foldOf.get(c) !== f ? i : -1)).filter((i) => i >= 0);
  const p = train(trainIdx.map((i) => cached[i]!), trainIdx.map((i) => examples[i]!));
  for (const c of cached) if (foldOf.get(c) === f) cvPicked.set(c, p);
}
for (const set of SETS) {
  const cs = cached.filter((c) => c.set === set);
  const base = rouge(cs, leadParams);
  let r1 = 0;
  let r2 = 0;
  for (const c of cs) {
    const r = rouge([c], cvPicked.get(c)!);
    r1 += r.r1;
    r2 += r.r2;
  }
  console.log(`${set}: n=${cs.length}  lead R1 ${base.r1.toFixed(2)} R2 ${base.r2.toFixed(2)}  |  ${FOLDS}-fold CV R1 ${(r1 / cs.length).toFixed(2)} R2 ${(r2 / cs.length).toFixed(2)}`);
}
const final = train(cached, examples);
console.log(`redundancy (MMR): ${final.mmr}`);
console.log(JSON.stringify(Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, Math.round(final.w[j]! * 1000) / 1000])), null, 2));
