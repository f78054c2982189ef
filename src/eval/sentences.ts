/**
 * Sentence-boundary evaluation: how well a splitter finds the boundaries of a gold split.
 * A boundary is the character position where a sentence (other than the first) starts; gold
 * sentences are located in the text in order (sequential `indexOf`), predicted ones by their
 * offsets or, for splitters that return strings, the same way. Pure: no I/O (the CLI shell is
 * `src/cli/eval-sentences.ts`).
 */
import { z } from 'zod';
import { splitSentences } from '../segment/index.js';
import type { SentenceSpan } from '../types.js';

export interface SentenceRecord {
  id: string;
  lang?: string;
  text: string;
  sentences: string[];
}

/** A splitter under test: sentence strings, or spans with offsets into `text`. */
export type Splitter = (text: string, lang?: string) => ReadonlyArray<string> | ReadonlyArray<SentenceSpan>;

export interface PRF {
  /** Percentages, 0–100. */
  p: number;
  r: number;
  f: number;
}

export interface RecordResult {
  id: string;
  /** Boundaries the splitter found that gold lacks, and gold ones it missed (offsets). */
  extra: number[];
  missed: number[];
  exact: boolean;
  /** Gold sentences that could not be found in the text (the record's gold is broken). */
  unaligned: number;
}

export interface SentenceEvaluation {
  n: number;
  boundary: PRF & { tp: number; fp: number; fn: number };
  /** Share of passages (0–100) whose boundaries are exactly the gold ones. */
  exact: number;
  /** Gold sentences not found in their text, over all records (should be 0). */
  unaligned: number;
  perRecord: RecordResult[];
}

/** Start offsets of `sentences` found in order in `text`; unfound ones are counted, not placed. */
export function locate(text: string, sentences: ReadonlyArray<string>): { starts: number[]; unaligned: number } {
  const starts: number[] = [];
  let cursor = 0;
  let unaligned = 0;
  for (const raw of sentences) {
    const s = raw.trim();
    if (s === '') continue;
    const at = text.indexOf(s, cursor);
    if (at < 0) {
      unaligned++;
      continue;
    }
    starts.push(at);
    cursor = at + s.length;
  }
  return { starts, unaligned };
}

/** Boundary positions: the start of every sentence but the first, ascending, unique. */
export function boundariesOf(
  text: string,
  split: ReadonlyArray<string> | ReadonlyArray<SentenceSpan>,
): { boundaries: number[]; unaligned: number } {
  let starts: number[];
  let unaligned = 0;
  if (split.length > 0 && typeof split[0] !== 'string') {
    starts = (split as ReadonlyArray<SentenceSpan>).map((s) => s.start).filter((s) => s >= 0);
  } else {
    const found = locate(text, split as ReadonlyArray<string>);
    starts = found.starts;
    unaligned = found.unaligned;
  }
  const uniq = [...new Set(starts)].sort((a, b) => a - b);
  return { boundaries: uniq.slice(1), unaligned };
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp === 0 ? 100 : (100 * tp) / (tp + fp);
  const r = tp + fn === 0 ? 100 : (100 * tp) / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

/**
 * Scores `splitter` against the gold split of every record (micro-averaged boundary P/R/F1).
 * @example evaluateSentences([{ id: 'a', text: 'A b. C d.', sentences: ['A b.', 'C d.'] }], (t) => [t])
 * // → { n: 1, boundary: { p: 100, r: 0, f: 0, tp: 0, fp: 0, fn: 1 }, exact: 0, unaligned: 0, perRecord: [...] }
 */
export function evaluateSentences(records: ReadonlyArray<SentenceRecord>, splitter: Splitter): SentenceEvaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let unalignedTotal = 0;
  const perRecord: RecordResult[] = [];
  for (const rec of records) {
    const gold = boundariesOf(rec.text, rec.sentences);
    const pred = boundariesOf(rec.text, splitter(rec.text, rec.lang));
    const goldSet = new Set(gold.boundaries);
    const predSet = new Set(pred.boundaries);
    const extra = pred.boundaries.filter((b) => !goldSet.has(b));
    const missed = gold.boundaries.filter((b) => !predSet.has(b));
    const hit = pred.boundaries.length - extra.length;
    tp += hit;
    fp += extra.length;
    fn += missed.length;
    const isExact = extra.length === 0 && missed.length === 0;
    if (isExact) exact++;
    unalignedTotal += gold.unaligned;
    perRecord.push({ id: rec.id, extra, missed, exact: isExact, unaligned: gold.unaligned });
  }
  const n = records.length;
  return {
    n,
    boundary: { ...prf(tp, fp, fn), tp, fp, fn },
    exact: n === 0 ? 0 : (100 * exact) / n,
    unaligned: unalignedTotal,
    perRecord,
  };
}

/** The baseline: the platform's own sentence segmenter (ICU rules via `Intl.Segmenter`). */
export function intlSplitter(text: string, lang?: string): SentenceSpan[] {
  let seg: Intl.Segmenter;
  try {
    seg = new Intl.Segmenter(lang && lang !== 'und' ? lang : undefined, { granularity: 'sentence' });
  } catch {
    seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const out: SentenceSpan[] = [];
  for (const s of seg.segment(text)) {
    const t = s.segment.trim();
    if (t === '') continue;
    const start = s.index + (s.segment.length - s.segment.trimStart().length);
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}

/** The splitters the evaluation compares, by name. */
export const SENTENCE_SPLITTERS: Readonly<Record<string, Splitter>> = Object.freeze({
  kernpunkte: (text: string, lang?: string) => splitSentences(text, lang === undefined ? {} : { lang }),
  'intl-segmenter': intlSplitter,
});

/** A gold record: what one line of a sentence-boundary JSONL set holds. */
export const SentenceRecordSchema = z.object({
  id: z.string().min(1),
  lang: z.string().optional(),
  text: z.string(),
  sentences: z.array(z.string()),
});

/** The record, or why it is not one (for the line-numbered problem report). */
export function toSentenceRecord(value: unknown): { record: SentenceRecord } | { error: string } {
  const parsed = SentenceRecordSchema.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'record';
  return { error: `invalid record: ${where}: ${issue?.message ?? 'does not match the schema'}` };
}

export interface SentenceMethodResult {
  method: string;
  boundary: SentenceEvaluation['boundary'];
  exact: number;
  unaligned: number;
}

export interface SentenceDisagreement {
  id: string;
  method: string;
  kind: 'extra' | 'missed';
  offset: number;
  /** The text around the boundary, "before ⟂ after". */
  context: string;
}

export interface SentenceReport {
  n: number;
  methods: SentenceMethodResult[];
  /** Where the first method (ours) disagrees with gold, for reading; capped. */
  disagreements: SentenceDisagreement[];
}

/** Runs every splitter on the records; disagreements of the first one are listed (at most `maxDisagreements`). */
export function compareSentenceSplitters(
  records: ReadonlyArray<SentenceRecord>,
  splitters: Readonly<Record<string, Splitter>> = SENTENCE_SPLITTERS,
  maxDisagreements = 100,
): SentenceReport {
  const methods: SentenceMethodResult[] = [];
  const disagreements: SentenceDisagreement[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  Object.entries(splitters).forEach(([method, splitter], index) => {
    const ev = evaluateSentences(records, splitter);
    methods.push({ method, boundary: ev.boundary, exact: ev.exact, unaligned: ev.unaligned });
    if (index !== 0) return;
    for (const r of ev.perRecord) {
      const text = byId.get(r.id)?.text ?? '';
      for (const [kind, offsets] of [['extra', r.extra], ['missed', r.missed]] as const) {
        for (const offset of offsets) {
          if (disagreements.length >= maxDisagreements) return;
          disagreements.push({ id: r.id, method, kind, offset, context: around(text, offset) });
        }
      }
    }
  });
  return { n: records.length, methods, disagreements };
}

function around(text: string, at: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, at - 50), at))}⟂${flat(text.slice(at, at + 40))}`;
}

const fmt = (x: number) => x.toFixed(2);

/** The comparison as a fixed-width text table (method | P | R | F1 | exact %). */
export function sentenceTable(report: SentenceReport): string {
  const head = ['method', 'boundary P', 'R', 'F1', 'exact %'];
  const rows = report.methods.map((m) => [m.method, fmt(m.boundary.p), fmt(m.boundary.r), fmt(m.boundary.f), fmt(m.exact)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The comparison as Markdown, with the first method's disagreements for reading. */
export function sentenceMarkdown(report: SentenceReport, source: string): string {
  const out = [
    '# Sentence boundaries',
    '',
    `Data: \`${source}\` (${report.n} passages). Boundary = start of every sentence but the first; micro-averaged; percentages.`,
    '',
    '| method | boundary P | R | F1 | exact % | tp | fp | fn |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.methods.map(
      (m) =>
        `| ${m.method} | ${fmt(m.boundary.p)} | ${fmt(m.boundary.r)} | ${fmt(m.boundary.f)} | ${fmt(m.exact)} | ${m.boundary.tp} | ${m.boundary.fp} | ${m.boundary.fn} |`,
    ),
  ];
  const unaligned = report.methods[0]?.unaligned ?? 0;
  if (unaligned > 0) out.push('', `${unaligned} gold sentences were not found in their text and are not counted.`);
  if (report.disagreements.length > 0) {
    out.push('', `## Where ${report.methods[0]?.method ?? 'it'} disagrees with gold`, '', '| id | kind | context (⟂ = boundary) |', '| --- | --- | --- |');
    for (const d of report.disagreements) out.push(`| ${d.id} | ${d.kind} | ${d.context.replace(/\|/g, '\\|')} |`);
  }
  return `${out.join('\n')}\n`;
}
