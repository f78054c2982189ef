/** Reading the queue back: export the results hash as JSONL, and count what is where. */
import type { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import { lineWriter } from '../batch/output.js';
import { bullConnection, connectOnce } from './connection.js';
import { checkQueueName, errorsKey, resultsKey } from './keys.js';
import { QUEUE_SETTINGS } from './settings.js';

/**
 * Writes every stored result as one `{id, ...Summary}` line (errors: `{line, id, code,
 * message}` lines to `errors`). HSCAN may return an entry twice while Redis rehashes, so
 * ids are de-duplicated: one line per id. Order is Redis's, not the input's.
 */
export async function exportResults(options: { redis: string; queue?: string; output: Writable; errors?: Writable }): Promise<{ results: number; errors: number }> {
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const client = await connectOnce(options.redis);
  const counts = { results: 0, errors: 0 };
  const writer = lineWriter(options.errors ? [options.output, options.errors] : [options.output], 'export');
  try {
    const targets: Array<[string, Writable | undefined, 'results' | 'errors']> = [
      [resultsKey(name), options.output, 'results'],
      [errorsKey(name), options.errors, 'errors'],
    ];
    for (const [key, stream, kind] of targets) {
      if (!stream) continue;
      const seen = new Set<string>();
      let cursor = '0';
      do {
        const [next, entries] = await client.hscan(key, cursor, 'COUNT', QUEUE_SETTINGS.exportPage);
        cursor = next;
        for (let i = 0; i + 1 < entries.length; i += 2) {
          const id = entries[i]!;
          if (seen.has(id)) continue;
          seen.add(id);
          await writer.write(stream, entries[i + 1]! + '\n');
          counts[kind] += 1;
        }
      } while (cursor !== '0');
    }
  } finally {
    writer.detach();
    client.disconnect();
  }
  return counts;
}

/** Job counts (a job holds up to QUEUE_SETTINGS.recordsPerJob records), then record counts. */
export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  delayed: number;
  /** Stored results (one per id, however often its job ran). */
  results: number;
  /** Records that failed for good, by id. */
  errors: number;
}

export async function queueStatus(options: { redis: string; queue?: string }): Promise<QueueStatus> {
  const name = checkQueueName(options.queue ?? QUEUE_SETTINGS.queue);
  const client = await connectOnce(options.redis);
  const queue = new Queue(name, { connection: bullConnection(options.redis) });
  queue.on('error', () => undefined);
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    const [results, errors] = await Promise.all([client.hlen(resultsKey(name)), client.hlen(errorsKey(name))]);
    return {
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      delayed: counts.delayed ?? 0,
      results,
      errors,
    };
  } finally {
    await queue.close();
    client.disconnect();
  }
}
