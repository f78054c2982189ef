/**
 * `worker`: takes jobs off the queue, summarizes them on a thread pool and stores each
 * result in the results hash (HSET id → JSON: a job that runs twice leaves one result).
 *
 * - transient failures (INTERNAL) are retried with exponential backoff (see QUEUE_SETTINGS)
 * - input errors are final at once: BullMQ's UnrecoverableError, the code in the reason
 * - whether a failure is final is decided once, in the processor, and carried on the error
 * - `close()` lets active jobs finish (graceful SIGTERM/SIGINT); a worker killed outright
 *   stops renewing its locks, so its jobs go back to the queue after `lockDurationMs` and
 *   another worker takes them
 */
import os from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { createSummaryPool } from '../pool/index.js';
import { idKey } from '../batch/records.js';
import { checkCount, type SummarizeFn } from '../batch/index.js';
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

/** A processor failure: the error BullMQ sees, with the record's code and whether it is the last try. */
type JobFailure = Error & { code: string; final: boolean };

function failure(error: Error, code: string, final: boolean): JobFailure {
  return Object.assign(error, { code, final });
}

function isJobFailure(error: unknown): error is JobFailure {
  if (!(error instanceof Error)) return false;
  const e = error as Partial<JobFailure>;
  return typeof e.code === 'string' && typeof e.final === 'boolean';
}

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const started = performance.now();
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const concurrency = checkCount('concurrency', options.concurrency, Math.max(1, os.availableParallelism()));
  const lockDuration = checkCount('lockDurationMs', options.lockDurationMs, QUEUE_SETTINGS.lockDurationMs);
  const stalledInterval = checkCount('stalledIntervalMs', options.stalledIntervalMs, QUEUE_SETTINGS.stalledIntervalMs);
  // Fail fast on a wrong URL; from here on, connections reconnect for as long as it takes.
  (await connectOnce(options.redis)).disconnect();

  const results = connectLasting(options.redis);
  const pool = options.summarize ? undefined : createSummaryPool({ threads: concurrency });
  const summarize: SummarizeFn = options.summarize ?? pool!.run;
  const stats = { ok: 0, failed: 0, retried: 0 };

  const run = async (job: Job<JobData>, lastTry: boolean): Promise<{ ok: true }> => {
    const key = idKey(job.data.id);
    const outcome = await runJob(job.data, summarize);
    if (outcome.ok) {
      await results.multi().hset(resultsKey(name), key, outcome.line).hdel(errorsKey(name), key).exec();
      return { ok: true };
    }
    const final = !outcome.transient || lastTry;
    if (final) await results.hset(errorsKey(name), key, outcome.errorLine);
    const reason = `${outcome.error.code}: ${outcome.error.message}`;
    // UnrecoverableError tells BullMQ not to retry an input error.
    throw failure(outcome.transient ? new Error(reason) : new UnrecoverableError(reason), outcome.error.code, final);
  };
  // Whether a failure is the job's last is decided here, once, and rides on the error (with
  // its code) to the 'failed' handler. Anything else thrown (Redis trouble while storing) is
  // INTERNAL, retried by BullMQ while attempts are left.
  const processor = async (job: Job<JobData>): Promise<{ ok: true }> => {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await run(job, lastTry);
    } catch (e) {
      if (isJobFailure(e)) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw failure(new Error(`INTERNAL: ${message}`, { cause: e }), 'INTERNAL', lastTry);
    }
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
    // Errors that did not come from the processor (a job stalled too often) end the job for good.
    const { code, final } = isJobFailure(error) ? error : { code: 'INTERNAL', final: true };
    if (final) stats.failed += 1;
    else stats.retried += 1;
    options.onJob?.({ id: idKey(job.data.id), ok: false, final, code });
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
