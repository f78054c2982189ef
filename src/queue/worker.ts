/**
 * `worker`: takes jobs off the queue, summarizes them on a thread pool and stores each
 * result in the results hash (HSET id → JSON: a job that runs twice leaves one result).
 *
 * - transient failures (INTERNAL) are retried with exponential backoff (see QUEUE_SETTINGS)
 * - input errors are final at once: BullMQ's UnrecoverableError, the code in the reason
 * - `close()` lets active jobs finish (graceful SIGTERM/SIGINT); a worker killed outright
 *   stops renewing its locks, so its jobs go back to the queue after `lockDurationMs` and
 *   another worker takes them
 */
import os from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { KernpunkteError } from '../errors.js';
import { createSummaryPool } from '../pool/index.js';
import { idKey } from '../batch/records.js';
import type { SummarizeFn } from '../batch/index.js';
import { bullConnection, connectLasting, connectOnce } from './connection.js';
import { checkQueueName, errorsKey, resultsKey } from './keys.js';
import { QUEUE_SETTINGS } from './settings.js';
import { runJob, type JobData } from './job.js';

export interface QueueWorkerOptions {
  redis: string;
  queue?: string;
  /** Jobs at once, each on its own thread. Default: one per core. */
  concurrency?: number;
  /** Stop once nothing is waiting, delayed or active any more (for scripts). */
  untilEmpty?: boolean;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Summarize in process with this instead of a thread pool (embedding, tests). */
  summarize?: SummarizeFn;
  /** Called after every job outcome (for progress output). */
  onJob?: (event: { id: string; ok: boolean; final: boolean; code?: string }) => void;
}

export interface QueueWorkerStats {
  ok: number;
  /** Jobs that failed for good (input errors, or retries used up). */
  failed: number;
  /** Failed attempts that will be retried. */
  retried: number;
  seconds: number;
}

export interface QueueWorker {
  /** Resolves when the worker has stopped (after `close()`, or the queue ran empty with `untilEmpty`). */
  done: Promise<QueueWorkerStats>;
  /** Finish active jobs, then stop. `force` abandons them (they become stalled and are retried elsewhere). */
  close(force?: boolean): Promise<QueueWorkerStats>;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be a positive integer, got ${String(value)}`, { option: name });
  }
  return value;
}

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const started = performance.now();
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const concurrency = positive('concurrency', options.concurrency, Math.max(1, os.availableParallelism()));
  const lockDuration = positive('lockDurationMs', options.lockDurationMs, QUEUE_SETTINGS.lockDurationMs);
  const stalledInterval = positive('stalledIntervalMs', options.stalledIntervalMs, QUEUE_SETTINGS.stalledIntervalMs);
  // Fail fast on a wrong URL; from here on, connections reconnect for as long as it takes.
  (await connectOnce(options.redis)).disconnect();

  const results = connectLasting(options.redis);
  const pool = options.summarize ? undefined : createSummaryPool({ threads: concurrency });
  const summarize: SummarizeFn = options.summarize ?? pool!.run;
  const stats = { ok: 0, failed: 0, retried: 0 };

  const processor = async (job: Job<JobData>): Promise<{ ok: true }> => {
    const key = idKey(job.data.id);
    const outcome = await runJob(job.data, summarize);
    if (outcome.ok) {
      await results.multi().hset(resultsKey(name), key, outcome.line).hdel(errorsKey(name), key).exec();
      return { ok: true };
    }
    const final = !outcome.transient || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (final) await results.hset(errorsKey(name), key, outcome.errorLine);
    const reason = `${outcome.error.code}: ${outcome.error.message}`;
    // The code rides on the error itself, so the 'failed' handler never parses the message.
    throw Object.assign(outcome.transient ? new Error(reason) : new UnrecoverableError(reason), { code: outcome.error.code });
  };

  const worker = new Worker<JobData, { ok: true }>(name, processor, {
    connection: bullConnection(options.redis),
    concurrency,
    lockDuration,
    stalledInterval,
    maxStalledCount: QUEUE_SETTINGS.maxStalledCount,
    autorun: true,
  });
  worker.on('error', () => undefined); // connection blips: BullMQ reconnects and carries on
  worker.on('completed', (job) => {
    stats.ok += 1;
    options.onJob?.({ id: idKey(job.data.id), ok: true, final: true });
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) stats.failed += 1;
    else stats.retried += 1;
    const code = (error as Error & { code?: unknown }).code;
    options.onJob?.({ id: idKey(job.data.id), ok: false, final, code: typeof code === 'string' ? code : 'INTERNAL' });
  });

  let closing: Promise<QueueWorkerStats> | undefined;
  let poller: NodeJS.Timeout | undefined;
  let watcher: Queue | undefined;
  let resolveDone: (stats: QueueWorkerStats) => void = () => undefined;
  let rejectDone: (error: unknown) => void = () => undefined;
  const done = new Promise<QueueWorkerStats>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  const close = (force = false): Promise<QueueWorkerStats> => {
    closing ??= (async () => {
      if (poller) clearInterval(poller);
      try {
        await worker.close(force);
        await watcher?.close();
        await pool?.destroy();
        await results.quit().catch(() => results.disconnect());
        const final = { ...stats, seconds: (performance.now() - started) / 1000 };
        resolveDone(final);
        return final;
      } catch (e) {
        rejectDone(e);
        throw e;
      }
    })();
    return closing;
  };

  if (options.untilEmpty) {
    watcher = new Queue(name, { connection: bullConnection(options.redis) });
    watcher.on('error', () => undefined);
    let checking = false;
    // Two empty looks in a row: a job moving between lists is never caught as "empty".
    let emptyLooks = 0;
    poller = setInterval(() => {
      if (checking || closing) return;
      checking = true;
      void watcher!
        .getJobCounts(...BUSY_STATES)
        .then((counts) => {
          const busy = BUSY_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
          emptyLooks = busy === 0 ? emptyLooks + 1 : 0;
          if (emptyLooks >= 2) void close().catch(() => undefined);
        })
        .catch(() => undefined)
        .finally(() => {
          checking = false;
        });
    }, QUEUE_SETTINGS.emptyPollMs);
  }

  return { done, close };
}
