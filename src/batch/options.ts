/**
 * Options for a whole run are checked once, up front: a bad `--bullets` or `--method` is a
 * usage error (exit 2), not a thousand failed records.
 */
import type { SummarizeOptions } from '../types.js';
import { resolveOptions } from '../summarize/input.js';
import { DEFAULT_METHOD, getRanker } from '../rank/index.js';

/** Throws the library's KernpunkteError (INVALID_OPTION, UNKNOWN_METHOD) for options no record could use. */
export function checkRunOptions(options: SummarizeOptions): void {
  resolveOptions(options);
  getRanker(options.method ?? DEFAULT_METHOD);
}
