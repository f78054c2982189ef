/**
 * Server settings: one frozen table of defaults, merged with environment variables and then
 * with explicit options (flags win over env, env wins over defaults). Pure: the environment is
 * passed in, so tests never touch `process.env`.
 */
import { KernpunkteError } from '../errors.js';

export interface ServerSettings {
  port: number;
  host: string;
  /** Largest accepted request body in bytes (413 above it). */
  bodyLimit: number;
  /** Per-request deadline in ms; also the URL fetch timeout handed to the library. */
  timeoutMs: number;
  /** Summarize requests in progress at once (from reading the body to the last byte of the answer). */
  concurrency: number;
  /** Requests over `concurrency` that wait for a slot, first come first served; beyond them, 429 at once. */
  queue: number;
  /** How long a request waits in the queue before it gets 429 (ms). */
  queueWaitMs: number;
  /**
   * After a body was refused early as a page no news site builds (a "bomb"), the next summarize
   * request from the same address waits this long (ms) before its body is read; 0 = off.
   */
  penaltyMs: number;
  /** Origins allowed by CORS; empty = no CORS headers at all, ["*"] = any origin. */
  corsOrigins: string[];
  /** When set, /v1/* requires `Authorization: Bearer <apiKey>`. */
  apiKey: string | null;
  /** Fastify's trustProxy: true, false, a hop count, or a list of addresses/CIDRs. */
  trustProxy: boolean | number | string[];
  /** Worker threads of the summary pool; 0 = one per core. */
  threads: number;
  /** Entries in the in-memory result cache; 0 disables it. */
  cacheSize: number;
  /** How long a cached result stays valid (ms); URL input can change upstream. */
  cacheTtlMs: number;
  /** Seconds a client is told to wait after a 429. */
  retryAfterS: number;
  /** How long a graceful shutdown waits for in-flight requests before giving up (ms). */
  shutdownGraceMs: number;
  /** pino level, or "silent". */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Let URL input reach loopback/private addresses (SSRF guard off). Never set this on a public server. */
  allowPrivateHosts: boolean;
}

/** Defaults. Each number is chosen for a small single-host deployment. */
export const SERVER_DEFAULTS: Readonly<ServerSettings> = Object.freeze({
  port: 8080,
  // Loopback by default: exposing the service is an explicit decision.
  host: '127.0.0.1',
  // News pages as HTML are rarely above 1 MiB; 2 MiB leaves room without inviting abuse.
  bodyLimit: 2 * 1024 * 1024,
  // A URL fetch plus summarizing a long page finishes well within 15 s on one core.
  timeoutMs: 15_000,
  // Enough requests in progress that the main thread hands the workers work in batches: on the
  // 2-core bench machine 32 in progress gave 0.61 × the rate of 128 (npm run bench -- server);
  // bounded, so memory stays bounded too (at most 128 bodies of bodyLimit at once).
  concurrency: 128,
  // Clients that are refused at once ask again at once: a flood of 429s takes the CPU the
  // workers need (at 1,000 connections only 29 requests/s succeeded). Waiting costs only an
  // idle socket, so up to `queue` requests wait; the body is read only once a slot is free.
  queue: 4096,
  queueWaitMs: 5_000,
  // A client that keeps sending bombs gets one read per connection per second: each one still
  // costs the main thread its tokenizing (~10 ms), a waiting request costs an idle socket.
  penaltyMs: 1_000,
  corsOrigins: Object.freeze([]) as unknown as string[],
  apiKey: null,
  trustProxy: false,
  threads: 0,
  // ~1000 summaries of a few KB each: a few MB of memory.
  cacheSize: 1000,
  cacheTtlMs: 10 * 60_000,
  retryAfterS: 1,
  shutdownGraceMs: 10_000,
  logLevel: 'info',
  allowPrivateHosts: false,
});

/** Settings as given by a caller: typed values, or strings from flags (checked and converted alike). */
export type SettingsInput = Partial<Record<keyof ServerSettings, unknown>>;

/** Which environment variable feeds which setting. */
export const ENV_NAMES = Object.freeze({
  port: 'KERNPUNKTE_PORT',
  host: 'KERNPUNKTE_HOST',
  bodyLimit: 'KERNPUNKTE_BODY_LIMIT',
  timeoutMs: 'KERNPUNKTE_TIMEOUT_MS',
  concurrency: 'KERNPUNKTE_CONCURRENCY',
  queue: 'KERNPUNKTE_QUEUE',
  queueWaitMs: 'KERNPUNKTE_QUEUE_WAIT_MS',
  penaltyMs: 'KERNPUNKTE_PENALTY_MS',
  corsOrigins: 'KERNPUNKTE_CORS_ORIGINS',
  apiKey: 'KERNPUNKTE_API_KEY',
  trustProxy: 'KERNPUNKTE_TRUST_PROXY',
  threads: 'KERNPUNKTE_THREADS',
  cacheSize: 'KERNPUNKTE_CACHE_SIZE',
  logLevel: 'KERNPUNKTE_LOG_LEVEL',
} as const);

const LOG_LEVELS: ReadonlyArray<ServerSettings['logLevel']> = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function bad(name: string, value: unknown, expected: string): KernpunkteError {
  return new KernpunkteError('INVALID_OPTION', `${name} must be ${expected}, got ${JSON.stringify(value)}`, {
    option: name,
  });
}

function int(name: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw bad(name, value, `an integer from ${min} to ${max}`);
  }
  return n;
}

/** "a, b" → ["a", "b"]; arrays pass through. */
function list(name: string, value: unknown): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(',').map((v) => v.trim()).filter(Boolean);
  throw bad(name, value, 'a comma-separated list');
}

function trustProxy(value: unknown): ServerSettings['trustProxy'] {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return int('trustProxy', value, 0, 100);
  if (Array.isArray(value)) return list('trustProxy', value);
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false' || v === '') return false;
    if (/^\d+$/.test(v)) return int('trustProxy', v, 0, 100);
    return list('trustProxy', value);
  }
  throw bad('trustProxy', value, 'true, false, a hop count or a list of addresses');
}

function bool(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0' || value === '') return false;
  throw bad(name, value, 'true or false');
}

/** Check and normalize one partial settings object (from env strings or typed options). */
function parse(raw: SettingsInput): Partial<ServerSettings> {
  const out: Partial<ServerSettings> = {};
  for (const [key, value] of Object.entries(raw) as Array<[keyof ServerSettings, unknown]>) {
    if (value === undefined) continue;
    switch (key) {
      case 'port': out.port = int(key, value, 0, 65535); break;
      case 'host':
        if (typeof value !== 'string' || value.trim() === '') throw bad(key, value, 'a host name or address');
        out.host = value.trim();
        break;
      case 'bodyLimit': out.bodyLimit = int(key, value, 1024, 512 * 1024 * 1024); break;
      case 'timeoutMs': out.timeoutMs = int(key, value, 1, 10 * 60_000); break;
      case 'concurrency': out.concurrency = int(key, value, 1, 100_000); break;
      case 'queue': out.queue = int(key, value, 0, 1_000_000); break;
      case 'queueWaitMs': out.queueWaitMs = int(key, value, 0, 10 * 60_000); break;
      case 'penaltyMs': out.penaltyMs = int(key, value, 0, 10 * 60_000); break;
      case 'corsOrigins': out.corsOrigins = list(key, value); break;
      case 'apiKey':
        if (value === null || value === '') { out.apiKey = null; break; }
        if (typeof value !== 'string') throw bad(key, '(hidden)', 'a string');
        out.apiKey = value;
        break;
      case 'trustProxy': out.trustProxy = trustProxy(value); break;
      case 'threads': out.threads = int(key, value, 0, 1024); break;
      case 'cacheSize': out.cacheSize = int(key, value, 0, 10_000_000); break;
      case 'cacheTtlMs': out.cacheTtlMs = int(key, value, 1, 365 * 24 * 3_600_000); break;
      case 'retryAfterS': out.retryAfterS = int(key, value, 0, 3600); break;
      case 'shutdownGraceMs': out.shutdownGraceMs = int(key, value, 0, 10 * 60_000); break;
      case 'logLevel':
        if (!LOG_LEVELS.includes(value as ServerSettings['logLevel'])) throw bad(key, value, `one of ${LOG_LEVELS.join(', ')}`);
        out.logLevel = value as ServerSettings['logLevel'];
        break;
      case 'allowPrivateHosts': out.allowPrivateHosts = bool(key, value); break;
      default:
        throw new KernpunkteError('INVALID_OPTION', `unknown server setting "${String(key)}"`, {
          option: key,
          valid: Object.keys(SERVER_DEFAULTS),
        });
    }
  }
  return out;
}

/** The settings named by KERNPUNKTE_* variables in `env`. */
export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<ServerSettings> {
  const raw: Partial<Record<keyof ServerSettings, unknown>> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as Array<[keyof typeof ENV_NAMES, string]>) {
    const value = env[name];
    if (value !== undefined) raw[key] = value;
  }
  return parse(raw);
}

/**
 * Defaults ← env ← options. Throws INVALID_OPTION naming the setting when a value is out of range.
 *
 * @example resolveSettings({ port: 0 }, { KERNPUNKTE_CONCURRENCY: '4' })
 *   // → { ...SERVER_DEFAULTS, concurrency: 4, port: 0 }
 */
export function resolveSettings(
  options: SettingsInput = {},
  env: Readonly<Record<string, string | undefined>> = {},
): Readonly<ServerSettings> {
  return Object.freeze({
    ...SERVER_DEFAULTS,
    corsOrigins: [...SERVER_DEFAULTS.corsOrigins],
    ...settingsFromEnv(env),
    ...parse(options),
  });
}
