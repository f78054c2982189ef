/**
 * The boundary rules in the order they run: the first verdict wins, and a candidate no rule
 * keeps is a boundary. Rules 1–3 (paragraphs, lines, candidates) run before these.
 */
import { continuation } from './04-continuation.js';
import { colon } from './05-colon.js';
import { strongMarks } from './06-strong-marks.js';
import { abbreviations } from './07-abbreviations.js';
import { initials } from './08-initials.js';
import { numbers } from './09-numbers.js';
import type { BoundaryRule, Candidate, RuleContext, Verdict } from './types.js';

export { paragraphs } from './01-paragraphs.js';
export { lineChunks } from './02-lines.js';
export { lostMarkChunks, lostMarkPattern } from './02b-lost-marks.js';
export { nextCandidate } from './03-candidates.js';
export type { BoundaryRule, Candidate, RuleContext, Span, Verdict } from './types.js';

export const BOUNDARY_RULES: readonly BoundaryRule[] = Object.freeze([
  continuation,
  colon,
  strongMarks,
  abbreviations,
  initials,
  numbers,
]);

/**
 * The first verdict of `BOUNDARY_RULES`, in their order, or 'split'. Each rule is called at a
 * call site of its own, which V8 can inline; a loop over the array calls all six from one site.
 * A test checks that this equals the loop over `BOUNDARY_RULES`.
 */
export function decide(c: Candidate, ctx: RuleContext): Verdict {
  return (
    continuation(c, ctx) ??
    colon(c, ctx) ??
    strongMarks(c, ctx) ??
    abbreviations(c, ctx) ??
    initials(c, ctx) ??
    numbers(c, ctx) ??
    'split'
  );
}
