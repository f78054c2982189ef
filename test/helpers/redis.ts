/**
 * A real Redis for tests (see scripts/redis.mjs, shared with bench/batch.js): REDIS_URL when
 * set, else a private `redis-server`. Without either the tests fail with a message saying how
 * to get it; they never skip.
 */
export { startRedis, type TestRedis } from '../../scripts/redis.mjs';
