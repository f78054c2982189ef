/**
 * Redis URLs: checked and redacted without loading ioredis, so the CLI can refuse a bad
 * `--redis` before it loads the queue libraries.
 */
import { KernpunkteError } from '../errors.js';

export function checkRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KernpunkteError('INVALID_OPTION', `--redis must be a URL like redis://localhost:6379, got ${JSON.stringify(url)}`, { option: 'redis' });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new KernpunkteError('INVALID_OPTION', `--redis must be a redis:// or rediss:// URL, got ${JSON.stringify(url)}`, { option: 'redis' });
  }
  return url;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
