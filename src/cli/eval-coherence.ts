/**
 * `kernpunkte eval coherence DATA.jsonl [--method a,b,…] [--bullets N] [--limit N] [--json]`:
 * of every method's bullets, the share that do not stand alone (by reason) and the share of
 * summaries with a redundant pair. A thin shell over src/eval/coherence.ts: read, run, print.
 */
import { basename } from 'node:path';
import { Command } from 'commander';
import type { CoherenceReport } from '../eval/coherence.js';
import type { EvalIo } from './eval.js';
import { readEvalInput } from './eval-input.js';
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
  const { evaluateCoherence, coherenceMarkdown } = await import('../eval/coherence.js');
  const bullets = flags.bullets === undefined ? 3 : parseInteger('--bullets', flags.bullets, 1, 7);
  const { methods, skipped, records } = await readEvalInput('eval coherence', dataPath, flags, DEFAULT_COHERENCE_METHODS, io.err);
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
