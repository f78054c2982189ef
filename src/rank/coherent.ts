import { checkCoherence, pronounOpener, type CoherenceFlag, type CoherenceReason } from '../coherence/index.js';
import type { Sentence } from '../types.js';
import type { RankDocument } from './document.js';

/** Per document, the flags checked so far: only candidates that selection reaches get checked. */
const cache = new WeakMap<RankDocument, Array<CoherenceFlag[] | undefined>>();

/** The coherence stage's flags for one candidate, computed once per document (features and selection both read them). */
export function candidateFlag(doc: RankDocument, c: number): CoherenceFlag[] {
  let flags = cache.get(doc);
  if (!flags) {
    flags = [];
    cache.set(doc, flags);
  }
  let f = flags[c];
  if (f === undefined) {
    const s = doc.sentences[doc.candidates[c]!]!;
    f = checkCoherence(s.text, doc.article.lang);
    if (f.length === 0 && opensCaptions(doc, s)) f = [{ reason: 'caption', evidence: s.text.split(/\s+/, 3).join(' ') }];
    flags[c] = f;
  }
  return f;
}

/**
 * Whether a sentence is the first of a block that cleaning found right after a remnant leading
 * into the page's photo captions ("… Scroll down for video The 'special relationship' between
 * Britain and the US was strong under …"): a caption, though nothing in its own words tells.
 */
function opensCaptions(doc: RankDocument, s: Sentence): boolean {
  if (doc.article.blocks[s.block]?.opensCaptions !== true) return false;
  const before = doc.sentences[s.index - 1];
  return before === undefined || before.block !== s.block;
}

/** The coherence stage's flags for every candidate. */
export function candidateFlags(doc: RankDocument): CoherenceFlag[][] {
  return doc.candidates.map((_, c) => candidateFlag(doc, c));
}

/** Per document, the candidates whose first words told that they are flagged `pronoun` (see `candidateOpensWithPronoun`). */
const pronounOpeners = new WeakMap<RankDocument, Uint8Array>();

/** Whether a candidate is flagged `pronoun`: its full check only when its first words don't tell (see `pronounOpener`). */
export function candidateOpensWithPronoun(doc: RankDocument, c: number): boolean {
  const known = cache.get(doc)?.[c] === undefined ? pronounOpener(doc.sentences[doc.candidates[c]!]!.text, doc.article.lang) : null;
  if (known === true) {
    let told = pronounOpeners.get(doc);
    if (!told) {
      told = new Uint8Array(doc.candidates.length);
      pronounOpeners.set(doc, told);
    }
    told[c] = 1;
  }
  return known ?? candidateFlag(doc, c).some((f) => f.reason === 'pronoun');
}

/**
 * The first of a candidate's coherence flags whose reason is not tolerated (null: none), as
 * `candidateFlag(doc, c).find(…)` gives it. A candidate the scorer already found flagged
 * `pronoun` by its first words needs no full check: that flag is always the first (it is raised
 * only when no other was before it).
 */
export function candidateReason(doc: RankDocument, c: number, tolerate: readonly string[]): CoherenceReason | null {
  if (pronounOpeners.get(doc)?.[c] === 1 && !tolerate.includes('pronoun')) return 'pronoun';
  return candidateFlag(doc, c).find((f) => !tolerate.includes(f.reason))?.reason ?? null;
}

/**
 * Per candidate that does not stand alone (`usable` false), the candidate that makes it whole: the
 * sentence just before it in the same paragraph, when that one is usable and the two together
 * stand alone (it names the speaker or the referent). Undefined for the rest. Selection may then
 * pick the pair as one bullet, and the summary prints it citing both sentences.
 */
export function wholePartners(doc: RankDocument, usable: (candidate: number) => boolean): Array<number | undefined> {
  return doc.candidates.map((_, c) => (c > 0 && !usable(c) && usable(c - 1) && standsWholeWithPrevious(doc, c) ? c - 1 : undefined));
}

/**
 * Whether candidate `c` and the candidate before it are adjacent sentences of one paragraph that
 * stand alone together (the first names the speaker or the referent the second needs).
 */
export function standsWholeWithPrevious(doc: RankDocument, c: number): boolean {
  const s = doc.sentences[doc.candidates[c]!]!;
  const p = doc.sentences[doc.candidates[c - 1]!]!;
  if (p.paragraph !== s.paragraph || p.index !== s.index - 1) return false;
  // A caption known only by where it stands stays one: the sentence before it does not make it whole.
  if (opensCaptions(doc, s)) return false;
  return checkCoherence(`${p.text} ${s.text}`, doc.article.lang).length === 0;
}
