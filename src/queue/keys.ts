/**
 * Names in Redis. Results live outside BullMQ's own keys, in a hash per queue (id → JSON
 * line), so a job that runs twice still leaves exactly one result, and finished jobs can
 * be pruned without losing their summaries.
 */
import { createHash } from 'node:crypto';
import { KernpunkteError } from '../errors.js';
import type { RecordId } from '../batch/records.js';
import { idKey } from '../batch/records.js';

export function checkQueueName(name: string): string {
  if (name.length === 0 || name.includes(':') || name.length > 200) {
    throw new KernpunkteError('INVALID_OPTION', `queue name must be 1 to 200 characters without ':', got ${JSON.stringify(name)}`, {
      option: 'queue',
    });
  }
  return name;
}

export function resultsKey(queue: string): string {
  return `kernpunkte:${queue}:results`;
}

export function errorsKey(queue: string): string {
  return `kernpunkte:${queue}:errors`;
}

/**
 * The BullMQ job id for a group of records: a hash of their id keys (`idKey`, the JSON value,
 * so 1 and "1" differ), stable across runs, which makes re-adding the same file a no-op while
 * its jobs exist. BullMQ refuses ids that are integers or contain ':'; a prefixed hex hash is neither.
 */
export function jobIdFor(ids: readonly RecordId[]): string {
  const hash = createHash('sha256');
  // Each key is JSON, so a newline never occurs inside one: the joined text names the list.
  for (const id of ids) hash.update(idKey(id) + '\n');
  return `g-${hash.digest('hex').slice(0, 40)}`;
}
