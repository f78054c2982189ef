/**
 * The guard: the stage every model-written bullet passes through before anyone sees it. Each
 * bullet is checked with `checkFaithfulness` against the sentences it cites; failing that,
 * against the few article sentences that support it best (the model may have cited the wrong
 * ones). A bullet that fails both is replaced by the best extractive bullet from its cited
 * sentences (`replace`, the default), kept with a warning (`warn`), or not checked (`off`).
 */
import { checkFaithfulness } from '../faithfulness/index.js';
import type { Bullet, FaithfulnessResult, Sentence, Warning } from '../types.js';

export type GuardMode = 'replace' | 'warn' | 'off';
export const GUARD_MODES: readonly GuardMode[] = Object.freeze(['replace', 'warn', 'off']);
export const DEFAULT_GUARD: GuardMode = 'replace';

/** Tuning of the guard. */
export const GUARD = Object.freeze({
  /** Article sentences tried together when the cited ones do not support a bullet: a bullet may merge up to three. */
  maxReanchor: 3,
  /** Words (two letters or more) a bullet needs to say anything: fewer is debris, not a claim the check could support. */
  minWords: 3,
});

const WORD = /\p{L}{2,}/gu;

export interface GuardContext {
  /** All of the article's sentences, by index. */
  sentences: readonly Sentence[];
  /** Indexes of the body sentences (the ones the model saw), in order. */
  body: readonly number[];
  lang: string;
  mode: GuardMode;
  /**
   * Bullets written in another language than the article's can only be checked for what does
   * not depend on language: numbers. Other issues are not counted then.
   */
  numbersOnly: boolean;
  /** The best extractive bullet from `among` whose sentence is not in `used`, or null. */
  replacement(among: readonly number[], used: ReadonlySet<number>): Bullet | null;
}

export interface GuardOutcome {
  /** The bullet to show (checked, re-anchored or replaced), or null when nothing could stand in for it. */
  bullet: Bullet | null;
  warnings: Warning[];
}

function check(claim: string, indexes: readonly number[], ctx: GuardContext): FaithfulnessResult {
  const result = checkFaithfulness(claim, indexes.map((i) => ctx.sentences[i]!.text), { lang: ctx.lang });
  if (!ctx.numbersOnly) return result;
  const issues = result.issues.filter((i) => i.kind === 'number');
  return { consistent: issues.length === 0, score: result.score, issues };
}

/** The body sentences that support `claim` best, most supportive first. */
function bestSupport(claim: string, ctx: GuardContext): number[] {
  return ctx.body
    .map((i) => ({ i, score: check(claim, [i], ctx).score }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, GUARD.maxReanchor)
    .map((s) => s.i)
    .sort((a, b) => a - b);
}

function sourcesOf(indexes: readonly number[], ctx: GuardContext): Bullet['sources'] {
  return indexes.map((i) => ({ sentence: i, start: ctx.sentences[i]!.start, end: ctx.sentences[i]!.end }));
}

/**
 * Checks one model bullet. `position` is its place in the summary (0-based, for messages);
 * `cited` the sentence indexes it cites that exist; `used` the sentences earlier bullets stand
 * on, so a replacement does not repeat one.
 */
export function guardBullet(bullet: Bullet, position: number, cited: readonly number[], ctx: GuardContext, used: ReadonlySet<number>): GuardOutcome {
  if (ctx.mode === 'off') return { bullet, warnings: [] };
  if ((bullet.text.match(WORD)?.length ?? 0) < GUARD.minWords) {
    const failed = { consistent: false, score: 0, issues: [{ kind: 'unsupported' as const, text: bullet.text, message: `fewer than ${GUARD.minWords} words: not a statement` }] };
    return fail(bullet, position, cited, ctx, used, failed);
  }
  const own = cited.length > 0 ? check(bullet.text, cited, ctx) : null;
  if (own?.consistent) return { bullet: { ...bullet, check: own }, warnings: [] };

  const support = bestSupport(bullet.text, ctx);
  const wide = support.length > 0 ? check(bullet.text, support, ctx) : null;
  if (wide?.consistent) {
    return {
      bullet: { ...bullet, sources: sourcesOf(support, ctx), check: wide },
      warnings: [
        {
          code: 'SOURCES_CORRECTED',
          message: `bullet ${position + 1} cited sentence(s) ${cited.map((i) => ctx.body.indexOf(i) + 1).join(', ') || 'none'} but stands on ${support.map((i) => ctx.body.indexOf(i) + 1).join(', ')}`,
          details: { bullet: position, cited, sources: support },
        },
      ],
    };
  }

  return fail(bullet, position, cited, ctx, used, own ?? wide ?? { consistent: false, score: 0, issues: [] });
}

/** A bullet that failed: kept with a warning (`warn`) or replaced (`replace`). */
function fail(bullet: Bullet, position: number, cited: readonly number[], ctx: GuardContext, used: ReadonlySet<number>, failed: FaithfulnessResult): GuardOutcome {
  const issues = failed.issues.length > 0 ? failed.issues : [{ kind: 'unsupported' as const, text: bullet.text, message: 'cites no sentence of the article' }];
  const listed = issues.map((i) => `${i.kind} "${i.text}"`).join(', ');
  if (ctx.mode === 'warn') {
    return {
      bullet: { ...bullet, check: { ...failed, issues } },
      warnings: [{ code: 'BULLET_FAILED_CHECK', message: `bullet ${position + 1} is not supported by the article: ${listed}`, details: { bullet: position, text: bullet.text, issues } }],
    };
  }
  const stand = ctx.replacement(cited, used) ?? ctx.replacement(ctx.body, used);
  return {
    bullet: stand,
    warnings: [
      {
        code: 'BULLET_REPLACED',
        message: stand
          ? `bullet ${position + 1} of the model was replaced by an article sentence: ${listed}`
          : `bullet ${position + 1} of the model was dropped (no article sentence left to stand in): ${listed}`,
        details: { bullet: position, text: bullet.text, issues, replacement: stand?.text ?? null },
      },
    ],
  };
}
