import { KernpunkteError } from '../errors.js';
import { normalizeLang } from '../lang/index.js';
import type { SummarizeOptions } from '../types.js';
import { DEFAULTS, LIMITS } from './limits.js';

export { DEFAULTS, LIMITS } from './limits.js';

export interface ResolvedOptions {
  bullets: number;
  method: string | undefined;
  lang: string | undefined;
  maxWordsPerBullet: number | undefined;
}

function integerOption(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be an integer from ${min} to ${max}, got ${String(value)}`, { option: name, min, max });
  }
  return value;
}

export function resolveOptions(options: SummarizeOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new KernpunkteError('INVALID_OPTION', 'options must be an object');
  return {
    bullets: options.bullets === undefined ? DEFAULTS.bullets : integerOption('bullets', options.bullets, LIMITS.minBullets, LIMITS.maxBullets),
    method: options.method,
    lang: options.lang === undefined || options.lang === '' ? undefined : normalizeLang(options.lang),
    maxWordsPerBullet: options.maxWordsPerBullet === undefined ? undefined : integerOption('maxWordsPerBullet', options.maxWordsPerBullet, LIMITS.minWordsPerBullet, LIMITS.maxWordsPerBullet),
  };
}

// C0 controls except tab, LF, CR; DEL; C1 controls; the replacement character left by a wrong decode.
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/gu;

/** Refuses text that is empty, too large, or binary data read as text. */
export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new KernpunkteError('INVALID_INPUT', 'text must be a string');
  if (text.length > LIMITS.maxChars) {
    throw new KernpunkteError('INPUT_TOO_LARGE', `text has ${text.length} characters, more than the limit of ${LIMITS.maxChars}`, { limit: LIMITS.maxChars, length: text.length });
  }
  if (text.trim() === '') throw new KernpunkteError('EMPTY_INPUT', 'the text is empty: give an article text, HTML page or URL');
  if (text.includes('\u0000')) throw new KernpunkteError('BINARY_INPUT', 'the input contains NUL bytes: it looks like binary data, not text');
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  const suspicious = sample.match(SUSPICIOUS)?.length ?? 0;
  if (suspicious / sample.length > LIMITS.maxBinaryShare) {
    throw new KernpunkteError('BINARY_INPUT', 'the input has many control or undecodable characters: it looks like binary data or a wrong encoding', {
      share: suspicious / sample.length,
    });
  }
  return text;
}
