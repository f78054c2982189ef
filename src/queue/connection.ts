/**
 * Redis connections from a URL. BullMQ takes `{url}` and manages its own connections; the
 * results hash and the short-lived commands (add, status, export) use an ioredis client.
 */
import { Redis } from 'ioredis';
import { KernpunkteError } from '../errors.js';
import { QUEUE_SETTINGS } from './settings.js';
import { checkRedisUrl, redactUrl } from './url.js';

export { checkRedisUrl, redactUrl } from './url.js';

/** What BullMQ's Queue and Worker get. Workers need `maxRetriesPerRequest: null` (blocking commands). */
export function bullConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url: checkRedisUrl(url), maxRetriesPerRequest: null };
}

/**
 * A client for one-off commands that fails fast: a wrong URL or a Redis that is down gives a
 * coded error after a few seconds instead of an endless reconnect loop.
 */
export async function connectOnce(url: string): Promise<Redis> {
  const client = new Redis(checkRedisUrl(url), {
    lazyConnect: true,
    connectTimeout: QUEUE_SETTINGS.connectTimeoutMs,
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
  });
  client.on('error', () => undefined); // reported through connect() and commands instead
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    client.disconnect();
    const why = e instanceof Error ? e.message : String(e);
    throw new KernpunkteError('QUEUE_UNAVAILABLE', `cannot reach Redis at ${redactUrl(url)}: ${why}`, { redis: redactUrl(url) }, { cause: e });
  }
  return client;
}

/** A long-lived client (the worker's results writer): reconnects for as long as it takes. */
export function connectLasting(url: string): Redis {
  const client = new Redis(checkRedisUrl(url), { maxRetriesPerRequest: null });
  client.on('error', () => undefined); // ioredis reconnects; BullMQ reports the outage
  return client;
}
