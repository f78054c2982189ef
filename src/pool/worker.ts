/**
 * The piscina worker: one call of the library's `summarize()` per task. It never throws;
 * errors travel back as plain `{code, message, details}` (see protocol.ts).
 */
import { summarize } from '../summarize/index.js';
import { toPlainError, type PoolResult, type PoolTask } from './protocol.js';

export default async function runTask(task: PoolTask): Promise<PoolResult> {
  try {
    const summary = await summarize(task.input, task.options);
    return { ok: true, summary };
  } catch (e) {
    return { ok: false, error: toPlainError(e) };
  }
}
