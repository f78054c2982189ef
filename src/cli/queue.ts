/**
 * `kernpunkte queue add|export|status` and `kernpunkte worker`: thin shells over src/queue.
 *
 *   kernpunkte queue add IN.jsonl --redis URL [--queue NAME] [--type T] [--length L] [--bullets N] [--max-words N] [--method NAME]
 *                        [--records-per-job N]
 *   kernpunkte worker --redis URL [--queue NAME] [--concurrency N] [--until-empty]
 *   kernpunkte queue status --redis URL [--queue NAME] [--json]
 *   kernpunkte queue export OUT.jsonl --redis URL [--queue NAME] [--errors ERR.jsonl]
 *
 * Exit 0: done; 1: some records failed (add: bad lines) or Redis trouble; 2: bad usage. Errors
 * are thrown (KernpunkteError) and mapped by the central handler in main.ts.
 */
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import type { SummarizeOptions, SummaryLength, SummaryType } from '../types.js';
import { DEFAULTS, SUMMARY_LENGTHS, SUMMARY_TYPES } from '../summarize/limits.js';
import { QUEUE_SETTINGS } from '../queue/settings.js';
import { checkQueueName } from '../queue/keys.js';
import { checkRedisUrl, redactUrl } from '../queue/url.js';
import { OPTION_RANGES } from './limits.js';
import { addBackendOptions, backendOptions, modelRunner, type BackendFlags } from './backend-options.js';
import { intOption } from './options.js';
import { SUMMARY_HELP, summaryOptions } from './summarize.js';

interface CommonFlags {
  redis?: string;
  queue: string;
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Where to connect, checked before anything heavy loads: a bad URL or name throws INVALID_OPTION (exit 2). */
function target(flags: CommonFlags): { redis: string; queue: string } {
  return { redis: checkRedisUrl(flags.redis ?? process.env.REDIS_URL ?? DEFAULT_REDIS), queue: checkQueueName(flags.queue) };
}

function withRedisOptions(command: Command): Command {
  return command
    .option('--redis <url>', `Redis URL (default: $REDIS_URL or ${DEFAULT_REDIS})`)
    .option('--queue <name>', 'queue name', QUEUE_SETTINGS.queue);
}

function addCommand(): Command {
  const command = withRedisOptions(
    new Command('add')
      .description('enqueue the {id, text | html, title?, lang?} records of a JSONL file, in jobs of up to 32 records (adding again is a no-op)')
      .argument('<input>', 'JSONL input: a file, a .jsonl.gz file, or - for stdin')
      .option('--bullets <n>', SUMMARY_HELP.bullets, intOption('--bullets', OPTION_RANGES.bullets.min, OPTION_RANGES.bullets.max))
      .addOption(new Option('--type <type>', `${SUMMARY_HELP.type} (default ${DEFAULTS.type})`).choices(SUMMARY_TYPES))
      .addOption(new Option('--length <length>', `${SUMMARY_HELP.length} (default ${DEFAULTS.length})`).choices(SUMMARY_LENGTHS))
      .option('--max-words <n>', SUMMARY_HELP.maxWords, intOption('--max-words', OPTION_RANGES.maxWords.min, OPTION_RANGES.maxWords.max))
      .option('--method <name>', 'ranking method')
      .option('--lang <code>', 'force a language')
      .option('--errors <file>', 'write bad lines here (default: stderr)')
      .option('--records-per-job <n>', `records per job (default ${QUEUE_SETTINGS.recordsPerJob}; 1 for very large records)`, intOption('--records-per-job')),
  ).action(async (inputPath: string, flags: CommonFlags & { bullets?: number; type?: SummaryType; length?: SummaryLength; maxWords?: number; method?: string; lang?: string; errors?: string; recordsPerJob?: number }) => {
    const where = target(flags);
    const options: SummarizeOptions = {
      ...summaryOptions(flags),
      ...(flags.method !== undefined ? { method: flags.method } : {}),
      ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
    };
    const { checkDistinctFiles, checkRunOptions, openInput, openOutput, withOutputs } = await import('../batch/index.js');
    checkRunOptions(options);
    checkDistinctFiles([
      ['input', inputPath],
      ['--errors', flags.errors],
    ]);
    const input = openInput(inputPath);
    const errors: Writable = flags.errors ? openOutput(flags.errors) : process.stderr;
    await withOutputs([errors], async () => {
      const { addRecords } = await import('../queue/index.js');
      const stats = await addRecords({
        input: input.stream,
        redis: where.redis,
        queue: where.queue,
        options,
        errors,
        ...(flags.recordsPerJob !== undefined ? { recordsPerJob: flags.recordsPerJob } : {}),
      });
      say(
        `queue add: ${stats.added} added, ${stats.alreadyDone} already done, ${stats.failed} bad lines, ` +
          `${stats.lines} lines in ${stats.seconds.toFixed(1)} s (${stats.jobs} jobs; queue ${where.queue} on ${redactUrl(where.redis)})`,
      );
      // Bad lines are a result, not an error: exit 1, the good records are queued.
      if (stats.failed > 0) process.exitCode = 1;
    });
  });
  return command;
}

function exportCommand(): Command {
  const command = withRedisOptions(
    new Command('export')
      .description('write the stored results as JSONL, one {id, ...summary} line per id')
      .argument('<output>', 'output file, or - for stdout')
      .option('--errors <file>', 'also write the records that failed for good ({line, id, code, message})'),
  ).action(async (outputPath: string, flags: CommonFlags & { errors?: string }) => {
    const where = target(flags);
    const { checkDistinctFiles, closeOutputs, openOutput, withOutputs } = await import('../batch/index.js');
    checkDistinctFiles([
      ['output', outputPath],
      ['--errors', flags.errors],
    ]);
    const output: Writable = outputPath === '-' ? process.stdout : openOutput(outputPath);
    let errors: Writable | undefined;
    try {
      errors = flags.errors ? openOutput(flags.errors) : undefined;
    } catch (e) {
      await closeOutputs([output]);
      throw e;
    }
    await withOutputs([output, errors], async () => {
      const { exportResults } = await import('../queue/index.js');
      const counts = await exportResults({ redis: where.redis, queue: where.queue, output, ...(errors ? { errors } : {}) });
      say(`queue export: ${counts.results} results${errors ? `, ${counts.errors} errors` : ''} (queue ${where.queue})`);
    });
  });
  return command;
}

function statusCommand(): Command {
  const command = withRedisOptions(
    new Command('status').description('job counts (waiting, active, completed, failed, delayed; a job holds up to 32 records) and stored results and errors (records)').option('--json', 'print JSON'),
  ).action(async (flags: CommonFlags & { json?: boolean }) => {
    const where = target(flags);
    const { queueStatus } = await import('../queue/index.js');
    const status = await queueStatus(where);
    if (flags.json) {
      process.stdout.write(JSON.stringify(status) + '\n');
      return;
    }
    const { queue, ...counts } = status;
    process.stdout.write(`queue ${queue}\n`);
    for (const [key, value] of Object.entries(counts)) process.stdout.write(`  ${key.padEnd(10)} ${value}\n`);
  });
  return command;
}

export function queueCommand(): Command {
  const command = new Command('queue')
    .description('distributed mode on Redis + BullMQ: add records, see status, export results (run `kernpunkte worker` to process)')
    .addCommand(addCommand())
    .addCommand(exportCommand())
    .addCommand(statusCommand());
  return command;
}

export function workerCommand(): Command {
  const command = withRedisOptions(
    addBackendOptions(new Command('worker'))
      .description('process queued records on worker threads and store the results in Redis')
      .option('--concurrency <n>', 'summarizing threads (default: one per core)', intOption('--concurrency'))
      .option('--until-empty', 'exit once nothing is waiting, delayed or active')
      .option('--lock-duration <ms>', `job lock lifetime: how soon a killed worker's jobs are taken over (default ${QUEUE_SETTINGS.lockDurationMs})`, intOption('--lock-duration'))
      .option('--stalled-interval <ms>', `how often to look for stalled jobs (default ${QUEUE_SETTINGS.stalledIntervalMs})`, intOption('--stalled-interval')),
  ).action(
    async (flags: CommonFlags & BackendFlags & { concurrency?: number; untilEmpty?: boolean; lockDuration?: number; stalledInterval?: number }) => {
      const where = target(flags);
      const { startQueueWorker } = await import('../queue/index.js');
      // With a model back-end, jobs run in this process, as many at once as the model allows.
      const model = await modelRunner(backendOptions(flags));
      const concurrency = flags.concurrency ?? model?.concurrency;
      const worker = await startQueueWorker({
        ...where,
        ...(concurrency !== undefined ? { concurrency } : {}),
        ...(model ? { summarize: model.summarize } : {}),
        ...(flags.lockDuration !== undefined ? { lockDurationMs: flags.lockDuration } : {}),
        ...(flags.stalledInterval !== undefined ? { stalledIntervalMs: flags.stalledInterval } : {}),
        untilEmpty: Boolean(flags.untilEmpty),
      });
      say(`worker: started on queue ${where.queue} at ${redactUrl(where.redis)} (pid ${process.pid})`);
      // First signal: finish active jobs, then stop. Second: stop now (jobs go back to the queue).
      let signals = 0;
      const onSignal = (): void => {
        signals += 1;
        say(signals === 1 ? 'worker: finishing active jobs (signal again to stop at once)' : 'worker: stopping now');
        void worker.close(signals > 1).catch(() => undefined);
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const stats = await worker.done;
        const rate = stats.seconds > 0 ? ((stats.ok + stats.failed) / stats.seconds).toFixed(1) : '0';
        say(`worker: ${stats.ok} ok, ${stats.failed} failed, ${stats.retried} retried in ${stats.seconds.toFixed(1)} s (${rate} records/s)`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await model?.dispose();
      }
    },
  );
  return command;
}
