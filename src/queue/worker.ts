/**
 * `worker`: takes jobs (groups of records) off the queue, summarizes their records on a thread
 * pool and stores each record's result in the results hash (HSET id → JSON: a record done twice
 * leaves one result), or its error line in the errors hash.
 *
 * - a record's input error is final at once; a transient failure (INTERNAL) is retried: the
 *   job fails this try and BullMQ retries it with exponential backoff (see QUEUE_SETTINGS)
 * - every try first looks up which of its records are stored already and does only the rest,
 *   so a retry, or a job taken over from a killed worker, redoes no finished record
 * - `close()` lets active jobs finish (graceful SIGTERM/SIGINT); a worker killed outright
 *   stops renewing its locks, so its jobs go back to the queue after `lockDurationMs` and
 *   another worker takes them
 */
import os from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import { createSummaryPool } from '../pool/index.js';
import { idKey } from '../batch/records.js';
import { checkCount, type SummarizeFn } from '../batch/index.js';
import { errorLine } from '../batch/output.js';
import { bullConnection, connectLasting, connectOnce } from './connection.js';
import { checkQueueName, errorsKey, resultsKey } from './keys.js';
import { QUEUE_SETTINGS } from './settings.js';
import { runJob, type JobData, type JobOutcome, type JobRecord } from './job.js';

export interface QueueWorkerOptions {
  redis: string;
  queue?: string;
  /** Summarizing threads. Default: one per core. */
  concurrency?: number;
  /** Stop once nothing is waiting, delayed or active any more (for scripts). */
  untilEmpty?: boolean;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** Summarize in process with this instead of a thread pool (embedding, tests). */
  summarize?: SummarizeFn;
  /** Called after every record's outcome is stored (for progress output). `id` is its key (`idKey`). */
  onRecord?: (event: { id: string; ok: boolean; final: boolean; code?: string }) => void;
}

export interface QueueWorkerStats {
  /** Records summarized and stored. */
  ok: number;
  /** Records that failed for good (input errors, or retries used up). */
  failed: number;
  /** Record failures that will be retried. */
  retried: number;
  seconds: number;
}

export interface QueueWorker {
  /** Resolves when the worker has stopped (after `close()`, or the queue ran empty with `untilEmpty`). */
  done: Promise<QueueWorkerStats>;
  /** Finish active jobs, then stop. `force` abandons them (they become stalled and are retried elsewhere). */
  close(force?: boolean): Promise<QueueWorkerStats>;
}

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/** An error line stored earlier for a record that will fail the same way again (not INTERNAL). */
function isPermanentError(line: string | null | undefined): boolean {
  if (!line) return false;
  try {
    const { code } = JSON.parse(line) as { code?: unknown };
    return typeof code === 'string' && code !== 'INTERNAL';
  } catch {
    return false;
  }
}

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
  const resultsHash = resultsKey(name);
  const errorsHash = errorsKey(name);

  const report = (record: JobRecord, ok: boolean, final: boolean, code?: string): void => {
    if (ok) stats.ok += 1;
    else if (final) stats.failed += 1;
    else stats.retried += 1;
    options.onRecord?.({ id: idKey(record.id), ok, final, ...(code ? { code } : {}) });
  };

  /** The records of this job that still need work: no stored result, and (on a retry) no final error. */
  const pending = async (job: Job<JobData>): Promise<JobRecord[]> => {
    const records = job.data.records;
    const keys = records.map((r) => idKey(r.id));
    const retry = job.attemptsMade > 0;
    const lookup = results.pipeline().hmget(resultsHash, ...keys);
    if (retry) lookup.hmget(errorsHash, ...keys);
    const replies = await lookup.exec();
    const [stored, failed] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return value as Array<string | null>;
    });
    // An error line from before this job's first try may be stale (the record was fixed and
    // added again): only a retry trusts it.
    return records.filter((_, i) => !stored?.[i] && !(retry && isPermanentError(failed?.[i])));
  };

  // One try of a job: summarize what is pending, store every outcome in one MULTI, then report.
  // Transient failures with tries left fail the job, so that BullMQ retries it (with backoff).
  const runTry = async (job: Job<JobData>): Promise<{ ok: number; failed: number }> => {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let todo: JobRecord[] = job.data.records;
    let outcomes: JobOutcome[];
    try {
      todo = await pending(job);
      outcomes = await Promise.all(todo.map((record) => runJob({ ...record, ...(job.data.options ? { options: job.data.options } : {}) }, summarize)));
      const store = results.multi();
      for (const [i, outcome] of outcomes.entries()) {
        const key = idKey(todo[i]!.id);
        if (outcome.ok) store.hset(resultsHash, key, outcome.line).hdel(errorsHash, key);
        else if (!outcome.transient || lastTry) store.hset(errorsHash, key, outcome.errorLine);
      }
      if (outcomes.length > 0) await store.exec();
    } catch (e) {
      // Redis trouble (or a bug) before anything of this try was stored: the job's records are
      // retried while tries are left; on the last one each gets an error line if Redis takes it.
      const message = `INTERNAL: ${e instanceof Error ? e.message : String(e)}`;
      if (lastTry) {
        const store = results.multi();
        for (const record of todo) store.hset(errorsHash, idKey(record.id), errorLine({ line: record.line, id: record.id, code: 'INTERNAL', message }).slice(0, -1));
        await store.exec().catch(() => undefined);
      }
      for (const record of todo) report(record, false, lastTry, 'INTERNAL');
      throw new Error(message, { cause: e });
    }
    let retries = 0;
    let failed = 0;
    let firstRetry = '';
    for (const [i, outcome] of outcomes.entries()) {
      const record = todo[i]!;
      if (outcome.ok) {
        report(record, true, true);
        continue;
      }
      const final = !outcome.transient || lastTry;
      report(record, false, final, outcome.error.code);
      if (final) failed += 1;
      else {
        retries += 1;
        firstRetry ||= `${outcome.error.code}: ${outcome.error.message}`;
      }
    }
    if (retries > 0) throw new Error(`${retries} of ${job.data.records.length} records will be retried (${firstRetry})`);
    return { ok: outcomes.length - failed, failed };
  };

  // Jobs this worker is running: while there are any, the queue is not empty (no need to look).
  let running = 0;
  const processor = async (job: Job<JobData>): Promise<{ ok: number; failed: number }> => {
    running += 1;
    try {
      return await runTry(job);
    } finally {
      running -= 1;
    }
  };

  const worker = new Worker<JobData, { ok: number; failed: number }>(name, processor, {
    connection: bullConnection(options.redis),
    concurrency: concurrency * QUEUE_SETTINGS.jobsPerThread,
    lockDuration,
    stalledInterval,
    maxStalledCount: QUEUE_SETTINGS.maxStalledCount,
    autorun: true,
  });
  worker.on('error', () => undefined); // connection blips: BullMQ reconnects and carries on

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
      if (running > 0) emptyLooks = 0;
      if (checking || closing || running > 0) return;
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
