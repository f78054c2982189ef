/**
 * A Redis for tests and benchmarks, in one place: REDIS_URL when set, else a private
 * `redis-server` on a free loopback port, without persistence, in a temp dir, stopped
 * afterwards. Plain JS so that bench/ (plain JS over dist/) and the TypeScript tests share it.
 *
 * @example
 *   const redis = await startRedis();   // → { url: 'redis://127.0.0.1:40123', flush, stop }
 *   try { … } finally { await redis.stop(); }
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOW_TO_GET_IT = 'install redis-server (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_URL=redis://host:port';

/** True when REDIS_URL is set or a `redis-server` binary can be started. */
export function redisAvailable() {
  return Boolean(process.env.REDIS_URL) || !spawnSync('redis-server', ['--version']).error;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPing(url, timeoutMs) {
  const { Redis } = await import('ioredis');
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return;
    } catch (e) {
      last = e;
      client.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis at ${url} did not answer within ${timeoutMs} ms: ${String(last)}`);
}

/** CPU seconds the Redis server has used since it started (`INFO cpu`: user + system, all threads). */
export async function redisCpuSeconds(url) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const info = await client.info('cpu');
    const field = (name) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
    return field('used_cpu_user') + field('used_cpu_sys');
  } finally {
    client.disconnect();
  }
}

async function flushAll(url) {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

/**
 * Starts (or connects to) Redis. Throws, saying how to get Redis, when there is neither
 * REDIS_URL nor redis-server: callers that can do without check `redisAvailable()` first.
 */
export async function startRedis() {
  const external = process.env.REDIS_URL;
  if (external) {
    await waitForPing(external, 5_000);
    return { url: external, flush: () => flushAll(external), stop: async () => undefined };
  }
  if (spawnSync('redis-server', ['--version']).error) throw new Error(`this needs Redis: ${HOW_TO_GET_IT}`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kp-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitForPing(url, 10_000);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url,
    flush: () => flushAll(url),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3_000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
