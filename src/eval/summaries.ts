/**
 * The summaries evaluation: every method on every article, scored against the reference with ROUGE,
 * averaged per method with bootstrap intervals, plus speed. Pure apart from the clock: no files,
 * no printing (the CLI and the bench are the shells).
 *
 * Scoring choices (stated in every report, because ROUGE numbers mean nothing without them):
 * - Tokens: Unicode letter/digit runs, lowercased, Snowball-stemmed in the record's language.
 *   rouge-score's ASCII tokenizer (`compat`) would cut "Präsident" into "pr" + "sident".
 * - ROUGE-L is the summary-level ROUGE-Lsum: reference items and candidate bullets are the
 *   sentences, so bullet order does not count against a method.
 * - Macro average over articles; an article a method fails on scores 0 for it (refusing is not free).
 */
import { isKernpunkteError } from '../errors.js';
import { bootstrapMean, pairedBootstrap } from './bootstrap.js';
import type { EvalRecord } from './jsonl.js';
import type { EvalMethod } from './methods.js';
import type { Prf } from './rouge.js';
import { scoreItems, tokenizerFor } from './score.js';
import { OVERLAP, largestOverlap } from '../rank/overlap.js';

/** Tuning numbers of the evaluation. */
export const SUMMARIES_DEFAULTS = Object.freeze({
  /** Bullets asked of every method (the portal box has 3). */
  bullets: 3,
  /** An asynchronous method taking longer than this on one article counts as failed on it. */
  timeoutMs: 60_000,
  /** Decimals kept in the report's percentages. */
  decimals: 2,
});

export interface EvaluateOptions {
  methods: readonly EvalMethod[];
  bullets?: number;
  /** Stem tokens (default true). */
  stem?: boolean;
  /** rouge-score's ASCII tokenizer and stemmer instead of the Unicode one. */
  compat?: boolean;
  /** Name of the data set, for the report. */
  dataset?: string;
  /** Methods that could not run, with the reason; copied into the report. */
  skipped?: Record<string, string>;
  /** Called after each article (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  timeoutMs?: number;
}

export interface MetricSummary {
  /** Percentages 0–100, macro-averaged over articles. */
  p: number;
  r: number;
  f: number;
  /** 95% bootstrap interval of f. */
  ci: [number, number];
}

export interface MethodReport {
  kind: EvalMethod['kind'];
  description: string;
  rouge1: MetricSummary;
  rouge2: MetricSummary;
  rougeL: MetricSummary;
  /** Mean words (whitespace tokens) per summary. */
  words: number;
  /** Mean items (bullets or sentences) per summary. */
  bullets: number;
  /** Articles summarized per second (summarizing only, scoring excluded), in this process. */
  articlesPerSecond: number;
  /** Articles the method failed on, by error code. */
  errors: Record<string, number>;
  /** Share (%) of summaries with a pair of bullets at content overlap ≥ OVERLAP.redundant (src/rank/overlap.ts). */
  redundantShare: number;
  /** Mean over summaries of the largest content overlap between two of its bullets (0–1). */
  meanMaxOverlap: number;
}

export interface ArticleScores {
  id: string;
  lang: string;
  /** Per method: F of ROUGE-1, ROUGE-2, ROUGE-L as fractions 0–1, and the output; for paired comparisons. */
  methods: Record<string, { rouge1: number; rouge2: number; rougeL: number; output: string[]; error?: string }>;
}

export interface SummariesReport {
  dataset: string;
  n: number;
  bullets: number;
  scoring: { tokenizer: 'unicode' | 'rouge-score'; stem: boolean; rougeL: string; average: string };
  methods: Record<string, MethodReport>;
  skipped: Record<string, string>;
  articles: ArticleScores[];
}

function round(x: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(x * k) / k;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function summarizeMetric(rows: readonly Prf[], decimals: number): MetricSummary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);
  const f = rows.map((x) => x.f * 100);
  const ci = bootstrapMean(f);
  return {
    p: round(mean(rows.map((x) => x.p * 100)), decimals),
    r: round(mean(rows.map((x) => x.r * 100)), decimals),
    f: round(ci.mean, decimals),
    ci: [round(ci.lo, decimals), round(ci.hi, decimals)],
  };
}

/**
 * Runs every method on every record and scores it.
 * @example await evaluateSummaries(records, { methods: (await resolveMethods(['lead', 'oracle'])).methods })
 */
export async function evaluateSummaries(records: readonly EvalRecord[], options: EvaluateOptions): Promise<SummariesReport> {
  const bullets = options.bullets ?? SUMMARIES_DEFAULTS.bullets;
  const stem = options.stem !== false;
  const compat = options.compat === true;
  const timeoutMs = options.timeoutMs ?? SUMMARIES_DEFAULTS.timeoutMs;
  const decimals = SUMMARIES_DEFAULTS.decimals;
  const acc = new Map<string, { r1: Prf[]; r2: Prf[]; rl: Prf[]; words: number; items: number; ms: number; errors: Record<string, number>; redundant: number; overlap: number }>();
  for (const m of options.methods) acc.set(m.name, { r1: [], r2: [], rl: [], words: 0, items: 0, ms: 0, errors: {}, redundant: 0, overlap: 0 });
  const articles: ArticleScores[] = [];

  for (const [k, record] of records.entries()) {
    const scoreOptions = { lang: record.lang, stem, compat };
    const tokenize = tokenizerFor(scoreOptions);
    const row: ArticleScores = { id: record.id, lang: record.lang, methods: {} };
    // Methods take turns on the same article, and the one that goes first rotates: the first to
    // meet an article pays for the shared caches (stems of new words), so each pays equally often.
    const order = options.methods.map((_, j) => options.methods[(j + k) % options.methods.length]!);
    for (const method of order) {
      const a = acc.get(method.name);
      if (!a) continue;
      let output: string[] = [];
      let error: string | undefined;
      const t0 = performance.now();
      try {
        output = await withTimeout(method.run(record, { bullets, tokenize }), timeoutMs);
      } catch (e) {
        error = isKernpunkteError(e) ? e.code : 'FAILED';
        a.errors[error] = (a.errors[error] ?? 0) + 1;
      }
      a.ms += performance.now() - t0;
      const s = scoreItems(record.summary, output, scoreOptions);
      a.r1.push(s.rouge1);
      a.r2.push(s.rouge2);
      a.rl.push(s.rougeLsum);
      a.items += output.length;
      a.words += output.join(' ').split(/\s+/).filter(Boolean).length;
      const overlap = largestOverlap(output, record.lang);
      a.overlap += overlap;
      if (overlap >= OVERLAP.redundant) a.redundant++;
      row.methods[method.name] = { rouge1: s.rouge1.f, rouge2: s.rouge2.f, rougeL: s.rougeLsum.f, output, ...(error ? { error } : {}) };
    }
    articles.push(row);
    options.onProgress?.(k + 1, records.length);
  }

  const n = records.length;
  const methods: Record<string, MethodReport> = {};
  for (const m of options.methods) {
    const a = acc.get(m.name);
    if (!a) continue;
    methods[m.name] = {
      kind: m.kind,
      description: m.description,
      rouge1: summarizeMetric(a.r1, decimals),
      rouge2: summarizeMetric(a.r2, decimals),
      rougeL: summarizeMetric(a.rl, decimals),
      words: round(n ? a.words / n : 0, 1),
      bullets: round(n ? a.items / n : 0, 2),
      articlesPerSecond: round(a.ms > 0 ? n / (a.ms / 1000) : 0, 1),
      errors: a.errors,
      redundantShare: round(n ? (100 * a.redundant) / n : 0, 1),
      meanMaxOverlap: round(n ? a.overlap / n : 0, 3),
    };
  }
  return {
    dataset: options.dataset ?? 'data',
    n,
    bullets,
    scoring: {
      tokenizer: compat ? 'rouge-score' : 'unicode',
      stem,
      rougeL: 'summary-level ROUGE-Lsum (reference items and candidate bullets as sentences)',
      average: 'macro over articles; 95% bootstrap CI of F (1000 resamples, fixed seed)',
    },
    methods,
    skipped: { ...(options.skipped ?? {}) },
    articles,
  };
}

export interface Comparison {
  a: string;
  b: string;
  metric: 'rouge1' | 'rouge2' | 'rougeL';
  /** Mean per-article difference a − b in points, with its 95% interval. */
  diff: number;
  ci: [number, number];
  /** One-sided bootstrap p-value for "a is better than b". */
  p: number;
}

/** Paired bootstrap comparison of two methods on the same articles, from a report's per-article scores. */
export function compareMethods(report: SummariesReport, a: string, b: string, metric: Comparison['metric'] = 'rouge2'): Comparison {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of report.articles) {
    const x = row.methods[a];
    const y = row.methods[b];
    if (x && y) {
      xs.push(x[metric] * 100);
      ys.push(y[metric] * 100);
    }
  }
  const c = pairedBootstrap(xs, ys);
  return { a, b, metric, diff: round(c.mean, 2), ci: [round(c.lo, 2), round(c.hi, 2)], p: round(c.pNotBetter, 3) };
}
