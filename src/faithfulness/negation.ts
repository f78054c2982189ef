/**
 * Polarity: a negation the claim adds ("nicht", "kein", "never") or drops. Each claim sentence is
 * paired with the source sentence it restates (most shared content words); the claim may not have
 * more negations than that sentence, and may not have fewer where it restates the words around the
 * source's negation (window of words either side). A shortening that drops the negated clause
 * drops its words too, and is not flagged.
 */
import type { FaithfulnessIssue } from '../types.js';
import { faithData } from './data.js';
import type { Text, Token } from './text.js';
import { FAITHFULNESS_TUNING } from './tuning.js';

// French "ne … pas": only the "ne" counts, so a clause is one negation.
const FR_SECOND_PART = new Set(['pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'plus', 'guère', 'nullement']);

const negationSets = new WeakMap<readonly string[], Set<string>>();

export function isNegation(t: Token, negations: readonly string[], lang: string): boolean {
  let set = negationSets.get(negations);
  if (!set) negationSets.set(negations, (set = new Set(negations)));
  if (lang === 'fr') return t.lower === 'ne' || t.lower === 'sans' || t.lower === 'non' || /^n'/.test(t.lower) || (set.has(t.lower) && !FR_SECOND_PART.has(t.lower));
  if (set.has(t.lower)) return true;
  return lang === 'en' && t.lower.endsWith("n't");
}

interface SentenceView {
  from: number;
  to: number;
  terms: Set<string>;
  words: Set<string>;
  cues: number[];
}

function views(text: Text, term: (w: string) => string | null, negations: readonly string[], lang: string): SentenceView[] {
  return text.sentences.map(([from, to]) => {
    const terms = new Set<string>();
    const words = new Set<string>();
    const cues: number[] = [];
    for (let j = from; j < to; j++) {
      const t = text.tokens[j] as Token;
      if (isNegation(t, negations, lang)) {
        cues.push(j);
        continue;
      }
      words.add(t.lower);
      const c = term(t.text);
      if (c !== null) terms.add(c);
    }
    return { from, to, terms, words, cues };
  });
}

/**
 * The words around a negation, in its clause (a comma, colon or bracket ends it), negations left
 * out: up to `window` content words either side, or every word when the clause has fewer than two.
 */
function windowAround(text: Text, v: SentenceView, i: number, window: number, negations: readonly string[], lang: string, term: (w: string) => string | null): string[] {
  const content: string[] = [];
  const all: string[] = [];
  for (const dir of [-1, 1]) {
    let taken = 0;
    for (let j = i + dir; j >= v.from && j < v.to && taken < window; j += dir) {
      const t = text.tokens[j] as Token;
      const near = text.tokens[dir < 0 ? j + 1 : j - 1] as Token;
      const gap = dir < 0 ? text.text.slice(t.end, near.start) : text.text.slice(near.end, t.start);
      if (/[,;:()–—]/.test(gap)) break;
      if (isNegation(t, negations, lang)) continue;
      all.push(t.lower);
      if (term(t.text) !== null) {
        content.push(t.lower);
        taken++;
      }
    }
  }
  return content.length >= 2 ? content : all;
}

const overlap = (a: Set<string>, b: Set<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

// A source is checked against many claims (one per bullet): its sentence views are kept with it.
const sourceViews = new WeakMap<Text, SentenceView[]>();

/** Issues for negations added to or dropped from what the source says. */
export function checkNegation(claim: Text, source: Text, lang: string, term: (w: string) => string | null): FaithfulnessIssue[] {
  const { negations } = faithData(lang);
  if (negations.length === 0) return [];
  const { negationWindow: window, negationCoverage: coverage } = FAITHFULNESS_TUNING;
  let src = sourceViews.get(source);
  if (!src) sourceViews.set(source, (src = views(source, term, negations, lang)));
  const issues: FaithfulnessIssue[] = [];
  for (const cv of views(claim, term, negations, lang)) {
    let best: SentenceView | undefined;
    let bestScore = 0;
    for (const sv of src) {
      const o = overlap(cv.terms, sv.terms);
      // Ties go to the sentence with the claim's polarity: a claim restating one of two similar sentences is not flagged.
      if (o > bestScore || (o === bestScore && best && o > 0 && sv.cues.length === cv.cues.length && best.cues.length !== cv.cues.length)) {
        bestScore = o;
        best = sv;
      }
    }
    if (!best) continue;
    if (cv.cues.length > best.cues.length) {
      // Added: unless the claim's extra negation restates another source sentence's.
      const extra = cv.cues.find((i) => {
        const w = new Set(windowAround(claim, cv, i, window, negations, lang, term).map((x) => term(x) ?? x));
        return !(src as SentenceView[]).some((sv) => sv !== best && sv.cues.length > 0 && overlap(w, new Set([...sv.terms, ...sv.words])) >= Math.max(2, Math.ceil(w.size * coverage)));
      });
      if (extra !== undefined) {
        const t = claim.tokens[extra] as Token;
        issues.push({ kind: 'negation', text: t.text, message: `"${t.text}" negates what the source states without a negation` });
      }
    } else if (cv.cues.length < best.cues.length) {
      // Dropped: the claim restates the words around more source negations than it has.
      const restated = best.cues.filter((i) => {
        const w = windowAround(source, best, i, window, negations, lang, term);
        if (w.length === 0) return false;
        const found = w.filter((x) => cv.words.has(x)).length;
        return found / w.length >= coverage;
      });
      if (restated.length > cv.cues.length) {
        const t = source.tokens[restated[0] as number] as Token;
        issues.push({ kind: 'negation', text: t.text, message: `the source says "${t.text}" here; the claim drops the negation` });
      }
    }
  }
  return issues;
}
