import { KernpunkteError } from '../errors.js';
import { normalizeLang } from '../lang/index.js';
import type { SummarizeOptions, SummaryLength, SummaryType } from '../types.js';
import { DEFAULTS, LENGTHS, LIMITS, SUMMARY_LENGTHS, SUMMARY_TYPES } from './limits.js';

export { DEFAULTS, LENGTHS, LIMITS, SUMMARY_LENGTHS, SUMMARY_TYPES } from './limits.js';

export interface ResolvedOptions {
  type: SummaryType;
  length: SummaryLength;
  /** Sentences to select: the key points (`bullets`, else by length), the tl;dr's sentences, or 1 for a headline. */
  bullets: number;
  /** Most words of a headline: by length, or `maxWordsPerBullet` when that is lower. */
  headlineWords: number;
  method: string | undefined;
  lang: string | undefined;
  maxWordsPerBullet: number | undefined;
  /** Bullets are whole sentences: the default method's trimming is off. */
  wholeSentences: boolean;
}

function integerOption(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be an integer from ${min} to ${max}, got ${String(value)}`, { option: name, min, max });
  }
  return value;
}

function choiceOption<T extends string>(name: string, value: unknown, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(valid as readonly string[]).includes(value)) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be one of ${valid.join(', ')}, got ${JSON.stringify(value) ?? String(value)}`, { option: name, valid });
  }
  return value as T;
}

export function resolveOptions(options: SummarizeOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new KernpunkteError('INVALID_OPTION', 'options must be an object');
  const type = choiceOption('type', options.type, SUMMARY_TYPES, DEFAULTS.type);
  const length = choiceOption('length', options.length, SUMMARY_LENGTHS, DEFAULTS.length);
  const sizes = LENGTHS[length];
  const maxWordsPerBullet = options.maxWordsPerBullet === undefined ? undefined : integerOption('maxWordsPerBullet', options.maxWordsPerBullet, LIMITS.minWordsPerBullet, LIMITS.maxWordsPerBullet);
  if (options.bullets !== undefined && type !== 'key-points') {
    // One paragraph or one line: a bullet count would silently mean nothing.
    throw new KernpunkteError('INVALID_OPTION', `bullets applies to type key-points only; a ${type} is sized by length (short, medium, long)`, { option: 'bullets', type });
  }
  const bullets =
    type === 'tldr' ? sizes.tldrSentences
    : type === 'headline' ? 1
    : options.bullets === undefined ? sizes.keyPoints
    : integerOption('bullets', options.bullets, LIMITS.minBullets, LIMITS.maxBullets);
  return {
    type,
    length,
    bullets,
    headlineWords: Math.min(sizes.headlineWords, maxWordsPerBullet ?? Infinity),
    method: options.method,
    lang: options.lang === undefined || options.lang === '' ? undefined : normalizeLang(options.lang),
    maxWordsPerBullet,
    wholeSentences: booleanOption('wholeSentences', options.wholeSentences),
  };
}

function booleanOption(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new KernpunkteError('INVALID_OPTION', `${name} must be true or false, got ${JSON.stringify(value) ?? String(value)}`, { option: name });
  return value;
}

// C0 controls except tab, LF, CR; DEL; C1 controls; the replacement character left by a wrong decode.
export const SUSPICIOUS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/gu;
/** `SUSPICIOUS` without the global flag: does the text hold any such character at all? */
export const ANY_SUSPICIOUS = new RegExp(SUSPICIOUS.source, 'u');

/** Refuses text that is empty, too large, or binary data read as text. */
export function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new KernpunkteError('INVALID_INPUT', 'text must be a string');
  if (text.length > LIMITS.maxChars) {
    throw new KernpunkteError('INPUT_TOO_LARGE', `text has ${text.length} characters, more than the limit of ${LIMITS.maxChars}`, { limit: LIMITS.maxChars, length: text.length });
  }
  if (text.trim() === '') throw new KernpunkteError('EMPTY_INPUT', 'the text is empty: give an article text, HTML page or URL');
  // NUL is one of SUSPICIOUS: text without any passes both checks below, on one scan (most text).
  if (!ANY_SUSPICIOUS.test(text)) return text;
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
