import type { CompiledLangData } from '../data/index.js';
import type { Span } from '../../types.js';

export type { Span };

/**
 * A place where a sentence may end: a run of terminal marks, the closing quotes or brackets
 * glued to it, and the space after. All indices point into the original text.
 */
export interface Candidate {
  /** Index of the first terminal mark. */
  at: number;
  /** The terminal marks: ".", "?!", "…", "...". */
  marks: string;
  /** Closing quotes and brackets right after the marks: "“", "\")". */
  closers: string;
  /** Where the boundary goes: after the marks and closers. */
  end: number;
  /** First non-space character after `end` (the chunk's end when there is none). */
  next: number;
  /** The token before the marks, leading quotes and brackets removed: "Dr", "z.B", "24", "S". */
  prevWord: string;
  /** Index of `prevWord` in the text. */
  prevWordStart: number;
  /** The word after, opening quotes and brackets skipped: letters, digits, inner "-" and "'". */
  nextWord: string;
  /** Index just after `nextWord`. */
  nextWordEnd: number;
  /** First character after the opening quotes and brackets ("" at the end). */
  nextFirst: string;
}

export interface RuleContext {
  text: string;
  data: CompiledLangData;
  /** Start of the sentence the candidate would end (after the last accepted boundary). */
  sentenceStart: number;
  chunkStart: number;
  chunkEnd: number;
}

export type Verdict = 'split' | 'keep';

/** One decision rule: a verdict, or undefined to let the next rule decide. */
export type BoundaryRule = (c: Candidate, ctx: RuleContext) => Verdict | undefined;
