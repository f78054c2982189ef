/** Types for scripts/redis.mjs (plain JS, shared by the tests and bench/batch.js). */
export interface TestRedis {
  url: string;
  /** Deletes every key (between tests). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function redisAvailable(): boolean;
export function startRedis(): Promise<TestRedis>;
