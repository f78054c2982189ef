/**
 * The faithfulness check: does a claim (a model's bullet) say only what its source says?
 * A stage of its own: every back-end's output passes through it (see `src/backends/`).
 * CONTRACT (kept stable for the back-ends): checkFaithfulness(claim, source, { lang }).
 */
import type { FaithfulnessResult } from '../types.js';

export type { FaithfulnessIssue, FaithfulnessResult } from '../types.js';

export interface FaithfulnessOptions {
  /** The language of claim and source ("de", "en", …). */
  lang: string;
}

/**
 * Checks `claim` against `source` (a text, or several sentences).
 * Placeholder until the real checker lands: supported when every word of 4+ letters or digit
 * sequence of the claim occurs in the source.
 */
export function checkFaithfulness(claim: string, source: string | readonly string[], _options: FaithfulnessOptions): FaithfulnessResult {
  const src = (typeof source === 'string' ? source : source.join(' ')).toLowerCase();
  const words = claim.toLowerCase().match(/[\p{L}]{4,}|\p{N}+/gu) ?? [];
  const missing = words.filter((w) => !src.includes(w));
  const score = words.length ? 1 - missing.length / words.length : 1;
  return {
    consistent: missing.length === 0,
    score,
    issues: missing.map((w) => ({ kind: 'unsupported' as const, text: w, message: `"${w}" is not in the source` })),
  };
}
