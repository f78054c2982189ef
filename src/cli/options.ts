/**
 * Whole-number flags, parsed one way for every command. A bad value is INVALID_OPTION, which
 * the central handler in main.ts turns into exit 2 with the flag named in the message.
 */
import { KernpunkteError } from '../errors.js';

/**
 * `value` as an integer from `min` to `max`, or INVALID_OPTION naming the flag.
 * @example parseInteger('--bullets', '3', 1, 7) // → 3;  parseInteger('--bullets', 'many', 1, 7) // throws
 */
export function parseInteger(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new KernpunkteError('INVALID_OPTION', `${name} must be a whole number ${range}, got "${value}"`, { option: name, value, min, max });
  }
  return n;
}

/** The same as a commander argument parser: `.option('--bullets <n>', '…', intOption('--bullets'))`. */
export function intOption(name: string, min = 1, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => parseInteger(name, value, min, max);
}
