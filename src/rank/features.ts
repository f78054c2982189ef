import type { Sentence } from '../types.js';
import { candidateOpensWithPronoun } from './coherent.js';
import { cosine, norm, similarity, type RankDocument } from './document.js';

/**
 * Sentence features of the default scorer. Each is cheap and language-neutral or driven by
 * the language pack. The order here is the order of the weights table in
 * `kernpunkte-weights.ts`; `npm run fit` searches weights for them on the development sets.
 */
export const FEATURE_NAMES = Object.freeze([
  'position', // 1 / (1 + index): news puts what matters first
  'first', // the very first body sentence
  'title', // cosine to title, subtitle and description: the outlet's own statement of the topic
  'titleCoverage', // share of the title's terms the sentence contains
  'leadSimilarity', // cosine to the first sentence: on-topic where there is no title
  'centroid', // cosine to the document centroid
  'numberCount', // numbers, capped at 3, / 3: key points carry figures
  'nameCount', // capitalised words inside the sentence, capped at 6, / 6
  'length', // words / 30, capped at 2
  'quote', // opens with a quotation mark: a voice, not a fact
  'anaphora', // opens with a pronoun or demonstrative that points back (the coherence stage's `pronoun` flag)
  // Topic signature: the mean, over the sentence's distinct terms, of how many other sentences
  // also use them, scaled by the document's highest mean. Sentences built from the story's
  // recurring words state its topic; those full of words said once are asides and detail.
  'topicDensity',
  // Coverage of the whole story, not only the lead: the summed spread (sentences that mention
  // it, across all paragraphs) of the names and numbers the sentence carries, scaled to 0–1.
  'entityCentrality',
  // Names and numbers that recur in the story and appear here for the first time: a sentence
  // that brings a new central actor or figure into the story.
  'newEntities',
  'paragraphStart', // the first sentence of a paragraph: news paragraphs open with their point
  'lastParagraph', // in the article's last paragraph: the outlook
  // Position scaled by how central this article's lead is: the mean cosine of its first three
  // sentences to the document centroid over the highest of any sentence. A lead that states the
  // story (agency copy, CNN/DM) keeps the bullets near it; a scene-setting lead (features,
  // teasers, XSum's background openers) lets them move on.
  'leadStrength',
  'quoted', // holds a direct quotation anywhere: a voice, rarely the key fact
  // Like topicDensity over adjacent content-word pairs: sentences that repeat the story's phrases
  // (names of two words, fixed terms), not only its words.
  'phraseDensity',
  // Directed centrality (PacSum, Zheng & Lapata 2019): the summed cosine to the sentences after
  // it, scaled to 0–1 by the document's highest. A sentence that introduces what the article
  // goes on to elaborate is central forwards; one that comments on what came before is not.
  'forwardCentrality',
] as const);

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The quotation marks a sentence may open with (the `quote` feature), by UTF-16 code. */
const QUOTE_CODES = new Set([...'"„“”»«‚‘\'‹›'].map((ch) => ch.charCodeAt(0)));
/** The white space of `\s` (with the `u` flag), by UTF-16 code. */
const SPACE = /\s/u;

/** Whether the text opens with a quotation mark after any white space: `/^\s*["„“”»«‚‘'‹›]/u` without a regex run per candidate. */
export function opensWithQuote(text: string): boolean {
  let i = 0;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i < text.length && QUOTE_CODES.has(text.charCodeAt(i));
}
/** A double or angle quotation mark anywhere, or a single-quoted span ('…'), told apart from apostrophes ("players' union", "wasn't") by its opening mark before a word. */
const QUOTATION = /["„“”»«‹›]|(?:^|\s)['‘‚][\p{L}\p{N}].*?[\p{L}\p{N}.,!?]['’](?=\s|$|[,.;:])/u;

/**
 * Mark arrays of the features below, kept between documents (a typed array of its own costs an
 * allocation outside the JS heap, 1-2 µs on the bench machine): `k`, grown to at least `n` and
 * its first `n` set to `value`. Each feature is done with them before the next starts.
 */
const marks = [new Int32Array(1024), new Int32Array(1024)];
function scratch(k: number, n: number, value: number): Int32Array {
  if (marks[k]!.length < n) marks[k] = new Int32Array(Math.max(n, 2 * marks[k]!.length));
  return marks[k]!.fill(value, 0, n);
}

/** Each candidate's mean count of other sentences sharing its distinct terms, scaled to 0–1. */
function topicDensity(doc: RankDocument): number[] {
  const df = doc.sentenceFrequency;
  const mark = scratch(0, df.length, -1);
  let max = 0;
  const density = doc.terms.map((ts, i) => {
    let shared = 0;
    let distinct = 0;
    for (const t of ts) {
      if (mark[t] === i) continue;
      mark[t] = i;
      shared += df[t]! - 1;
      distinct++;
    }
    const d = distinct > 0 ? shared / distinct : 0;
    if (d > max) max = d;
    return d;
  });
  return max > 0 ? density.map((d) => d / max) : density;
}

/**
 * Per candidate: the summed spread of its distinct name and number terms (how many other
 * sentences mention each), and how many recurring ones it is the first to mention; both
 * scaled by the document's highest. One pass over the term ids with a last-seen stamp.
 */
function entityCoverage(doc: RankDocument): { centrality: number[]; fresh: number[] } {
  const df = doc.sentenceFrequency;
  const names = doc.nameTerms;
  const mark = scratch(0, df.length, -1);
  const seen = scratch(1, df.length, 0);
  const n = doc.terms.length;
  let maxC = 0;
  let maxF = 0;
  const centrality = new Array<number>(n);
  const fresh = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const ts = doc.terms[i]!;
    let c = 0;
    let f = 0;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (mark[t] === i || !names[t]) continue;
      mark[t] = i;
      const spread = df[t]! - 1;
      c += spread;
      if (!seen[t]) {
        seen[t] = 1;
        if (spread > 0) f++;
      }
    }
    centrality[i] = c;
    fresh[i] = f;
    if (c > maxC) maxC = c;
    if (f > maxF) maxF = f;
  }
  for (let i = 0; i < n; i++) {
    centrality[i] = maxC > 0 ? centrality[i]! / maxC : 0;
    fresh[i] = maxF > 0 ? fresh[i]! / maxF : 0;
  }
  return { centrality, fresh };
}

/** Each candidate's mean, over its adjacent content-word pairs, of how many other sentences share the pair; scaled to 0–1. */
function phraseDensity(doc: RankDocument): number[] {
  const pairs = doc.terms.map((ts) => {
    const out = new Set<string>();
    for (let k = 1; k < ts.length; k++) out.add(`${ts[k - 1]},${ts[k]}`);
    return out;
  });
  const df = new Map<string, number>();
  for (const ps of pairs) for (const p of ps) df.set(p, (df.get(p) ?? 0) + 1);
  let max = 0;
  const density = pairs.map((ps) => {
    let shared = 0;
    for (const p of ps) shared += df.get(p)! - 1;
    const d = ps.size > 0 ? shared / ps.size : 0;
    if (d > max) max = d;
    return d;
  });
  return max > 0 ? density.map((d) => d / max) : density;
}

/** Unit vectors summed by term id for forwardCentrality, kept between documents. */
let unitSums = new Float64Array(1024);

/**
 * Per candidate, the summed cosine to the candidates after it, scaled by the document's highest
 * (0–1). A sum of cosines is the dot product with the sum of the others' unit vectors, so one
 * pass from the last candidate back, adding each one's unit vector to a running sum by term id,
 * gives them all: linear in the document's terms, nothing per pair.
 */
export function forwardCentrality(doc: RankDocument): number[] {
  const n = doc.candidates.length;
  const ids = doc.sentenceFrequency.length;
  if (unitSums.length < ids) unitSums = new Float64Array(Math.max(ids, 2 * unitSums.length));
  const after = unitSums.fill(0, 0, ids);
  const out = new Array<number>(n).fill(0);
  let max = 0;
  for (let i = n - 1; i >= 0; i--) {
    const v = doc.vectors[i]!;
    const length = doc.norms[i]!;
    if (!(length > 0)) continue;
    let d = 0;
    for (let k = v.start, end = v.start + v.size; k < end; k++) d += v.weights[k]! * after[v.ids[k]!]!;
    out[i] = d / length;
    if (out[i]! > max) max = out[i]!;
    for (let k = v.start, end = v.start + v.size; k < end; k++) after[v.ids[k]!]! += v.weights[k]! / length;
  }
  if (max > 0) for (let i = 0; i < n; i++) out[i]! /= max;
  return out;
}

/** How central the first three candidates are: their mean cosine to the centroid over the highest of any candidate (0–1). */
export function leadCentrality(doc: RankDocument): number {
  const n = norm(doc.centroid);
  let max = 0;
  let lead = 0;
  const k = Math.min(3, doc.candidates.length);
  doc.vectors.forEach((v, i) => {
    const c = cosine(v, doc.centroid, doc.norms[i], n);
    if (c > max) max = c;
    if (i < k) lead += c;
  });
  return max > 0 && k > 0 ? lead / k / max : 0;
}

/** One feature row per candidate, in FEATURE_NAMES order (the scorer fit reads them all). */
export function sentenceFeatures(doc: RankDocument): number[][] {
  const columns = featureColumns(doc, ALL_FEATURES);
  return doc.candidates.map((_, i) => columns.map((column) => column![i]!));
}

const ALL_FEATURES: readonly boolean[] = FEATURE_NAMES.map(() => true);

/**
 * Each candidate's weighted feature sum, `scoreFeatures(sentenceFeatures(doc), weights)` to the
 * last bit: only the features with a nonzero weight are computed (a zero weight adds nothing to
 * a finite feature), and the sum runs in FEATURE_NAMES order as there.
 */
export function featureScores(doc: RankDocument, weights: Readonly<Partial<Record<string, number>>>): number[] {
  const { w, wanted, used } = weightsTable(weights);
  const columns = featureColumns(doc, wanted);
  const out: number[] = new Array<number>(doc.candidates.length);
  for (let i = 0; i < out.length; i++) {
    let z = 0;
    for (const k of used) z += w[k]! * columns[k]![i]!;
    out[i] = z;
  }
  return out;
}

const weightTables = new WeakMap<object, { w: number[]; wanted: boolean[]; used: number[] }>();

/** A weights record as FEATURE_NAMES reads it: the weights in order, which are nonzero, and their positions; once per record. */
function weightsTable(weights: Readonly<Partial<Record<string, number>>>): { w: number[]; wanted: boolean[]; used: number[] } {
  let table = weightTables.get(weights);
  if (table === undefined) {
    const w = FEATURE_NAMES.map((name) => weights[name] ?? 0);
    table = { w, wanted: w.map((x) => x !== 0), used: [...w.keys()].filter((k) => w[k] !== 0) };
    // A frozen record can't change: only its table is kept (the fit passes fresh ones).
    if (Object.isFrozen(weights)) weightTables.set(weights, table);
  }
  return table;
}

/** Position of each feature in FEATURE_NAMES. */
const F = Object.freeze(Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, k])) as Record<FeatureName, number>);

/**
 * The features `wanted` marks (by FEATURE_NAMES position), one value per candidate each; the
 * others undefined. Each column is filled by a loop of its own: one loop calling a function per
 * feature would call a different function from the same place for every feature, which the
 * engine can't inline.
 */
function featureColumns(doc: RankDocument, wanted: readonly boolean[]): Array<ArrayLike<number> | undefined> {
  const n = doc.candidates.length;
  const columns = new Array<ArrayLike<number> | undefined>(FEATURE_NAMES.length).fill(undefined);
  // Plain arrays: a typed array, even a view on a shared one, costs an allocation outside the JS heap.
  const take = (k: number): number[] | undefined => {
    if (!wanted[k]) return undefined;
    const out = new Array<number>(n).fill(0);
    columns[k] = out;
    return out;
  };
  const { sentences, candidates, vectors, norms } = doc;
  let col: number[] | undefined;
  if ((col = take(F.position))) for (let i = 0; i < n; i++) col[i] = 1 / (1 + i);
  if ((col = take(F.first))) for (let i = 0; i < n; i++) col[i] = i === 0 ? 1 : 0;
  if ((col = take(F.title))) {
    const hasTitle = doc.titleVector.size > 0;
    const titleNorm = hasTitle ? norm(doc.titleVector) : 0;
    for (let i = 0; i < n; i++) col[i] = hasTitle ? cosine(vectors[i]!, doc.titleVector, norms[i], titleNorm) : 0;
  }
  if (wanted[F.titleCoverage]) columns[F.titleCoverage] = titleCoverage(doc);
  if ((col = take(F.leadSimilarity))) for (let i = 0; i < n; i++) col[i] = i === 0 ? 1 : similarity(doc, i, 0);
  if ((col = take(F.centroid))) {
    const centroidNorm = norm(doc.centroid);
    for (let i = 0; i < n; i++) col[i] = cosine(vectors[i]!, doc.centroid, norms[i], centroidNorm);
  }
  if ((col = take(F.numberCount))) for (let i = 0; i < n; i++) col[i] = Math.min(doc.numberCounts[i]!, 3) / 3;
  if ((col = take(F.nameCount))) for (let i = 0; i < n; i++) col[i] = Math.min(doc.nameCounts[i]!, 6) / 6;
  if ((col = take(F.length))) for (let i = 0; i < n; i++) col[i] = Math.min(doc.wordCounts[i]! / 30, 2);
  if ((col = take(F.quote))) for (let i = 0; i < n; i++) col[i] = opensWithQuote(sentences[candidates[i]!]!.text) ? 1 : 0;
  if ((col = take(F.anaphora))) for (let i = 0; i < n; i++) col[i] = candidateOpensWithPronoun(doc, i) ? 1 : 0;
  if (wanted[F.topicDensity]) columns[F.topicDensity] = topicDensity(doc);
  if (wanted[F.entityCentrality] || wanted[F.newEntities]) {
    const coverage = entityCoverage(doc);
    if (wanted[F.entityCentrality]) columns[F.entityCentrality] = coverage.centrality;
    if (wanted[F.newEntities]) columns[F.newEntities] = coverage.fresh;
  }
  if ((col = take(F.paragraphStart))) for (let i = 0; i < n; i++) col[i] = sentences[candidates[i]!]!.inParagraph === 0 ? 1 : 0;
  if ((col = take(F.lastParagraph))) {
    const lastParagraph = sentences[candidates[n - 1] ?? 0]?.paragraph ?? 0;
    for (let i = 0; i < n; i++) col[i] = sentences[candidates[i]!]!.paragraph === lastParagraph && lastParagraph > 0 ? 1 : 0;
  }
  if ((col = take(F.leadStrength))) {
    const leadStrength = leadCentrality(doc);
    for (let i = 0; i < n; i++) col[i] = leadStrength / (1 + i);
  }
  if ((col = take(F.quoted))) for (let i = 0; i < n; i++) col[i] = QUOTATION.test(sentences[candidates[i]!]!.text) ? 1 : 0;
  if (wanted[F.phraseDensity]) columns[F.phraseDensity] = phraseDensity(doc);
  if (wanted[F.forwardCentrality]) columns[F.forwardCentrality] = forwardCentrality(doc);
  return columns;
}

/** Each candidate's share of the title's terms. The candidate's terms are marked by a stamp (its position), so title terms are looked up without a set per candidate; `nameTerms` has an entry for every term id, the title's included. */
function titleCoverage(doc: RankDocument): number[] {
  const title = doc.titleVector;
  const size = title.size;
  if (size === 0) return doc.candidates.map(() => 0);
  const own = scratch(0, doc.nameTerms.length, -1);
  return doc.terms.map((ts, i) => {
    let covered = 0;
    for (const t of ts) own[t] = i;
    for (let k = title.start, end = title.start + size; k < end; k++) if (own[title.ids[k]!] === i) covered++;
    return covered / size;
  });
}
