/**
 * `kernpunkte eval faithfulness DATA.jsonl [--folds N] [--limit N] [--json]`: the faithfulness
 * check against human factuality labels ({id, dataset, article, summary, consistent} per line,
 * e.g. ../shared/data/en-frank-factuality.jsonl).
 * `kernpunkte eval faithfulness --suite de ARTICLES.jsonl`: the seeded corruption suite built from
 * the articles' sentences ({id, lang, text, …} per line, e.g. ../shared/data/de-news-teaser-fundus.jsonl).
 * A thin shell: reading and printing; the scoring is src/eval/faithfulness.ts and faithfulness-suite.ts.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { FactualityRecord, FaithfulnessEvalReport } from '../eval/faithfulness.js';
import type { SuiteArticle, SuiteReport } from '../eval/faithfulness-suite.js';
import { parseInteger } from './options.js';

export interface EvalFaithfulnessIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIO: EvalFaithfulnessIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export interface EvalFaithfulnessOptions {
  suite?: string;
  folds?: string;
  limit?: string;
  seed?: string;
  json?: boolean;
}

async function readRecords<T>(data: string, check: (v: unknown) => { value: T } | { error: string }, limit: number | undefined, io: EvalFaithfulnessIO): Promise<T[]> {
  const info = await stat(data).catch(() => null);
  if (info === null || !info.isFile()) throw new KernpunkteError('INVALID_INPUT', `No such file: ${data}.`, { path: data });
  const { readJsonl } = await import('../eval/jsonl.js');
  const out: T[] = [];
  for await (const item of readJsonl(createReadStream(data, { encoding: 'utf8' }))) {
    const checked = 'error' in item ? { error: `invalid JSON: ${item.error}` } : check(item.value);
    if ('error' in checked) {
      io.stderr(`${data}:${item.line}: ${checked.error} (line skipped)\n`);
      continue;
    }
    out.push(checked.value);
    if (limit !== undefined && out.length >= limit) break;
  }
  return out;
}

/** Runs the evaluation (or the suite with `suite`), prints it, and returns the report. */
export async function runEvalFaithfulness(data: string, options: EvalFaithfulnessOptions = {}, io: EvalFaithfulnessIO = defaultIO): Promise<FaithfulnessEvalReport | SuiteReport> {
  const limit = options.limit === undefined ? undefined : parseInteger('--limit', options.limit, 1, Number.MAX_SAFE_INTEGER);
  if (options.suite !== undefined) {
    const { buildSuite, runSuite, suiteMarkdown, SUITE_DEFAULTS, SUITE_LANGUAGES } = await import('../eval/faithfulness-suite.js');
    const lang = options.suite.trim().toLowerCase();
    if (!SUITE_LANGUAGES.includes(lang)) {
      throw new KernpunkteError('INVALID_OPTION', `--suite must be one of ${SUITE_LANGUAGES.join(', ')}, got "${options.suite}"`, { option: 'suite', supported: SUITE_LANGUAGES });
    }
    const seed = options.seed === undefined ? SUITE_DEFAULTS.seed : parseInteger('--seed', options.seed, 0, 2 ** 32 - 1);
    const articles = await readRecords<SuiteArticle>(
      data,
      (v) => {
        const r = v as { id?: unknown; text?: unknown } | null;
        return r && typeof r.id === 'string' && typeof r.text === 'string' && r.text.trim() ? { value: { id: r.id, text: r.text } } : { error: 'needs {id, text}' };
      },
      limit,
      io,
    );
    if (articles.length === 0) throw new KernpunkteError('INVALID_INPUT', `No valid articles in ${data} ({id, text} per line).`, { path: data });
    const report = runSuite(buildSuite(articles, lang, seed), lang, seed);
    io.stdout(options.json ? `${JSON.stringify({ data, ...report }, null, 2)}\n` : `${suiteMarkdown(report, data)}${articles.length} articles\n`);
    return report;
  }
  const { FactualityRecordSchema, evaluateFaithfulness, faithfulnessMarkdown, scoreRecords, FAITHFULNESS_EVAL_DEFAULTS } = await import('../eval/faithfulness.js');
  const folds = options.folds === undefined ? FAITHFULNESS_EVAL_DEFAULTS.folds : parseInteger('--folds', options.folds, 2, 20);
  const records = await readRecords<FactualityRecord>(
    data,
    (v) => {
      const r = FactualityRecordSchema.safeParse(v);
      return r.success ? { value: r.data } : { error: r.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
    },
    limit,
    io,
  );
  if (records.length === 0) {
    throw new KernpunkteError('INVALID_INPUT', `No valid records in ${data} ({id, dataset, article, summary, consistent} per line).`, { path: data });
  }
  const started = Date.now();
  const report = evaluateFaithfulness(scoreRecords(records, folds), folds);
  const ms = Date.now() - started;
  io.stdout(options.json ? `${JSON.stringify({ data, ...report }, null, 2)}\n` : `${faithfulnessMarkdown(report, data)}${records.length} summaries checked in ${(ms / 1000).toFixed(1)} s\n`);
  return report;
}

/** The `faithfulness` subcommand; the CLI mounts it under `eval`. */
export function evalFaithfulnessCommand(io: EvalFaithfulnessIO = defaultIO): Command {
  return new Command('faithfulness')
    .description('score the faithfulness check on factuality labels (balanced accuracy per dataset), or run the corruption suite (--suite de|en)')
    .argument('<data>', 'JSONL: {id, dataset, article, summary, consistent} per line, or with --suite articles {id, text}')
    .option('--suite <lang>', 'build the seeded corruption suite from the articles of DATA and report what the check catches')
    .option('--folds <n>', 'folds of the held-out estimate (default 5)')
    .option('--seed <n>', 'seed of the suite (default fixed)')
    .option('--limit <n>', 'use only the first N valid records')
    .option('--json', 'print the report as JSON')
    .action(async (data: string, opts: EvalFaithfulnessOptions) => {
      await runEvalFaithfulness(data, opts, io);
    });
}
