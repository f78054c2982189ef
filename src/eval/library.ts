/**
 * The library as the harness sees it. Loaded through `../index.js` at run time so the evaluation
 * measures exactly what users get; the check below turns a missing export into a coded error
 * instead of "x is not a function" deep inside a run.
 */
import { KernpunkteError } from '../errors.js';
import type { Summary } from '../types.js';

export interface MethodInfo {
  name: string;
  description: string;
}

export interface Library {
  summarizeText(
    input: string | { text: string; title?: string | null; lang?: string },
    options?: { bullets?: number; method?: string; lang?: string; maxWordsPerBullet?: number },
  ): Summary;
  methods(): MethodInfo[];
}

let cached: Promise<Library> | undefined;

/** The library's `summarizeText` and `methods`, or a KernpunkteError('INTERNAL') saying which is missing. */
export function loadLibrary(): Promise<Library> {
  cached ??= import('../index.js').then((mod: object) => {
    const lib = mod as Partial<Library>;
    const missing = (['summarizeText', 'methods'] as const).filter((k) => typeof lib[k] !== 'function');
    if (missing.length) {
      cached = undefined;
      throw new KernpunkteError('INTERNAL', `the library does not export ${missing.join(' and ')} (yet); library methods cannot be evaluated`, { missing });
    }
    return lib as Library;
  });
  return cached;
}
