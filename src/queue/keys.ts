/**
 * Names in Redis. Results live outside BullMQ's own keys, in a hash per queue (id → JSON
 * line), so a job that runs twice still leaves exactly one result, and finished jobs can
 * be pruned without losing their summaries.
 */
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
 * The BullMQ job id for a record id. BullMQ refuses ids that are integers or contain ':',
 * so ids are prefixed and percent-encoded: one record id ↔ one job id, stable across runs,
 * which makes re-adding a record a no-op while its job exists.
 */
export function jobIdFor(id: RecordId): string {
  return `r-${encodeURIComponent(idKey(id))}`;
}
