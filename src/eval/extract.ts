/**
 * Extraction quality scorer: bag-of-tokens precision/recall/F1 of an extracted text against
 * the gold text, as the article-extraction-benchmark (scrapinghub) computes it. Order and
 * whitespace do not matter, so the score measures *what* was kept, not how it was laid out.
 * No I/O: the CLI shell (src/cli/eval-extract.ts) reads and writes.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { f1Of, ratio, scoreExtraction, type TokenScore } from '../extract/tokens.js';

// The scorer lives with extraction (which uses it too); the harness re-exports it.
export { extractTokens, scoreExtraction, type TokenScore } from '../extract/tokens.js';

export interface AggregateScore {
  pages: number;
  /** Mean of per-page scores: every page counts the same. */
  macro: { precision: number; recall: number; f1: number };
  /** From summed token counts: long pages count more. */
  micro: { precision: number; recall: number; f1: number };
}

export function aggregateScores(scores: readonly TokenScore[]): AggregateScore {
  const n = scores.length;
  const mean = (f: (s: TokenScore) => number): number => (n === 0 ? 0 : scores.reduce((a, s) => a + f(s), 0) / n);
  const overlap = scores.reduce((a, s) => a + s.overlap, 0);
  const pred = scores.reduce((a, s) => a + s.predicted, 0);
  const gold = scores.reduce((a, s) => a + s.gold, 0);
  const mp = ratio(overlap, pred, 0);
  const mr = ratio(overlap, gold, 0);
  return {
    pages: n,
    macro: { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) },
    micro: { precision: mp, recall: mr, f1: f1Of(mp, mr) },
  };
}

// ── The side-by-side evaluation: several extractors over one JSONL set ─────────────────────

/** One page of an extraction set (shared/data/html-*.jsonl). */
export interface ExtractRecord {
  id: string;
  html: string;
  url?: string | null;
  text: string;
}

/** An extractor under test: HTML in, text out ('' for "no article"). */
export type TextExtractor = (html: string, url: string | undefined) => string | Promise<string>;

export interface ExtractorReport {
  aggregate: AggregateScore;
  /** Pages where the extractor threw; they score 0. */
  errors: number;
  msPerPage: number;
}

export interface ExtractPageRow {
  id: string;
  scores: Record<string, { precision: number; recall: number; f1: number }>;
}

export interface ExtractEvalReport {
  dataset: string;
  pages: number;
  extractors: Record<string, ExtractorReport>;
  rows: ExtractPageRow[];
  /** Extractors that could not run, with why (e.g. a package that is not installed). */
  skipped: Record<string, string>;
  /** Broken input lines: line number → reason. */
  badLines: Record<string, string>;
}

/**
 * The baseline: plain Readability 0.6 on linkedom, the `textContent` of its result (token
 * scores ignore layout, so joining paragraphs differently would not change them).
 */
export function readabilityBaseline(html: string): string {
  const { document } = parseHTML(html);
  const result = new Readability(document).parse();
  return (result?.textContent ?? '').trim();
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Runs every extractor on every record and scores it against the record's gold text. */
export async function evaluateExtraction(
  dataset: string,
  records: readonly ExtractRecord[],
  extractors: Readonly<Record<string, TextExtractor>>,
  now: () => number = () => performance.now(),
): Promise<Omit<ExtractEvalReport, 'skipped' | 'badLines'>> {
  const names = Object.keys(extractors);
  const perName = new Map<string, { scores: TokenScore[]; errors: number; ms: number }>(names.map((n) => [n, { scores: [], errors: 0, ms: 0 }]));
  const rows: ExtractPageRow[] = [];
  for (const r of records) {
    const row: ExtractPageRow = { id: r.id, scores: {} };
    for (const name of names) {
      const acc = perName.get(name)!;
      const t0 = now();
      let text = '';
      try {
        text = await extractors[name]!(r.html, r.url ?? undefined);
      } catch {
        acc.errors++;
      }
      acc.ms += now() - t0;
      const s = scoreExtraction(text, r.text);
      acc.scores.push(s);
      row.scores[name] = { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
    }
    rows.push(row);
  }
  const out: Record<string, ExtractorReport> = {};
  for (const [name, acc] of perName) {
    out[name] = { aggregate: aggregateScores(acc.scores), errors: acc.errors, msPerPage: records.length ? acc.ms / records.length : 0 };
  }
  return { dataset, pages: records.length, extractors: out, rows };
}

const pct = (x: number): string => (x * 100).toFixed(1);

/** The Markdown table people read: one row per extractor, best macro F1 first. */
export function extractMarkdown(report: ExtractEvalReport): string {
  const lines = [
    `# Main-text extraction: ${report.dataset} (${report.pages} pages)`,
    '',
    'Token-level bag-of-words scores against the gold text (as the article-extraction-benchmark computes them), in %.',
    '',
    '| extractor | macro F1 | macro P | macro R | micro F1 | errors | ms/page |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ranked = Object.entries(report.extractors).sort((a, b) => b[1].aggregate.macro.f1 - a[1].aggregate.macro.f1);
  for (const [name, r] of ranked) {
    const { macro, micro } = r.aggregate;
    lines.push(`| ${name} | ${pct(macro.f1)} | ${pct(macro.precision)} | ${pct(macro.recall)} | ${pct(micro.f1)} | ${r.errors} | ${r.msPerPage.toFixed(1)} |`);
  }
  for (const [name, why] of Object.entries(report.skipped)) lines.push(`| ${name} | – | – | – | – | – | skipped: ${why} |`);
  const first = ranked[0]?.[0];
  if (first && report.rows.length) {
    lines.push('', `## Weakest pages for ${first}`, '', '| page | F1 | P | R |', '| --- | ---: | ---: | ---: |');
    const worst = [...report.rows].sort((a, b) => (a.scores[first]?.f1 ?? 0) - (b.scores[first]?.f1 ?? 0)).slice(0, 10);
    for (const row of worst) {
      const s = row.scores[first]!;
      lines.push(`| ${row.id} | ${pct(s.f1)} | ${pct(s.precision)} | ${pct(s.recall)} |`);
    }
  }
  const bad = Object.entries(report.badLines);
  if (bad.length) lines.push('', `Skipped ${bad.length} broken line(s): ${bad.map(([l, why]) => `line ${l} (${why})`).join('; ')}`);
  return lines.join('\n') + '\n';
}
