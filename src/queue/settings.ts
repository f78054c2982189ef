/** Queue tuning numbers, in one place. Times in milliseconds. */
export const QUEUE_SETTINGS = Object.freeze({
  /** Default queue name (BullMQ forbids ':' in it). */
  queue: 'kernpunkte',
  /** Tries per job for transient failures (INTERNAL); input errors fail at once. */
  attempts: 3,
  /** First retry delay; doubles each time (exponential backoff). */
  backoffMs: 1_000,
  /**
   * Records per job. BullMQ's fixed cost per job (its Lua scripts, lock, events) is paid once
   * per group instead of once per record; each record
   * still gets its own result or error line. A worker killed mid-job costs at most this many
   * records redone, minus those already stored.
   */
  recordsPerJob: 32,
  /** A job is closed early once its records hold this many characters of input (big HTML pages). */
  charsPerJob: 1_000_000,
  /**
   * Jobs each summarizing thread has at once: while one job's results are stored and the next
   * job is fetched (three Redis round trips), the thread works on the others' records. With 2,
   * the threads of a worker (1 process × 2 threads, 6,000 records, loaded machine) waited for
   * work 1.6-2.1 s of a 47-54 s run; with 4, 0.6-0.9 s, mostly the last jobs. A killed worker's
   * jobs are taken over after `lockDurationMs`, so more in flight loses nothing.
   */
  jobsPerThread: 4,
  /** Records per round of `queue add` (one HMGET for done ids, one `addBulk`): bounded memory while adding. */
  addChunk: 512,
  /**
   * How long a worker's job lock lives without renewal. A worker killed with SIGKILL stops
   * renewing; its jobs count as stalled after this and go back to the wait list.
   */
  lockDurationMs: 30_000,
  /** How often each worker checks for stalled jobs of dead workers. */
  stalledIntervalMs: 30_000,
  /** A job that stalls more often than this fails (a poison record that kills workers). */
  maxStalledCount: 2,
  /**
   * Completed jobs kept for `queue status` (the results hash keeps every result). A kept job
   * keeps its records' input in Redis: 1,000 jobs of 32 records hold about 32,000 articles.
   */
  keepCompleted: 1_000,
  /**
   * `--until-empty`: how often a worker that runs no job looks at the queue's counts (two empty
   * looks in a row end it, so a drained worker exits 2-3 looks after its last job). One look is
   * one small Lua script in Redis; a worker with a job running does not look.
   */
  emptyPollMs: 100,
  /** Entries per HSCAN page when exporting. */
  exportPage: 500,
  /** Connecting for add/status/export: give up after this instead of retrying forever. */
  connectTimeoutMs: 5_000,
});
