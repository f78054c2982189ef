/**
 * `kernpunkte queue add|export|status` and `kernpunkte worker`: thin shells over src/queue.
 *
 *   kernpunkte queue add IN.jsonl --redis URL [--queue NAME] [--bullets N] [--method NAME]
 *   kernpunkte worker --redis URL [--queue NAME] [--concurrency N] [--until-empty]
 *   kernpunkte queue status --redis URL [--queue NAME] [--json]
 *   kernpunkte queue export OUT.jsonl --redis URL [--queue NAME] [--errors ERR.jsonl]
 *
 * Exit 0: done; 1: some records failed (add: bad lines) or Redis trouble; 2: bad usage.
 */
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import type { SummarizeOptions } from '../types.js';
import { KernpunkteError } from '../errors.js';
import { checkRunOptions, openInput } from '../batch/index.js';
import { addRecords, exportResults, queueStatus, startQueueWorker, QUEUE_SETTINGS, checkQueueName, checkRedisUrl, redactUrl } from '../queue/index.js';
import { EXIT, openOutput, positiveInt, usageExit } from './batch.js';

interface CommonFlags {
  redis?: string;
  queue: string;
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Usage problems (bad URL, bad queue name, bad options) → exit 2 with the message. */
function common(flags: CommonFlags, prefix: string): { redis: string; queue: string } | number {
  const redis = flags.redis ?? process.env.REDIS_URL ?? DEFAULT_REDIS;
  try {
    return { redis: checkRedisUrl(redis), queue: checkQueueName(flags.queue) };
  } catch (e) {
    if (e instanceof KernpunkteError) {
      say(`${prefix}: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
}

function withRedisOptions(command: Command): Command {
  return command
    .option('--redis <url>', `Redis URL (default: $REDIS_URL or ${DEFAULT_REDIS})`)
    .option('--queue <name>', 'queue name', QUEUE_SETTINGS.queue);
}

function closeFile(stream: Writable): Promise<void> {
  if (stream === process.stdout || stream === process.stderr) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

function addCommand(): Command {
  const command = withRedisOptions(
    new Command('add')
      .description('enqueue the {id, text | html, title?, lang?} records of a JSONL file (job id = record id: adding again is a no-op)')
      .argument('<input>', 'JSONL input: a file, a .jsonl.gz file, or - for stdin')
      .option('--bullets <n>', 'bullets per summary (1 to 7)', positiveInt)
      .option('--method <name>', 'ranking method')
      .option('--lang <code>', 'force a language')
      .option('--errors <file>', 'write bad lines here (default: stderr)'),
  ).action(async (inputPath: string, flags: CommonFlags & { bullets?: number; method?: string; lang?: string; errors?: string }) => {
    const where = common(flags, 'queue add');
    if (typeof where === 'number') return void (process.exitCode = where);
    const options: SummarizeOptions = {
      ...(flags.bullets !== undefined ? { bullets: flags.bullets } : {}),
      ...(flags.method !== undefined ? { method: flags.method } : {}),
      ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
    };
    let input: ReturnType<typeof openInput>;
    try {
      checkRunOptions(options);
      input = openInput(inputPath);
    } catch (e) {
      if (e instanceof KernpunkteError) {
        say(`queue add: ${e.message}`);
        return void (process.exitCode = EXIT.usage);
      }
      throw e;
    }
    let errors: Writable;
    try {
      errors = flags.errors ? openOutput(flags.errors, false) : process.stderr;
    } catch (e) {
      if (e instanceof KernpunkteError) {
        say(`queue add: ${e.message}`);
        return void (process.exitCode = EXIT.usage);
      }
      throw e;
    }
    try {
      const stats = await addRecords({ input: input.stream, redis: where.redis, queue: where.queue, options, errors });
      say(
        `queue add: ${stats.added} added, ${stats.alreadyDone} already done, ${stats.failed} bad lines, ` +
          `${stats.lines} lines in ${stats.seconds.toFixed(1)} s (queue ${where.queue} on ${redactUrl(where.redis)})`,
      );
      process.exitCode = stats.failed > 0 ? EXIT.someFailed : EXIT.ok;
    } finally {
      await closeFile(errors);
    }
  });
  return usageExit(command);
}

function exportCommand(): Command {
  const command = withRedisOptions(
    new Command('export')
      .description('write the stored results as JSONL, one {id, ...summary} line per id')
      .argument('<output>', 'output file, or - for stdout')
      .option('--errors <file>', 'also write the records that failed for good ({line, id, code, message})'),
  ).action(async (outputPath: string, flags: CommonFlags & { errors?: string }) => {
    const where = common(flags, 'queue export');
    if (typeof where === 'number') return void (process.exitCode = where);
    let output: Writable;
    let errors: Writable | undefined;
    try {
      output = outputPath === '-' ? process.stdout : openOutput(outputPath, false);
      errors = flags.errors ? openOutput(flags.errors, false) : undefined;
    } catch (e) {
      if (e instanceof KernpunkteError) {
        say(`queue export: ${e.message}`);
        return void (process.exitCode = EXIT.usage);
      }
      throw e;
    }
    try {
      const counts = await exportResults({ redis: where.redis, queue: where.queue, output, ...(errors ? { errors } : {}) });
      say(`queue export: ${counts.results} results${errors ? `, ${counts.errors} errors` : ''} (queue ${where.queue})`);
    } finally {
      await closeFile(output);
      if (errors) await closeFile(errors);
    }
  });
  return usageExit(command);
}

function statusCommand(): Command {
  const command = withRedisOptions(
    new Command('status').description('job counts (waiting, active, completed, failed, delayed) and stored results').option('--json', 'print JSON'),
  ).action(async (flags: CommonFlags & { json?: boolean }) => {
    const where = common(flags, 'queue status');
    if (typeof where === 'number') return void (process.exitCode = where);
    const status = await queueStatus(where);
    if (flags.json) {
      process.stdout.write(JSON.stringify(status) + '\n');
      return;
    }
    const { queue, ...counts } = status;
    process.stdout.write(`queue ${queue}\n`);
    for (const [key, value] of Object.entries(counts)) process.stdout.write(`  ${key.padEnd(10)} ${value}\n`);
  });
  return usageExit(command);
}

export function queueCommand(): Command {
  const command = new Command('queue')
    .description('distributed mode on Redis + BullMQ: add records, see status, export results (run `kernpunkte worker` to process)')
    .addCommand(addCommand())
    .addCommand(exportCommand())
    .addCommand(statusCommand());
  return usageExit(command);
}

export function workerCommand(): Command {
  const command = withRedisOptions(
    new Command('worker')
      .description('process queued records on worker threads and store the results in Redis')
      .option('--concurrency <n>', 'jobs at once, one thread each (default: one per core)', positiveInt)
      .option('--until-empty', 'exit once nothing is waiting, delayed or active')
      .option('--lock-duration <ms>', `job lock lifetime: how soon a killed worker's jobs are taken over (default ${QUEUE_SETTINGS.lockDurationMs})`, positiveInt)
      .option('--stalled-interval <ms>', `how often to look for stalled jobs (default ${QUEUE_SETTINGS.stalledIntervalMs})`, positiveInt),
  ).action(
    async (flags: CommonFlags & { concurrency?: number; untilEmpty?: boolean; lockDuration?: number; stalledInterval?: number }) => {
      const where = common(flags, 'worker');
      if (typeof where === 'number') return void (process.exitCode = where);
      const worker = await startQueueWorker({
        ...where,
        ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
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
        say(`worker: ${stats.ok} ok, ${stats.failed} failed, ${stats.retried} retried in ${stats.seconds.toFixed(1)} s (${rate} jobs/s)`);
        process.exitCode = EXIT.ok;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    },
  );
  return usageExit(command);
}
