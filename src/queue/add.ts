/**
 * `queue add`: JSONL records → BullMQ jobs of up to QUEUE_SETTINGS.recordsPerJob consecutive
 * records each, sent with `addBulk`. Re-adding is idempotent: a record whose result exists is
 * skipped, and a job id is a hash of its records' ids, so a group whose job is still known to
 * BullMQ (waiting, active, failed, recently completed) is not added twice.
 * Bad lines are reported by line number, exactly as batch reports them; so is a line whose id
 * an earlier line of the same input already has (in a queue an id names one record: one result).
 */
import type { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import type { SummarizeOptions } from '../types.js';
import { readLines } from '../batch/lines.js';
import { idKey, parseRecordLine, type RecordError } from '../batch/records.js';
import { errorLine, lineWriter } from '../batch/output.js';
import { BATCH_SETTINGS } from '../batch/settings.js';
import { checkCount } from '../batch/index.js';
import { bullConnection, connectOnce } from './connection.js';
import { checkQueueName, jobIdFor, resultsKey } from './keys.js';
import { QUEUE_SETTINGS } from './settings.js';
import type { JobData, JobRecord } from './job.js';

export interface AddOptions {
  input: AsyncIterable<Buffer | string>;
  redis: string;
  queue?: string;
  /** Summarize options stored with every job. */
  options?: SummarizeOptions;
  /** Tries per job for transient failures. Default QUEUE_SETTINGS.attempts. */
  attempts?: number;
  /** First retry delay (ms), doubling. Default QUEUE_SETTINGS.backoffMs. */
  backoffMs?: number;
  /** Records per job. Default QUEUE_SETTINGS.recordsPerJob. */
  recordsPerJob?: number;
  /** Receives one `{line, id?, code, message}` line per bad input line. */
  errors: Writable;
}

export interface AddStats {
  /** Records handed to BullMQ (in a job it did not hold yet, or one it holds: then nothing changes). */
  added: number;
  /** Jobs those records were grouped into. */
  jobs: number;
  /** Records whose result is already stored. */
  alreadyDone: number;
  /** Bad lines (invalid records, and ids repeated within the input). */
  failed: number;
  lines: number;
  seconds: number;
}

/** A group of records and the job id it was given before done records were taken out. */
interface Group {
  jobId: string;
  records: JobRecord[];
}

export async function addRecords(options: AddOptions): Promise<AddStats> {
  const started = performance.now();
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const perJob = checkCount('recordsPerJob', options.recordsPerJob, QUEUE_SETTINGS.recordsPerJob);
  const client = await connectOnce(options.redis);
  const queue = new Queue<JobData>(name, { connection: bullConnection(options.redis) });
  queue.on('error', () => undefined); // surfaced by the failing addBulk call instead
  const stats = { added: 0, jobs: 0, alreadyDone: 0, failed: 0, lines: 0 };
  const jobOptions = {
    attempts: options.attempts ?? QUEUE_SETTINGS.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs ?? QUEUE_SETTINGS.backoffMs },
    removeOnComplete: { count: QUEUE_SETTINGS.keepCompleted },
    removeOnFail: false,
  };
  // The first line of each id in this input: a later line with the same id is reported.
  const firstLine = new Map<string, number>();
  let open: JobRecord[] = [];
  let openChars = 0;
  let closed: Group[] = [];
  let closedRecords = 0;

  // Bad lines are written with backpressure; a failing errors stream is a coded error, not a crash.
  const writer = lineWriter([options.errors], 'errors output');
  const reportError = async (error: RecordError): Promise<void> => {
    stats.failed += 1;
    await writer.write(options.errors, errorLine(error));
  };

  const closeGroup = (): void => {
    if (open.length === 0) return;
    // The id is fixed before done records are taken out, so re-adding names the same job.
    closed.push({ jobId: jobIdFor(open.map((r) => r.id)), records: open });
    closedRecords += open.length;
    open = [];
    openChars = 0;
  };

  const flush = async (): Promise<void> => {
    if (closed.length === 0) return;
    const groups = closed;
    closed = [];
    closedRecords = 0;
    const keys = groups.flatMap((g) => g.records.map((r) => idKey(r.id)));
    const done = await client.hmget(resultsKey(name), ...keys);
    let at = 0;
    const jobs = [];
    for (const group of groups) {
      const todo = group.records.filter(() => {
        const value = done[at++];
        return value === null || value === undefined;
      });
      stats.alreadyDone += group.records.length - todo.length;
      if (todo.length === 0) continue;
      jobs.push({
        name: 'summarize',
        data: { records: todo, ...(options.options ? { options: options.options } : {}) },
        opts: { jobId: group.jobId, ...jobOptions },
      });
      stats.added += todo.length;
    }
    if (jobs.length === 0) return;
    await queue.addBulk(jobs);
    stats.jobs += jobs.length;
  };

  try {
    for await (const read of readLines(options.input, BATCH_SETTINGS.maxLineChars)) {
      stats.lines = read.line;
      if (read.tooLong) {
        await reportError({ line: read.line, code: 'INPUT_TOO_LARGE', message: `line ${read.line} is ${read.length} characters long; the limit is ${BATCH_SETTINGS.maxLineChars}` });
        continue;
      }
      const parsed = parseRecordLine(read.text, read.line);
      if (parsed.ok === 'blank') continue;
      if (parsed.ok === false) {
        await reportError(parsed.error);
        continue;
      }
      const { id, input } = parsed.record;
      const key = idKey(id);
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        const message = `line ${read.line} (id ${key}): line ${earlier} has the same id; in a queue an id names one record (one result), so this line is not added`;
        await reportError({ line: read.line, id, code: 'INVALID_INPUT', message });
        continue;
      }
      firstLine.set(key, read.line);
      open.push({ id, line: read.line, input });
      openChars += read.text.length;
      if (open.length >= perJob || openChars >= QUEUE_SETTINGS.charsPerJob) closeGroup();
      if (closedRecords >= QUEUE_SETTINGS.addChunk) await flush();
    }
    closeGroup();
    await flush();
  } finally {
    writer.detach();
    await queue.close();
    client.disconnect();
  }
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}
