/**
 * The result cache: summaries keyed by a SHA-256 of the input and the options. Summarizing is
 * deterministic, so equal keys give equal summaries; URL input expires with the TTL because the
 * page behind it can change.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Hex SHA-256 of the request's content and options. */
export function cacheKey(input: SummarizeInput, options: SummarizeOptions): string {
  const normalized = typeof input === 'string' ? { text: input } : input;
  return createHash('sha256').update(canonical({ input: normalized, options })).digest('hex');
}

export interface SummaryCache {
  get(key: string): Summary | undefined;
  set(key: string, summary: Summary): void;
  readonly size: number;
}

/** An LRU of `max` entries; `max` 0 gives a cache that never stores (every request is a miss). */
export function createSummaryCache(max: number, ttlMs: number): SummaryCache {
  if (max <= 0) return { get: () => undefined, set: () => undefined, size: 0 };
  const lru = new LRUCache<string, Summary>({ max, ttl: ttlMs });
  return {
    get: (key) => lru.get(key),
    set: (key, summary) => {
      lru.set(key, summary);
    },
    get size() {
      return lru.size;
    },
  };
}
