/**
 * The library as the harness sees it: the functions users call (the root exports them), so the
 * evaluation measures what ships (cleaning, splitting, ranking and shaping included).
 * Kept behind one small async seam so a test or a bench can swap in a different build.
 */
import { methods } from '../rank/index.js';
import { summarizeText } from '../summarize/index.js';

export interface MethodInfo {
  name: string;
  description: string;
}

export interface Library {
  summarizeText: typeof summarizeText;
  methods(): MethodInfo[];
}

/** The library's `summarizeText` and `methods`. */
export function loadLibrary(): Promise<Library> {
  return Promise.resolve({ summarizeText, methods });
}
