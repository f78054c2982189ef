/**
 * A pool of worker threads that run `summarize()`, so CPU-bound summarizing uses every core
 * while the main thread keeps serving I/O (server, batch, queue worker).
 *
 * @example
 *   const pool = createSummaryPool({ threads: 4 });
 *   const summary = await pool.run({ text, title }, { bullets: 3 });
 *   await pool.destroy();
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { KernpunkteError } from '../errors.js';
import { fromPlainError, type PoolResult, type PoolTask } from './protocol.js';

export interface SummaryPoolOptions {
  /** Worker threads. Default: `os.availableParallelism()`. */
  threads?: number;
  /** Queued tasks beyond the running ones before `run()` rejects. Default: unbounded (callers bound their own in-flight work). */
  maxQueue?: number;
}

export interface SummaryPool {
  /**
   * Summarize on a worker thread; rejects with the KernpunkteError the library threw there.
   * When `signal` aborts, a queued task is dropped and a running one stops: its thread is
   * ended (CPU-bound work cannot be interrupted otherwise) and a fresh one takes its place;
   * the call rejects with the signal's reason.
   */
  run(input: SummarizeInput, options?: SummarizeOptions, signal?: AbortSignal): Promise<Summary>;
  /** Stop all threads. Pending `run()` calls reject. */
  destroy(): Promise<void>;
  readonly threads: number;
}

export const POOL_DEFAULTS = Object.freeze({
  /** Idle threads stay alive this long (ms): a server between bursts should not respawn them. */
  idleTimeout: 60_000,
  /**
   * piscina's default ('sync') freezes a thread between tasks (Atomics.wait). Our task is
   * async (URL input fetches inside the thread) and may leave handles open (timers, sockets);
   * frozen, they stall. 'disabled' uses plain messages. On a 2-core machine, 2 threads also
   * ran faster so (1,647-1,787 against 869-1,368 articles/s in scratch runs; noisy box).
   */
  atomics: 'disabled' as const,
});

/**
 * Where the worker module is. Compiled, this file is dist/pool/index.js next to worker.js;
 * under tsx it is src/pool/index.ts, and the thread starts at worker-tsx.mjs, which makes
 * sure the tsx loader is active in that thread before it imports worker.ts (see there).
 */
function workerFilename(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './worker-tsx.mjs' : './worker.js', here));
}

function checkThreads(threads: unknown): number {
  if (threads === undefined) return Math.max(1, os.availableParallelism());
  if (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1 || threads > 1024) {
    throw new KernpunkteError('INVALID_OPTION', `threads must be an integer from 1 to 1024, got ${String(threads)}`, {
      option: 'threads',
    });
  }
  return threads;
}

export function createSummaryPool(options: SummaryPoolOptions = {}): SummaryPool {
  const threads = checkThreads(options.threads);
  const filename = workerFilename();
  const piscina = new Piscina<PoolTask, PoolResult>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: POOL_DEFAULTS.idleTimeout,
    atomics: POOL_DEFAULTS.atomics,
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
  });
  let destroyed = false;

  return {
    threads,
    async run(input, runOptions, signal) {
      if (destroyed) throw new KernpunkteError('INTERNAL', 'the summary pool has been destroyed', {});
      if (signal?.aborted) throw signal.reason;
      const task: PoolTask = runOptions === undefined ? { input } : { input, options: runOptions };
      let result: PoolResult;
      try {
        result = await piscina.run(task, signal ? { signal } : {});
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        // The thread itself failed (crash, out of memory, pool destroyed, queue full).
        const message = e instanceof Error ? e.message : String(e);
        throw new KernpunkteError('INTERNAL', `worker thread failed: ${message}`, {}, { cause: e });
      }
      if (result.ok) return result.summary;
      throw fromPlainError(result.error);
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await piscina.destroy();
    },
  };
}
