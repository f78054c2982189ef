/**
 * Evaluation of the faithfulness check on human factuality labels (FRANK: model summaries of
 * CNN/DM and BBC articles). Per dataset: balanced accuracy of flagging the inconsistent summaries,
 * at the threshold that is best on the file (reported), and held out: threshold and score weights
 * chosen on the other folds (grouped by article, k-fold) or on the other dataset. A summary is
 * flagged when its score is below the threshold; the baseline flags a summary when any of its
 * content tokens (numbers, words of 4+ letters) is missing from the article.
 */
import { z } from 'zod';
import { faithfulnessFeatures, faithfulnessScore, FAITHFULNESS_TUNING, type FaithfulnessFeatures } from '../faithfulness/index.js';

export const FactualityRecordSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2).default('en'),
  dataset: z.string().min(1),
  model: z.string().optional(),
  article: z.string().min(1),
  summary: z.string().min(1),
  consistent: z.boolean(),
});
export type FactualityRecord = z.infer<typeof FactualityRecordSchema>;

type Weights = { [K in keyof typeof FAITHFULNESS_TUNING.weights]: number };

export interface ScoredRecord {
  id: string;
  dataset: string;
  /** Fold of the held-out estimate (by article, so one article's summaries stay together). */
  fold: number;
  consistent: boolean;
  features: FaithfulnessFeatures;
  baseline: number;
}

export interface DatasetRow {
  dataset: string;
  records: number;
  consistent: number;
  /** Balanced accuracy (0..100) at the best threshold on this dataset, and that threshold. */
  ours: number;
  oursThreshold: number;
  baseline: number;
  baselineThreshold: number;
  /** Held out: threshold and weights chosen on the other folds. */
  oursCv: number;
  baselineCv: number;
  /** Held out: threshold and weights chosen on the other dataset(s) only. */
  oursOtherDataset: number | null;
  /** At one threshold for all datasets (the best on the file for their mean), and the check's own verdict (defaults). */
  oursShared: number;
  oursDefault: number;
}

export interface FaithfulnessEvalReport {
  rows: DatasetRow[];
  mean: { ours: number; baseline: number; oursCv: number; baselineCv: number; oursOtherDataset: number | null; oursShared: number; oursDefault: number };
  /** The one threshold for all datasets, and the shipped default. */
  sharedThreshold: number;
  defaultThreshold: number;
  /** The shipped weights and the weights the whole file would choose from the grid. */
  weights: Weights;
  bestWeights: Weights;
  folds: number;
  /** Share of records each issue kind was found on, per dataset. */
  issueRates: Record<string, Record<string, number>>;
}

export const FAITHFULNESS_EVAL_DEFAULTS = Object.freeze({ folds: 5 });

/** Thresholds within this much balanced accuracy (0..1) of the best count as equally good. */
const THRESHOLD_SLACK = 0.01;

/** The baseline: share of content tokens (numbers, words of 4+ letters) missing from the article. */
export function baselineMissingShare(summary: string, article: string): number {
  const src = article.toLowerCase();
  const tokens = summary.toLowerCase().match(/\p{L}{4,}|\p{N}+/gu) ?? [];
  if (tokens.length === 0) return 0;
  return tokens.filter((t) => !src.includes(t)).length / tokens.length;
}

/** A stable small hash (folds must not change between runs). */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function scoreRecords(records: readonly FactualityRecord[], folds: number, onProgress?: (done: number, total: number) => void): ScoredRecord[] {
  return records.map((r, i) => {
    const { features } = faithfulnessFeatures(r.summary, r.article, { lang: r.lang });
    onProgress?.(i + 1, records.length);
    return {
      id: r.id,
      dataset: r.dataset,
      fold: hash(r.article.slice(0, 2000)) % folds,
      consistent: r.consistent,
      features,
      // The baseline flags a summary when any content token is missing (score 0), else passes it (1).
      baseline: baselineMissingShare(r.summary, r.article) > 0 ? 0 : 1,
    };
  });
}

/** Balanced accuracy (0..1) of flagging `score < threshold` as inconsistent. */
export function balancedAccuracy(items: readonly { score: number; consistent: boolean }[], threshold: number): number {
  let tp = 0;
  let pos = 0;
  let tn = 0;
  let neg = 0;
  for (const it of items) {
    const flagged = it.score < threshold;
    if (it.consistent) {
      neg++;
      if (!flagged) tn++;
    } else {
      pos++;
      if (flagged) tp++;
    }
  }
  if (pos === 0 || neg === 0) return 0.5;
  return (tp / pos + tn / neg) / 2;
}

/** The threshold with the best balanced accuracy (midpoints between distinct scores). */
export function bestThreshold(items: readonly { score: number; consistent: boolean }[]): { threshold: number; accuracy: number } {
  const scores = [...new Set(items.map((i) => i.score))].sort((a, b) => a - b);
  const candidates = [scores[0]! - 1e-9, ...scores.slice(1).map((s, i) => (s + scores[i]!) / 2), scores[scores.length - 1]! + 1e-9];
  let best = { threshold: candidates[0]!, accuracy: -1 };
  // Sweep in order: counts update incrementally, so the search is O(n log n).
  const sorted = [...items].sort((a, b) => a.score - b.score);
  const pos = items.filter((i) => !i.consistent).length;
  const neg = items.length - pos;
  const accs: number[] = [];
  let k = 0;
  let flaggedPos = 0;
  let flaggedNeg = 0;
  for (const t of candidates) {
    while (k < sorted.length && sorted[k]!.score < t) {
      if (sorted[k]!.consistent) flaggedNeg++;
      else flaggedPos++;
      k++;
    }
    const acc = pos && neg ? (flaggedPos / pos + (neg - flaggedNeg) / neg) / 2 : 0.5;
    accs.push(acc);
    if (acc > best.accuracy) best = { threshold: t, accuracy: acc };
  }
  // Among the thresholds within a point of the best, the middle one: a single lucky cut on few
  // consistent summaries (BBC has 52) carries over badly to held-out data.
  const near = candidates.filter((_, i) => (accs[i] as number) >= best.accuracy - THRESHOLD_SLACK);
  const middle = near[Math.floor(near.length / 2)] as number;
  return { threshold: middle, accuracy: balancedAccuracy(items, middle) };
}

/** The weight grid the held-out estimate searches (and the shipped weights were picked from). */
export function weightGrid(): Weights[] {
  const grid: Weights[] = [];
  for (const hard of [0.05, 0.1])
    for (const unsupported of [0.25, 0.5, 1])
      for (const novelPairs of [0, 0.3])
        for (const novelTrigrams of [0.25, 0.5, 1]) grid.push({ number: hard, name: hard, negation: hard, quote: hard, unsupported, novelPairs, novelTrigrams });
  return grid;
}

const withScores = (rs: readonly ScoredRecord[], w: Weights) => rs.map((r) => ({ score: faithfulnessScore(r.features, w), consistent: r.consistent }));

/** Mean over datasets of the best-threshold balanced accuracy; the selection criterion. */
function meanBest(rs: readonly ScoredRecord[], w: Weights, datasets: readonly string[]): number {
  let sum = 0;
  for (const d of datasets) sum += bestThreshold(withScores(rs.filter((r) => r.dataset === d), w)).accuracy;
  return sum / datasets.length;
}

function chooseWeights(rs: readonly ScoredRecord[], datasets: readonly string[]): Weights {
  let best = FAITHFULNESS_TUNING.weights as Weights;
  let bestAcc = -1;
  for (const w of weightGrid()) {
    const acc = meanBest(rs, w, datasets);
    if (acc > bestAcc + 1e-12) {
      bestAcc = acc;
      best = w;
    }
  }
  return best;
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

/** Whether `checkFaithfulness` with its defaults calls the summary inconsistent. */
const verdictFlags = (r: ScoredRecord): boolean =>
  r.features.number + r.features.name + r.features.negation + r.features.quote > 0 || faithfulnessScore(r.features) < FAITHFULNESS_TUNING.threshold;

/** The report from scored records. */
export function evaluateFaithfulness(scored: readonly ScoredRecord[], folds: number = FAITHFULNESS_EVAL_DEFAULTS.folds): FaithfulnessEvalReport {
  const datasets = [...new Set(scored.map((r) => r.dataset))].sort();
  const weights = FAITHFULNESS_TUNING.weights as Weights;
  // Held out by fold: on each fold, weights and per-dataset thresholds chosen on the other folds.
  const cvFlags = new Map<string, boolean>();
  const cvBaseFlags = new Map<string, boolean>();
  for (let f = 0; f < folds; f++) {
    const train = scored.filter((r) => r.fold !== f);
    const test = scored.filter((r) => r.fold === f);
    const w = chooseWeights(train, datasets);
    for (const d of datasets) {
      const tr = train.filter((r) => r.dataset === d);
      const t = bestThreshold(withScores(tr, w)).threshold;
      const tb = bestThreshold(tr.map((r) => ({ score: r.baseline, consistent: r.consistent }))).threshold;
      for (const r of test.filter((x) => x.dataset === d)) {
        cvFlags.set(r.id, faithfulnessScore(r.features, w) < t);
        cvBaseFlags.set(r.id, r.baseline < tb);
      }
    }
  }
  const flaggedAccuracy = (rs: readonly ScoredRecord[], flags: Map<string, boolean>): number =>
    balancedAccuracy(rs.map((r) => ({ score: flags.get(r.id) ? 0 : 1, consistent: r.consistent })), 0.5);

  // One threshold for every dataset, as the library uses it: the best for the mean over datasets.
  const perDataset = datasets.map((d) => withScores(scored.filter((r) => r.dataset === d), weights));
  const candidates = [...new Set(scored.map((r) => Math.round(faithfulnessScore(r.features, weights) * 1e4) / 1e4))].sort((a, b) => a - b);
  let shared = { threshold: FAITHFULNESS_TUNING.threshold as number, accuracy: -1 };
  for (const t of candidates) {
    const acc = perDataset.reduce((sum, items) => sum + balancedAccuracy(items, t + 5e-5), 0) / datasets.length;
    if (acc > shared.accuracy) shared = { threshold: t + 5e-5, accuracy: acc };
  }

  const rows: DatasetRow[] = datasets.map((d, di) => {
    const rs = scored.filter((r) => r.dataset === d);
    const ours = bestThreshold(withScores(rs, weights));
    const base = bestThreshold(rs.map((r) => ({ score: r.baseline, consistent: r.consistent })));
    let other: number | null = null;
    if (datasets.length > 1) {
      // Held out by dataset: weights and threshold from the other dataset(s) alone.
      const rest = scored.filter((r) => r.dataset !== d);
      const w = chooseWeights(rest, datasets.filter((x) => x !== d));
      const t = bestThreshold(withScores(rest, w)).threshold;
      other = pct(balancedAccuracy(withScores(rs, w), t));
    }
    return {
      dataset: d,
      records: rs.length,
      consistent: rs.filter((r) => r.consistent).length,
      ours: pct(ours.accuracy),
      oursThreshold: Math.round(ours.threshold * 1000) / 1000,
      baseline: pct(base.accuracy),
      baselineThreshold: Math.round(base.threshold * 1000) / 1000,
      oursCv: pct(flaggedAccuracy(rs, cvFlags)),
      baselineCv: pct(flaggedAccuracy(rs, cvBaseFlags)),
      oursOtherDataset: other,
      oursShared: pct(balancedAccuracy(perDataset[di] ?? [], shared.threshold)),
      // The check's own verdict: a hard issue, or a score below the default threshold.
      oursDefault: pct(
        balancedAccuracy(
          rs.map((r) => ({ score: verdictFlags(r) ? 0 : 1, consistent: r.consistent })),
          0.5,
        ),
      ),
    };
  });
  const mean = (k: 'ours' | 'baseline' | 'oursCv' | 'baselineCv' | 'oursShared' | 'oursDefault'): number => Math.round((rows.reduce((s, r) => s + r[k], 0) / rows.length) * 10) / 10;
  const others = rows.map((r) => r.oursOtherDataset).filter((x): x is number => x !== null);
  const issueRates: Record<string, Record<string, number>> = {};
  for (const d of datasets) {
    const rs = scored.filter((r) => r.dataset === d);
    issueRates[d] = Object.fromEntries(
      (['number', 'name', 'negation', 'quote'] as const).map((k) => [k, pct(rs.filter((r) => r.features[k] > 0).length / rs.length)]),
    );
  }
  return {
    rows,
    mean: {
      ours: mean('ours'),
      baseline: mean('baseline'),
      oursCv: mean('oursCv'),
      baselineCv: mean('baselineCv'),
      oursOtherDataset: others.length === rows.length ? Math.round((others.reduce((s, x) => s + x, 0) / others.length) * 10) / 10 : null,
      oursShared: mean('oursShared'),
      oursDefault: mean('oursDefault'),
    },
    sharedThreshold: Math.round(shared.threshold * 1000) / 1000,
    defaultThreshold: FAITHFULNESS_TUNING.threshold,
    weights,
    bestWeights: chooseWeights(scored, datasets),
    folds,
    issueRates,
  };
}

/** The Markdown table of a report. */
export function faithfulnessMarkdown(report: FaithfulnessEvalReport, data: string): string {
  const f = (x: number | null): string => (x === null ? '–' : x.toFixed(1));
  const lines = [
    `Balanced accuracy (%) of flagging inconsistent summaries, ${data}`,
    '',
    '| dataset | summaries (consistent) | baseline | ours: best threshold | baseline: held out | ours: held out (k-fold) | ours: other dataset only | ours: one threshold | ours: the check’s verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.rows.map(
      (r) =>
        `| ${r.dataset} | ${r.records} (${r.consistent}) | ${f(r.baseline)} | ${f(r.ours)} (< ${r.oursThreshold}) | ${f(r.baselineCv)} | ${f(r.oursCv)} | ${f(r.oursOtherDataset)} | ${f(r.oursShared)} | ${f(r.oursDefault)} |`,
    ),
    `| **mean** | | ${f(report.mean.baseline)} | ${f(report.mean.ours)} | ${f(report.mean.baselineCv)} | ${f(report.mean.oursCv)} | ${f(report.mean.oursOtherDataset)} | ${f(report.mean.oursShared)} (< ${report.sharedThreshold}) | ${f(report.mean.oursDefault)} (< ${report.defaultThreshold}) |`,
    '',
    `Flagged: score below the threshold in parentheses. Baseline: flagged when any content token (number, word of 4+ letters) is missing from the article. Held out: threshold and weights chosen on the other ${report.folds} − 1 folds (grouped by article), or on the other dataset alone. One threshold: the same for both datasets, the best on the file for their mean. The check's verdict: \`consistent\` of \`checkFaithfulness\` with its defaults (a hard issue, or a score below \`FAITHFULNESS_TUNING.threshold\`).`,
    `Weights: ${JSON.stringify(report.weights)}; the grid's best on the whole file: ${JSON.stringify(report.bestWeights)}.`,
    `Hard issues found (% of summaries): ${Object.entries(report.issueRates)
      .map(([d, r]) => `${d} ${Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ')}`)
      .join('; ')}.`,
    '',
  ];
  return lines.join('\n');
}
