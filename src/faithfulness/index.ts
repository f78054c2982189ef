/**
 * The faithfulness check: does a claim (a model's bullet) say only what its source says?
 * A stage of its own: every back-end's output passes through it (see `src/backends/`).
 * CONTRACT (kept stable for the back-ends): checkFaithfulness(claim, source, { lang }).
 *
 * The recipe, one module per rule:
 *   1. text.ts      normalise and tokenise claim and source the same way
 *   2. numbers.ts   numbers, amounts, percentages, dates, times must be in the source
 *   3. names.ts     names of people, places, organisations must be in the source
 *   4. negation.ts  no negation added or dropped
 *   5. quotes.ts    quoted words must be quoted in the source
 *   6. support.ts   content words and their pairings must be in the source
 * Issues of kinds 2–5 fail the claim; 6 lowers the score, and a score below the threshold fails it.
 */
import { KernpunkteError } from '../errors.js';
import { lexicon, normalizeLang } from '../lang/index.js';
import type { FaithfulnessIssue, FaithfulnessResult } from '../types.js';
import { faithData } from './data.js';
import { checkNames } from './names.js';
import { checkNegation, isNegation } from './negation.js';
import { checkNumbers, isNumberWord, numberFacts, type NumberFacts } from './numbers.js';
import { checkQuotes } from './quotes.js';
import { indexSource, measureSupport, type SourceIndex } from './support.js';
import { analyse, type Text, type Token } from './text.js';
import { FAITHFULNESS_TUNING } from './tuning.js';

export type { FaithfulnessIssue, FaithfulnessResult } from '../types.js';
export { FAITHFULNESS_TUNING } from './tuning.js';
export { quotedSpans } from './quotes.js';

export interface FaithfulnessOptions {
  /** The language of claim and source ("de", "en", …). */
  lang: string;
  /** A claim scoring below this fails even without a hard issue. Default `FAITHFULNESS_TUNING.threshold`. */
  threshold?: number;
}

/** The measures behind a verdict (the evaluation tunes on them). */
export interface FaithfulnessFeatures {
  number: number;
  name: number;
  negation: number;
  quote: number;
  /** Content words without support per √(content words): 0 (all supported) to √n (none). */
  unsupported: number;
  /** Share of adjacent content-word pairs no source sentence has in order, 0..1. */
  novelPairs: number;
  /** Share of the claim's word trigrams the source does not have, 0..1. */
  novelTrigrams: number;
  /** Content words of the claim. */
  content: number;
}

interface PreparedSource {
  text: Text;
  index: SourceIndex;
  numbers: NumberFacts;
  joined: string;
}

// The same article is checked once per bullet: its analysis is kept for the next few calls.
const SOURCE_CACHE_SIZE = 8;
const sourceCache = new Map<string, PreparedSource>();

function prepare(source: string | readonly string[], lang: string, term: (w: string) => string | null, stem: (w: string) => string): PreparedSource {
  // Cited sentences are separate sentences even when one lacks its full stop.
  const joined = typeof source === 'string' ? source : source.map((s) => s.trim().replace(/(?<![.!?…"“”»«'])$/u, '.')).join('\n');
  const cacheKey = `${lang}\u0000${joined}`;
  const hit = sourceCache.get(cacheKey);
  if (hit) return hit;
  const text = analyse(joined);
  const prepared = { text, index: indexSource(text, term, stem), numbers: numberFacts(text, lang), joined: text.text };
  if (sourceCache.size >= SOURCE_CACHE_SIZE) sourceCache.delete(sourceCache.keys().next().value as string);
  sourceCache.set(cacheKey, prepared);
  return prepared;
}

/** The issues and measures of a claim against its source, before weighting. */
export function faithfulnessFeatures(claim: string, source: string | readonly string[], options: FaithfulnessOptions): { issues: FaithfulnessIssue[]; features: FaithfulnessFeatures } {
  // Untyped callers (JavaScript, JSON from a server) get a coded error, not a TypeError.
  if (typeof claim !== 'string') throw new KernpunkteError('INVALID_INPUT', `checkFaithfulness needs the claim as a string, got ${claim === null ? 'null' : typeof claim}.`);
  if (typeof source !== 'string' && !(Array.isArray(source) && source.every((x) => typeof x === 'string'))) {
    throw new KernpunkteError('INVALID_INPUT', 'checkFaithfulness needs the source as a string or an array of strings.');
  }
  if (typeof options?.lang !== 'string') throw new KernpunkteError('INVALID_OPTION', 'checkFaithfulness needs options.lang, a language code such as "de".', { option: 'lang' });
  const lang = normalizeLang(options.lang);
  const lex = lexicon(lang);
  const term = (w: string): string | null => lex.term(w);
  const stem = (w: string): string => lex.stem(w);
  const src = prepare(source, lang, term, stem);
  const c = analyse(claim);
  const { negations } = faithData(lang);

  const numbers = checkNumbers(c, src.numbers, lang);
  const names = checkNames(c, src.index, lang, lex.isStopword, stem, src.text);
  const negation = checkNegation(c, src.text, lang, term);
  const quotes = checkQuotes(c.text, src.joined);
  const named = new Set(names.map((n) => n.text.toLowerCase()));
  const support = measureSupport(c, src.index, term, stem, lang, (t: Token) => isNegation(t, negations, lang) || isNumberWord(t, lang));
  const unsupported: FaithfulnessIssue[] = support.unsupported
    .filter((t) => !named.has(t.lower))
    .map((t) => ({ kind: 'unsupported', text: t.text, message: `"${t.text}" is not supported by the source` }));

  const features: FaithfulnessFeatures = {
    number: numbers.length,
    name: names.length,
    negation: negation.length,
    quote: quotes.length,
    // Per √n, not per n: a long claim does not dilute a missing word as much as a share would
    // (on FRANK, BBC: 66.4 against 63.8 balanced accuracy for the share).
    unsupported: support.content.length ? support.unsupported.length / Math.sqrt(support.content.length) : 0,
    novelPairs: support.pairs ? support.novelPairs / support.pairs : 0,
    novelTrigrams: support.trigrams ? support.novelTrigrams / support.trigrams : 0,
    content: support.content.length,
  };
  return { issues: [...numbers, ...names, ...negation, ...quotes, ...unsupported], features };
}

/**
 * The score of a claim from its measures: e^−(weighted penalties), so 1 when nothing is wrong,
 * falling towards 0 without a floor (claims with different amounts of trouble stay ordered).
 */
export function faithfulnessScore(f: FaithfulnessFeatures, weights: { [K in keyof typeof FAITHFULNESS_TUNING.weights]: number } = FAITHFULNESS_TUNING.weights): number {
  const penalty =
    weights.number * f.number +
    weights.name * f.name +
    weights.negation * f.negation +
    weights.quote * f.quote +
    weights.unsupported * f.unsupported +
    weights.novelPairs * f.novelPairs +
    weights.novelTrigrams * f.novelTrigrams;
  return Math.exp(-Math.max(0, penalty));
}

/**
 * Checks `claim` against `source` (a text, or several sentences): a claim is consistent when it
 * states no number, date, name, negation or quote the source lacks and enough of its content is
 * supported (score ≥ threshold).
 * @example checkFaithfulness('Die Stadt zahlt 4 Millionen Euro.', ['Die Stadt zahlt 3 Millionen Euro.'], { lang: 'de' })
 * // { consistent: false, score: 0.7886, issues: [{ kind: 'number', text: '4 Millionen', message: 'the number "4 Millionen" is not in the source' }] }
 */
export function checkFaithfulness(claim: string, source: string | readonly string[], options: FaithfulnessOptions): FaithfulnessResult {
  const { issues, features } = faithfulnessFeatures(claim, source, options);
  const score = Math.round(faithfulnessScore(features) * 10000) / 10000;
  const hard = issues.some((i) => i.kind !== 'unsupported');
  const threshold = options.threshold ?? FAITHFULNESS_TUNING.threshold;
  if (!hard && score < threshold) {
    // Failing on the score alone: say so, so that a replaced bullet's warning names a reason.
    issues.push({ kind: 'unsupported', text: claim, message: `too little of the claim is supported by the source (score ${score} < ${threshold})` });
  }
  return { consistent: !hard && score >= threshold, score, issues };
}
