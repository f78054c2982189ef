/**
 * `kernpunkte eval …`: the evaluation command group, a thin shell over src/eval.
 *
 *   kernpunkte eval summaries DATA.jsonl [--method a,b,…] [--bullets N] [--report DIR]
 *                             [--limit N] [--compat] [--no-stem]
 *   kernpunkte eval coherence DATA.jsonl [--method a,b,…] [--bullets N] [--limit N] [--json]
 *
 * prints the Markdown table on stdout; with --report it also writes report.md, report.json,
 * report.svg and articles.jsonl (per-article scores) into DIR. Broken or invalid lines of DATA are
 * reported on stderr with their line number and skipped. Bad flags or an unreadable file throw a
 * KernpunkteError (the main's central handler turns it into exit code 2).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { SummariesReport } from '../eval/summaries.js';
import { evalCoherenceCommand } from './eval-coherence.js';
import { readEvalInput } from './eval-input.js';
import { evalExtractCommand } from './eval-extract.js';
import { evalFaithfulnessCommand } from './eval-faithfulness.js';
import { evalSentencesCommand } from './eval-sentences.js';
import { parseInteger } from './options.js';

/** Where the shell writes; tests pass their own streams. */
export interface EvalIo {
  out: Writable & { isTTY?: boolean };
  err: Writable & { isTTY?: boolean };
}

export interface SummariesFlags {
  method?: string;
  bullets?: string;
  report?: string;
  limit?: string;
  compat?: boolean;
  /** Commander's `--no-stem` sets this to false. */
  stem?: boolean;
}

/** The progress bar waits this long before it appears: short runs stay quiet. */
const PROGRESS_DELAY_MS = 1000;

/**
 * The `eval summaries` action without commander: read, evaluate, print, write the report files.
 * Returns the report (tests look at it).
 */
export async function evalSummaries(dataPath: string, flags: SummariesFlags, io: EvalIo): Promise<SummariesReport> {
  // The harness (methods, npm peers, ROUGE) loads only when an evaluation runs.
  const [{ DEFAULT_METHODS }, { articlesJsonl, reportJson, reportMarkdown, reportSvg }, { evaluateSummaries, SUMMARIES_DEFAULTS }] =
    await Promise.all([import('../eval/methods.js'), import('../eval/report.js'), import('../eval/summaries.js')]);
  const bullets = flags.bullets === undefined ? SUMMARIES_DEFAULTS.bullets : parseInteger('--bullets', flags.bullets, 1, 7);
  const { methods, skipped, records } = await readEvalInput('eval summaries', dataPath, flags, DEFAULT_METHODS, io.err);

  const started = Date.now();
  const cliProgress = io.err.isTTY ? (await import('cli-progress')).default : undefined;
  let bar: SingleBar | undefined;
  const report = await evaluateSummaries(records, {
    methods,
    bullets,
    stem: flags.stem !== false,
    compat: flags.compat === true,
    dataset: basename(dataPath).replace(/\.jsonl$/, ''),
    skipped,
    onProgress(done, total) {
      if (!bar && cliProgress && Date.now() - started > PROGRESS_DELAY_MS && done < total) {
        bar = new cliProgress.SingleBar({ stream: io.err, format: 'eval {bar} {value}/{total} articles | {eta}s left', hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.update(done);
    },
  });
  bar?.stop();

  const md = reportMarkdown(report);
  io.out.write(md);
  if (flags.report) {
    mkdirSync(flags.report, { recursive: true });
    writeFileSync(join(flags.report, 'report.md'), md);
    writeFileSync(join(flags.report, 'report.json'), JSON.stringify(reportJson(report), null, 2) + '\n');
    writeFileSync(join(flags.report, 'report.svg'), reportSvg(report));
    writeFileSync(join(flags.report, 'articles.jsonl'), articlesJsonl(report));
    io.err.write(`eval summaries: wrote report.md, report.json, report.svg, articles.jsonl to ${flags.report}\n`);
  }
  return report;
}

/** The `eval` command group for the main CLI. */
export function evalCommand(io: EvalIo = { out: process.stdout, err: process.stderr }): Command {
  const cmd = new Command('eval').description('evaluate summaries, sentence splitting, extraction and the faithfulness check against reference data');
  cmd
    .command('summaries')
    .description('ROUGE of every method (ours, baselines, npm peers) against reference summaries, with speed')
    .argument('<data>', 'JSONL file, one {id, lang, title, text, summary: string[]} per line')
    .option('--method <names>', 'comma-separated methods (default: ours, the baselines and the installed npm peers)')
    .option('--bullets <n>', 'bullets asked of every method, 1–7 (default 3)')
    .option('--report <dir>', 'also write report.md, report.json, report.svg and articles.jsonl into this folder')
    .option('--limit <n>', 'evaluate only the first N valid records')
    .option('--compat', "rouge-score's ASCII tokenizer and stemmer (compare with published English numbers)")
    .option('--no-stem', 'compare unstemmed tokens')
    .action(async (data: string, flags: SummariesFlags) => {
      await evalSummaries(data, flags, io);
    });
  cmd.addCommand(evalCoherenceCommand(io));
  cmd.addCommand(evalSentencesCommand());
  cmd.addCommand(evalExtractCommand());
  cmd.addCommand(evalFaithfulnessCommand({ stdout: (s) => io.out.write(s), stderr: (s) => io.err.write(s) }));
  return cmd;
}
