/**
 * Per-client fairness for bombs. Refusing a bomb early (precheck.ts) still costs the main
 * thread the read and the tokenizing of its first ~250 KB, and a client that sends them back
 * to back gets its next one read at once: 16 such clients would keep the main thread busy.
 * So a client (by address, as `request.ip` sees it behind trusted proxies) whose body was
 * refused waits `penaltyMs` before its next summarize request is read. It waits rather than
 * being refused, for the reason the admission queue waits: a refused client asks again at
 * once, and every answer costs CPU; a waiting one costs an idle socket. A wait longer than
 * `maxWaitMs` (a penalty set above the queue wait) is a 429 with Retry-After instead, sent
 * before the body is read, and the connection is closed rather than read to its end.
 */
import { ServerError } from './problem.js';

/** Beyond this many remembered addresses, expired ones are dropped before adding another. */
const MAX_TRACKED = 10_000;

export interface PenaltyBox {
  /** The client at `ip` sent a bomb: its next requests wait. */
  penalize(ip: string): void;
  /**
   * Resolves when the client at `ip` may be read (at once, without a promise, when it has no
   * penalty); throws RATE_LIMITED when it would wait too long. The wait ends early when
   * `response` closes (the client went away).
   */
  wait(ip: string, response: Pick<NodeJS.EventEmitter, 'once' | 'off'>): Promise<void> | void;
}

export function createPenaltyBox(penaltyMs: number, maxWaitMs: number): PenaltyBox {
  const until = new Map<string, number>();
  const sweep = (now: number): void => {
    for (const [ip, t] of until) if (t <= now) until.delete(ip);
  };
  return {
    penalize(ip) {
      if (penaltyMs <= 0) return;
      const now = Date.now();
      if (until.size >= MAX_TRACKED) sweep(now);
      until.set(ip, now + penaltyMs);
    },
    wait(ip, response) {
      const first = until.get(ip);
      if (first === undefined) return;
      const start = Date.now();
      if (first <= start) {
        until.delete(ip);
        return;
      }
      let gone = false;
      const leave = (): void => {
        gone = true;
      };
      response.once('close', leave);
      return (async () => {
        // The penalty may be renewed while we wait (another of the client's bombs): wait again.
        for (let t = until.get(ip); t !== undefined && t > Date.now() && !gone; t = until.get(ip)) {
          if (t - start > maxWaitMs) {
            throw new ServerError('RATE_LIMITED', 'this client sent a page no news site builds; wait before the next request', {
              'retry-after': String(Math.max(1, Math.ceil((t - Date.now()) / 1000))),
              connection: 'close',
            });
          }
          await new Promise<void>((resolve) => {
            const done = (): void => {
              clearTimeout(timer);
              response.off('close', done);
              resolve();
            };
            const timer = setTimeout(done, t - Date.now());
            response.once('close', done);
          });
        }
      })().finally(() => response.off('close', leave));
    },
  };
}
