/**
 * A counting semaphore: at most `max` model requests at once per back-end, the rest wait in
 * arrival order. Batch, queue workers and the server share one back-end instance, so this is
 * the one place the load on the model server is bounded.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createLimiter(max: number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];
  // A finishing task hands its slot straight to the first waiter, so a newcomer cannot slip in between.
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run(task, signal) {
      if (active < max) active++;
      else {
        await new Promise<void>((resolve, reject) => {
          const go = (): void => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          };
          const onAbort = (): void => {
            const i = queue.indexOf(go);
            if (i >= 0) queue.splice(i, 1);
            reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
          };
          if (signal?.aborted) return onAbort();
          signal?.addEventListener('abort', onAbort, { once: true });
          queue.push(go);
        });
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
