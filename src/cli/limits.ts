/**
 * The library's option ranges, as the command line checks them while parsing flags; read from
 * src/summarize/limits.ts, which imports nothing, so command definitions stay light to load.
 */
import { LIMITS } from '../summarize/limits.js';

export const OPTION_RANGES = Object.freeze({
  bullets: Object.freeze({ min: LIMITS.minBullets, max: LIMITS.maxBullets }),
  maxWords: Object.freeze({ min: LIMITS.minWordsPerBullet, max: LIMITS.maxWordsPerBullet }),
});
