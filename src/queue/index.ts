/**
 * Distributed summarizing on Redis + BullMQ: `addRecords` (queue add), `startQueueWorker`
 * (worker), `exportResults` (queue export), `queueStatus` (queue status).
 *
 * @example
 *   await addRecords({ input: createReadStream('in.jsonl'), redis: 'redis://localhost:6379', errors: process.stderr });
 *   const worker = await startQueueWorker({ redis: 'redis://localhost:6379', untilEmpty: true });
 *   await worker.done; // → { ok: 1000, failed: 0, retried: 0, seconds: 4.2 }
 *   await exportResults({ redis: 'redis://localhost:6379', output: createWriteStream('out.jsonl') });
 */
export { QUEUE_SETTINGS } from './settings.js';
export { addRecords, type AddOptions, type AddStats } from './add.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type QueueWorkerStats } from './worker.js';
export { exportResults, queueStatus, type QueueStatus } from './results.js';
export { runJob, type JobData, type JobOutcome, type JobRecord } from './job.js';
export { checkQueueName, jobIdFor, resultsKey, errorsKey } from './keys.js';
export { checkRedisUrl, redactUrl } from './connection.js';
