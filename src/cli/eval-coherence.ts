/**
 * `kernpunkte eval coherence DATA.jsonl [--method a,b,…] [--bullets N] [--limit N] [--json]`:
 * of every method's bullets, the share that do not stand alone (by reason) and the share of
 * summaries with a redundant pair. A thin shell over src/eval/coherence.ts: read, run, print.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { CoherenceReport } from '../eval/coherence.js';
import type { EvalRecord } from '../eval/jsonl.js';
import type { EvalIo } from './eval.js';
import { parseInteger } from './options.js';

export interface CoherenceFlags {
  method?: string;
  bullets?: string;
  limit?: string;
  json?: boolean;
}

/** The library's methods and the two baselines: what a reader is shown (the npm peers join with --method). */
const DEFAULT_COHERENCE_METHODS = ['kernpunkte', 'lead', 'textrank', 'lexrank', 'centroid', 'random', 'oracle'];

/** The `eval coherence` action without commander; returns the report (tests look at it). */
export async function evalCoherence(dataPath: string, flags: CoherenceFlags, io: EvalIo): Promise<CoherenceReport> {
  const [{ readEvalRecords }, { resolveMethods }, { evaluateCoherence, coherenceMarkdown }] = await Promise.all([
    import('../eval/jsonl.js'),
    import('../eval/methods.js'),
    import('../eval/coherence.js'),
  ]);
  const bullets = flags.bullets === undefined ? 3 : parseInteger('--bullets', flags.bullets, 1, 7);
  const limit = flags.limit === undefined ? undefined : parseInteger('--limit', flags.limit, 1, Number.MAX_SAFE_INTEGER);
  const names = flags.method
    ? flags.method
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : DEFAULT_COHERENCE_METHODS;
  if (names.length === 0) throw new KernpunkteError('INVALID_OPTION', '--method needs at least one method name', { option: 'method' });
  if (!existsSync(dataPath) || !statSync(dataPath).isFile()) {
    throw new KernpunkteError('INVALID_INPUT', `cannot read ${dataPath}: no such file`, { path: dataPath });
  }
  const { methods, skipped } = await resolveMethods(names);
  for (const [name, reason] of Object.entries(skipped)) io.err.write(`eval coherence: skipping ${name}: ${reason}\n`);
  const records: EvalRecord[] = [];
  for await (const r of readEvalRecords(dataPath, (p) => io.err.write(`${dataPath}:${p.line}: ${p.message} (line skipped)\n`))) {
    records.push(r);
    if (limit !== undefined && records.length >= limit) break;
  }
  if (records.length === 0) {
    throw new KernpunkteError('INVALID_INPUT', `${dataPath} has no valid record ({id, lang, title, text, summary: string[]} per line)`, { path: dataPath });
  }
  const report = await evaluateCoherence(records, { methods, bullets, dataset: basename(dataPath).replace(/\.jsonl$/, ''), skipped });
  io.out.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : coherenceMarkdown(report));
  return report;
}

export function evalCoherenceCommand(io: EvalIo): Command {
  return new Command('coherence')
    .description('share of each method\'s bullets that do not stand alone (by reason) and of summaries with a redundant pair')
    .argument('<data>', 'JSONL file, one {id, lang, title, text, summary: string[]} per line (the summary is not used)')
    .option('--method <names>', `comma-separated methods (default: ${DEFAULT_COHERENCE_METHODS.join(',')})`)
    .option('--bullets <n>', 'bullets asked of every method, 1–7 (default 3)')
    .option('--limit <n>', 'evaluate only the first N valid records')
    .option('--json', 'print the report as JSON (with flagged examples) instead of the table')
    .action(async (data: string, flags: CoherenceFlags) => {
      await evalCoherence(data, flags, io);
    });
}
