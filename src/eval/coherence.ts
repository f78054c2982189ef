/**
 * The coherence evaluation: every method on every article, and of its bullets the share that do
 * not stand alone, by reason (src/coherence/), plus the share of summaries with a redundant pair
 * of bullets. No reference is needed: this measures what a reader meets, not what ROUGE counts.
 * Pure apart from running the methods: no files, no printing (the CLI is the shell).
 */
import { COHERENCE_REASONS, checkCoherence, type CoherenceReason } from '../coherence/index.js';
import { isKernpunkteError } from '../errors.js';
import { OVERLAP, largestOverlap } from '../rank/overlap.js';
import type { EvalRecord } from './jsonl.js';
import type { EvalMethod } from './methods.js';
import { tokenizerFor } from './score.js';

export interface CoherenceOptions {
  methods: readonly EvalMethod[];
  /** Bullets asked of every method (default 3). */
  bullets?: number;
  dataset?: string;
  skipped?: Record<string, string>;
  onProgress?: (done: number, total: number) => void;
}

export interface MethodCoherence {
  kind: EvalMethod['kind'];
  /** Bullets produced in all. */
  bullets: number;
  /** Share (%) of bullets with at least one flag. */
  flaggedBullets: number;
  /** Share (%) of summaries with at least one flagged bullet. */
  flaggedSummaries: number;
  /** Share (%) of bullets flagged for each reason (a bullet may have several). */
  byReason: Record<CoherenceReason, number>;
  /** Share (%) of summaries with two bullets at content overlap ≥ OVERLAP.redundant. */
  redundantSummaries: number;
  /** Mean over summaries of the largest pairwise content overlap (0–1). */
  meanMaxOverlap: number;
  /** Articles the method failed on (they count as summaries without bullets). */
  errors: number;
}

export interface CoherenceReport {
  dataset: string;
  n: number;
  bullets: number;
  methods: Record<string, MethodCoherence>;
  skipped: Record<string, string>;
  /** Up to a few flagged bullets per method and reason, for reading by eye. */
  examples: Record<string, Array<{ id: string; reason: CoherenceReason; evidence: string; bullet: string }>>;
}

/** Examples kept per method and reason. */
const EXAMPLES_PER_REASON = 3;

const pct = (k: number, n: number): number => (n > 0 ? Math.round((1000 * k) / n) / 10 : 0);

/**
 * Runs every method on every record and checks its bullets.
 * @example await evaluateCoherence(records, { methods: (await resolveMethods(['kernpunkte', 'lead'])).methods })
 */
export async function evaluateCoherence(records: readonly EvalRecord[], options: CoherenceOptions): Promise<CoherenceReport> {
  const bullets = options.bullets ?? 3;
  const rows: CoherenceRow[] = [];
  for (const [k, record] of records.entries()) {
    const tokenize = tokenizerFor({ lang: record.lang });
    const outputs: CoherenceRow['outputs'] = {};
    for (const method of options.methods) {
      try {
        outputs[method.name] = await method.run(record, { bullets, tokenize });
      } catch (e) {
        if (!isKernpunkteError(e)) throw e;
        outputs[method.name] = null;
      }
    }
    rows.push({ id: record.id, lang: record.lang, outputs });
    options.onProgress?.(k + 1, records.length);
  }
  return tallyCoherence(rows, Object.fromEntries(options.methods.map((m) => [m.name, m.kind])), { bullets, dataset: options.dataset ?? 'data', skipped: options.skipped ?? {} });
}

/** One article's outputs per method (null: the method failed on it). */
export interface CoherenceRow {
  id: string;
  lang: string;
  outputs: Record<string, string[] | null>;
}

/**
 * Checks outputs already made (a summaries report's per-article rows, say), so one run of the
 * methods serves both evaluations.
 */
export function tallyCoherence(rows: readonly CoherenceRow[], kinds: Record<string, EvalMethod['kind']>, info: { bullets: number; dataset: string; skipped: Record<string, string> }): CoherenceReport {
  const acc = new Map<string, { bullets: number; flagged: number; summaries: number; reasons: Record<string, number>; redundant: number; overlap: number; errors: number }>();
  const examples: CoherenceReport['examples'] = {};
  for (const name of Object.keys(kinds)) {
    acc.set(name, { bullets: 0, flagged: 0, summaries: 0, reasons: {}, redundant: 0, overlap: 0, errors: 0 });
    examples[name] = [];
  }
  for (const row of rows) {
    for (const [name, a] of acc) {
      const output = row.outputs[name];
      if (output === undefined) continue;
      if (output === null) {
        a.errors++;
        continue;
      }
      let any = false;
      for (const bullet of output) {
        a.bullets++;
        const flags = checkCoherence(bullet, row.lang);
        if (flags.length === 0) continue;
        a.flagged++;
        any = true;
        for (const f of flags) {
          a.reasons[f.reason] = (a.reasons[f.reason] ?? 0) + 1;
          const ex = examples[name]!;
          if (ex.filter((x) => x.reason === f.reason).length < EXAMPLES_PER_REASON) ex.push({ id: row.id, reason: f.reason, evidence: f.evidence, bullet });
        }
      }
      if (any) a.summaries++;
      const overlap = largestOverlap(output, row.lang);
      a.overlap += overlap;
      if (overlap >= OVERLAP.redundant) a.redundant++;
    }
  }
  const n = rows.length;
  const methods: Record<string, MethodCoherence> = {};
  for (const [name, a] of acc) {
    methods[name] = {
      kind: kinds[name]!,
      bullets: a.bullets,
      flaggedBullets: pct(a.flagged, a.bullets),
      flaggedSummaries: pct(a.summaries, n),
      byReason: Object.fromEntries(COHERENCE_REASONS.map((r) => [r, pct(a.reasons[r] ?? 0, a.bullets)])) as Record<CoherenceReason, number>,
      redundantSummaries: pct(a.redundant, n),
      meanMaxOverlap: n ? Math.round((1000 * a.overlap) / n) / 1000 : 0,
      errors: a.errors,
    };
  }
  return { dataset: info.dataset, n, bullets: info.bullets, methods, skipped: { ...info.skipped }, examples };
}

/** The Markdown table: one row per method, fewest flagged bullets first. */
export function coherenceMarkdown(report: CoherenceReport): string {
  const lines: string[] = [];
  lines.push(`# Coherence evaluation: ${report.dataset}`, '');
  lines.push(
    `${report.n} articles, ${report.bullets} bullets asked of every method. A bullet is flagged when its meaning depends on a sentence it does not carry (src/coherence/): ` +
      'a pronoun or demonstrative opener, a connective opener, reported speech without its speaker, a quotation fragment, a caption. ' +
      `Redundant: two bullets of one summary at content overlap ≥ ${OVERLAP.redundant}.`,
    '',
  );
  lines.push(`| method | kind | bullets flagged | summaries flagged | ${COHERENCE_REASONS.join(' | ')} | summaries with a redundant pair | mean max overlap |`);
  lines.push(`| --- | --- | ---: | ---: | ${COHERENCE_REASONS.map(() => '---:').join(' | ')} | ---: | ---: |`);
  const rows = Object.entries(report.methods).sort((x, y) => x[1].flaggedBullets - y[1].flaggedBullets);
  for (const [name, m] of rows) {
    lines.push(
      `| ${name.replace(/\|/g, '\\|')} | ${m.kind} | ${m.flaggedBullets.toFixed(1)} % | ${m.flaggedSummaries.toFixed(1)} % | ${COHERENCE_REASONS.map((r) => `${m.byReason[r].toFixed(1)} %`).join(' | ')} | ${m.redundantSummaries.toFixed(1)} % | ${m.meanMaxOverlap.toFixed(2)} |`,
    );
  }
  if (Object.keys(report.skipped).length) {
    lines.push('', '## Skipped methods', '');
    for (const [name, reason] of Object.entries(report.skipped)) lines.push(`- ${name}: ${reason}`);
  }
  return lines.join('\n') + '\n';
}
