import { lexicon, words } from '../lang/index.js';

/**
 * Content overlap of two sentences: the weight of the content terms (stemmed, stop words out)
 * they share, over the weight of the smaller one's. Names and numbers weigh double: two
 * sentences with the same names and figures state the same fact, however the words are
 * ordered, and a direct quote that restates an earlier sentence shares its content stems.
 * 0 = nothing in common, 1 = the smaller sentence is contained in the other.
 */
export const OVERLAP = Object.freeze({
  /** Weight of a name (capitalised inside the sentence) or number term against 1 for any other. */
  nameWeight: 2,
  /** At or above this overlap two bullets count as a redundant pair (selection and evaluation). */
  redundant: 0.5,
  /**
   * Selection's block when one of the two opens with a quotation (or the model's own block, if
   * lower): a direct quote that shares this much with an earlier sentence restates it in the
   * speaker's words.
   */
  quoteBlock: 0.35,
});

/** A sentence's distinct content terms and their weights. */
export interface TermBag<K> {
  keys: K[];
  weights: number[];
  total: number;
}

/** Overlap of two bags (see OVERLAP). */
export function contentOverlap<K>(a: TermBag<K>, b: TermBag<K>, bIndex?: ReadonlyMap<K, number>): number {
  const small = Math.min(a.total, b.total);
  if (small === 0) return 0;
  const index = bIndex ?? new Map(b.keys.map((k, i) => [k, i]));
  let shared = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const j = index.get(a.keys[i]!);
    if (j !== undefined) shared += Math.min(a.weights[i]!, b.weights[j]!);
  }
  return shared / small;
}

const NUMBER = /^\p{N}/u;
const CAPITALISED = /^\p{Lu}/u;

/** The bag of a free text in a language (the evaluation's view of any method's bullets). */
export function textBag(text: string, lang: string): TermBag<string> {
  const lex = lexicon(lang);
  const ws = words(text);
  const index = new Map<string, number>();
  const bag: TermBag<string> = { keys: [], weights: [], total: 0 };
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const term = lex.term(w);
    if (term === null) continue;
    const weight = NUMBER.test(w) || (k > 0 && CAPITALISED.test(w)) ? OVERLAP.nameWeight : 1;
    const at = index.get(term);
    if (at === undefined) {
      index.set(term, bag.keys.length);
      bag.keys.push(term);
      bag.weights.push(weight);
      bag.total += weight;
    } else if (weight > bag.weights[at]!) {
      bag.total += weight - bag.weights[at]!;
      bag.weights[at] = weight;
    }
  }
  return bag;
}

/** The largest pairwise overlap among a summary's bullets (0 for fewer than two). */
export function largestOverlap(texts: readonly string[], lang: string): number {
  const bags = texts.map((t) => textBag(t, lang));
  let max = 0;
  for (let i = 0; i < bags.length; i++) {
    const index = new Map(bags[i]!.keys.map((k, n) => [k, n]));
    for (let j = 0; j < i; j++) max = Math.max(max, contentOverlap(bags[j]!, bags[i]!, index));
  }
  return max;
}

/** A candidate's distinct term ids, sorted, with their weights. */
interface CandidateBag {
  ids: number[];
  weights: number[];
  total: number;
}

/** Per document, the bags built so far: only candidates that selection compares get one. */
const documentBags = new WeakMap<object, Array<CandidateBag | undefined>>();

function bagOf(doc: { terms: number[][]; nameTerms: Uint8Array }, c: number): CandidateBag {
  let bags = documentBags.get(doc);
  if (!bags) {
    bags = [];
    documentBags.set(doc, bags);
  }
  let bag = bags[c];
  if (bag) return bag;
  // Plain arrays and an insertion sort: a sentence has a few dozen terms, and typed arrays
  // (their sort, views and allocation) cost more than the whole bag at that size.
  const ids = sortedUnique(doc.terms[c]!);
  const weights: number[] = new Array<number>(ids.length);
  let total = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = doc.nameTerms[ids[k]!] ? OVERLAP.nameWeight : 1;
    weights[k] = w;
    total += w;
  }
  bag = { ids, weights, total };
  bags[c] = bag;
  return bag;
}

/** The distinct values of `terms` (integers), ascending. */
export function sortedUnique(terms: readonly number[]): number[] {
  const out: number[] = [];
  // A long sentence (a text without stops) is sorted by the builtin: insertion is quadratic.
  if (terms.length > 64) {
    for (const t of new Int32Array(terms).sort()) if (out.length === 0 || out[out.length - 1] !== t) out.push(t);
    return out;
  }
  for (const t of terms) {
    let k = out.length;
    while (k > 0 && out[k - 1]! > t) k--;
    if (k > 0 && out[k - 1] === t) continue;
    for (let m = out.length; m > k; m--) out[m] = out[m - 1]!;
    out[k] = t;
  }
  return out;
}

/** Content overlap (see OVERLAP) of two candidates of a ranked document, by a merge of their sorted term ids. */
export function candidateOverlap(doc: { terms: number[][]; nameTerms: Uint8Array }, i: number, j: number): number {
  const bi = bagOf(doc, i);
  const bj = bagOf(doc, j);
  const small = Math.min(bi.total, bj.total);
  if (small === 0) return 0;
  const a = bi.ids;
  const b = bj.ids;
  const wa = bi.weights;
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else {
      shared += wa[x]!;
      x++;
      y++;
    }
  }
  return shared / small;
}
