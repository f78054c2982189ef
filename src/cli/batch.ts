/**
 * `kernpunkte batch IN.jsonl [-o OUT.jsonl] [--workers N] [--resume] [--errors ERR.jsonl]
 *  [--bullets N] [--type T] [--length L] [--max-words N] [--method NAME] [--lang CODE]`: a thin shell over `runBatch()` that wires
 * files, flags, the worker pool and a progress bar. Exit 0: all records summarized;
 * 1: some failed (see the errors file); 2: bad usage (missing input, bad flags), through the
 * central handler in main.ts.
 */
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import type { SummarizeOptions, SummaryLength, SummaryType } from '../types.js';
import { DEFAULTS, SUMMARY_LENGTHS, SUMMARY_TYPES } from '../summarize/limits.js';
import { KernpunkteError } from '../errors.js';
import type { BatchProgress } from '../batch/index.js';
import type { SummaryPool } from '../pool/index.js';
import { addBackendOptions, backendOptions, modelRunner, type BackendFlags } from './backend-options.js';
import { OPTION_RANGES } from './limits.js';
import { intOption } from './options.js';
import { SUMMARY_HELP, summaryOptions } from './summarize.js';

/** What `batchAction` resolves to: the process's exit code when nothing was wrong with the usage. */
export const BATCH_EXIT = Object.freeze({ ok: 0, someFailed: 1 });

interface BatchFlags extends BackendFlags {
  output?: string;
  workers?: number;
  resume?: boolean;
  errors?: string;
  bullets?: number;
  type?: SummaryType;
  length?: SummaryLength;
  maxWords?: number;
  wholeSentences?: boolean;
  method?: string;
  lang?: string;
  progress?: boolean;
}

function rate(count: number, seconds: number): string {
  return seconds > 0 ? (count / seconds).toFixed(count / seconds >= 100 ? 0 : 1) : '∞';
}

/**
 * The batch command without commander (the benchmark calls it too). Bad usage throws a
 * KernpunkteError (exit 2 through main); resolves to BATCH_EXIT.someFailed when records failed
 * or the run was stopped, BATCH_EXIT.ok otherwise.
 */
export async function batchAction(inputPath: string, flags: BatchFlags): Promise<number> {
  const [{ checkDistinctFiles, checkRunOptions, closeOutputs, countLines, defaultErrorsPath, openInput, openOutput, readDoneIds, runBatch, withOutputs }, { createSummaryPool }] =
    await Promise.all([import('../batch/index.js'), import('../pool/index.js')]);
  const options: SummarizeOptions = {
    ...summaryOptions(flags),
    ...(flags.method !== undefined ? { method: flags.method } : {}),
    ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
    ...backendOptions(flags),
  };
  checkRunOptions(options);
  // A model back-end runs in this process, bounded by its concurrency limit, instead of on the pool.
  const model = await modelRunner(options);
  if (flags.resume && !flags.output) {
    throw new KernpunkteError('INVALID_OPTION', '--resume needs -o OUT.jsonl (it reads the ids already in OUT)', { option: 'resume' });
  }
  const errorsPath = flags.errors ?? (flags.output ? defaultErrorsPath(flags.output) : undefined);
  // Before anything is opened: an output that is the input (or the other output), however
  // spelled, would be truncated.
  checkDistinctFiles([
    ['input', inputPath],
    ['-o', flags.output],
    ['--errors', errorsPath],
  ]);
  const input = openInput(inputPath);

  let skip: Awaited<ReturnType<typeof readDoneIds>> | undefined;
  if (flags.resume && flags.output) {
    let state: Awaited<ReturnType<typeof readDoneIds>>;
    try {
      // The errors file is read before it is opened (and emptied) for this run.
      state = await readDoneIds(flags.output, errorsPath);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new KernpunkteError('INVALID_INPUT', `cannot resume from ${flags.output}: ${why}`, { path: flags.output }, { cause: e });
    }
    skip = state;
    const cut = state.truncatedBytes > 0 ? `, cut a partial last line (${state.truncatedBytes} bytes)` : '';
    let records = 0;
    for (const count of state.ids.values()) records += count;
    process.stderr.write(`batch: resuming, ${records} records already in ${flags.output}${cut}\n`);
  }

  const output: Writable = flags.output ? openOutput(flags.output, Boolean(flags.resume)) : process.stdout;
  let errors: Writable;
  try {
    errors = errorsPath ? openOutput(errorsPath) : process.stderr;
  } catch (e) {
    await closeOutputs([output]);
    throw e;
  }

  return withOutputs([output, errors], async () => {
    const showBar = flags.progress !== false && process.stderr.isTTY === true;
    let total: number | null = null;
    if (showBar && input.size !== null && !input.gzip) total = await countLines(inputPath);
    const cliProgress = showBar ? (await import('cli-progress')).default : undefined;
    const bar = cliProgress
      ? new cliProgress.SingleBar(
          {
            format:
              total !== null
                ? 'batch [{bar}] {value}/{total} | {failed} failed | {speed}/s | ETA {eta_formatted}'
                : 'batch {value} records | {failed} failed | {speed}/s | {duration_formatted}',
            stream: process.stderr,
            hideCursor: true,
            etaBuffer: 200,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    const barStart = performance.now();
    bar?.start(total ?? 0, 0, { failed: 0, speed: '0' });
    // The last progress seen: the final line reports it when the run ends with an error.
    let last: BatchProgress = { ok: 0, failed: 0, skipped: 0, lines: 0 };
    const onProgress = (p: BatchProgress): void => {
      last = p;
      if (!bar) return;
      const done = p.ok + p.failed + p.skipped;
      bar.update(done, { failed: p.failed, speed: rate(done, (performance.now() - barStart) / 1000) });
    };
    const summaryLine = (stats: BatchProgress, seconds: number, threads: number, ending: string): string => {
      const skipped = stats.skipped > 0 ? `, ${stats.skipped} skipped (resume)` : '';
      return (
        `batch: ${stats.ok} ok, ${stats.failed} failed${skipped}, ${stats.lines} lines in ${seconds.toFixed(1)} s ` +
        `(${rate(stats.ok + stats.failed, seconds)} articles/s, ${threads} ${threads === 1 ? 'worker' : 'workers'})${ending}\n`
      );
    };

    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let pool: SummaryPool | undefined;
    try {
      pool = model ? undefined : createSummaryPool(flags.workers !== undefined ? { threads: flags.workers } : {});
      const threads = model ? model.concurrency : pool!.threads;
      let stats: Awaited<ReturnType<typeof runBatch>>;
      try {
        stats = await runBatch({
          input: input.stream,
          output,
          errors,
          summarize: model ? model.summarize : pool!.run,
          options,
          concurrency: threads,
          ...(skip ? { skip } : {}),
          onProgress,
          signal: stop.signal,
        });
      } catch (e) {
        // The counts so far, then the error itself (main prints it as the coded line).
        bar?.stop();
        process.stderr.write(summaryLine(last, (performance.now() - barStart) / 1000, threads, ' (stopped by the error below)'));
        throw e;
      }
      bar?.stop();
      process.stderr.write(summaryLine(stats, stats.seconds, threads, stats.aborted ? ' (stopped early: rerun with --resume to finish)' : ''));
      if (stats.failed > 0 && errorsPath) process.stderr.write(`batch: failed records are listed in ${errorsPath}\n`);
      return stats.failed > 0 || stats.aborted ? BATCH_EXIT.someFailed : BATCH_EXIT.ok;
    } finally {
      bar?.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await pool?.destroy();
      await model?.dispose();
    }
  });
}

export function batchCommand(): Command {
  const command = addBackendOptions(new Command('batch'))
    .description('summarize a JSONL file of {id, text | html, title?, lang?} records on all cores, one {id, ...summary} line per record in input order')
    .argument('<input>', 'JSONL input: a file, a .jsonl.gz file, or - for stdin')
    .option('-o, --output <file>', 'write results here (default: stdout)')
    .option('--workers <n>', 'worker threads (default: one per core)', intOption('--workers'))
    .option('--resume', 'skip ids already in the output file and append the rest')
    .option('--errors <file>', 'write failed records here (default: OUT.errors.jsonl, or stderr with stdout output)')
    .option('--bullets <n>', SUMMARY_HELP.bullets, intOption('--bullets', OPTION_RANGES.bullets.min, OPTION_RANGES.bullets.max))
    .addOption(new Option('--type <type>', `${SUMMARY_HELP.type} (default ${DEFAULTS.type})`).choices(SUMMARY_TYPES))
    .addOption(new Option('--length <length>', `${SUMMARY_HELP.length} (default ${DEFAULTS.length})`).choices(SUMMARY_LENGTHS))
    .option('--max-words <n>', SUMMARY_HELP.maxWords, intOption('--max-words', OPTION_RANGES.maxWords.min, OPTION_RANGES.maxWords.max))
    .option('--whole-sentences', SUMMARY_HELP.wholeSentences)
    .option('--method <name>', 'ranking method (see `kernpunkte methods`)')
    .option('--lang <code>', 'force a language instead of detecting it per record')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (inputPath: string, flags: BatchFlags) => {
      process.exitCode = await batchAction(inputPath, flags);
    });
  return command;
}
