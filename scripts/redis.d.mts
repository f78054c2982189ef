/** Types for scripts/redis.mjs (plain JS, shared by the tests and bench/batch.js). */
export interface TestRedis {
  url: string;
  /** Deletes every key (between tests). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function redisAvailable(): boolean;
export function startRedis(): Promise<TestRedis>;
/** CPU seconds the Redis server at `url` has used since it started (INFO cpu, user + system). */
export function redisCpuSeconds(url: string): Promise<number>;
