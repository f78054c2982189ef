/**
 * `queue add`: JSONL records → BullMQ jobs, one per record, job id derived from the record
 * id. Re-adding is idempotent: a record whose result exists is skipped, and one whose job is
 * still known to BullMQ (waiting, active, failed, recently completed) is not added twice.
 * Bad lines are reported by line number, exactly as batch reports them.
 */
import type { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import type { SummarizeOptions } from '../types.js';
import { readLines } from '../batch/lines.js';
import { idKey, parseRecordLine, type BatchRecord, type RecordError } from '../batch/records.js';
import { errorLine, lineWriter } from '../batch/output.js';
import { BATCH_SETTINGS } from '../batch/settings.js';
import { bullConnection, connectOnce } from './connection.js';
import { checkQueueName, jobIdFor, resultsKey } from './keys.js';
import { QUEUE_SETTINGS } from './settings.js';
import type { JobData } from './job.js';

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
  /** Receives one `{line, id?, code, message}` line per bad input line. */
  errors: Writable;
}

export interface AddStats {
  /** Jobs handed to BullMQ (a job id it already holds is not added again). */
  added: number;
  /** Records whose result is already stored. */
  alreadyDone: number;
  failed: number;
  lines: number;
  seconds: number;
}

export async function addRecords(options: AddOptions): Promise<AddStats> {
  const started = performance.now();
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const client = await connectOnce(options.redis);
  const queue = new Queue<JobData>(name, { connection: bullConnection(options.redis) });
  queue.on('error', () => undefined); // surfaced by the failing addBulk call instead
  const stats = { added: 0, alreadyDone: 0, failed: 0, lines: 0 };
  let chunk: Array<{ record: BatchRecord; line: number }> = [];

  // Bad lines are written with backpressure; a failing errors stream is a coded error, not a crash.
  const writer = lineWriter([options.errors], 'errors output');
  const reportError = async (error: RecordError): Promise<void> => {
    stats.failed += 1;
    await writer.write(options.errors, errorLine(error));
  };

  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const batch = chunk;
    chunk = [];
    const done = await client.hmget(resultsKey(name), ...batch.map((b) => idKey(b.record.id)));
    const todo = batch.filter((_, i) => done[i] === null || done[i] === undefined);
    stats.alreadyDone += batch.length - todo.length;
    if (todo.length === 0) return;
    await queue.addBulk(
      todo.map(({ record, line }) => ({
        name: 'summarize',
        data: { id: record.id, line, input: record.input, ...(options.options ? { options: options.options } : {}) },
        opts: {
          jobId: jobIdFor(record.id),
          attempts: options.attempts ?? QUEUE_SETTINGS.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs ?? QUEUE_SETTINGS.backoffMs },
          removeOnComplete: { count: QUEUE_SETTINGS.keepCompleted },
          removeOnFail: false,
        },
      })),
    );
    stats.added += todo.length;
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
      chunk.push({ record: parsed.record, line: read.line });
      if (chunk.length >= QUEUE_SETTINGS.addChunk) await flush();
    }
    await flush();
  } finally {
    writer.detach();
    await queue.close();
    client.disconnect();
  }
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}
