import { NUMBER, UPPER, countWords, lexicon, type Lexicon } from '../lang/index.js';
import type { Article, Sentence } from '../types.js';

/** A sparse term vector: term id → weight. */
export type Vector = Map<number, number>;

/**
 * How much of a document to build, each level with all of the ones before: `positions` (the
 * candidates and their word counts), `terms` (term ids, sentence frequencies, number and name
 * counts), `vectors` (tf-isf vectors, norms, centroid), `all` (the title's vector too).
 * Fields beyond the level built are empty.
 */
export const NEEDS = Object.freeze(['positions', 'terms', 'vectors', 'all'] as const);
export type DocumentNeeds = (typeof NEEDS)[number];

/**
 * What every ranker reads: the body sentences that may become bullets, with their terms as
 * ids and tf-isf vectors. Built once per summary and shared by all scoring functions.
 */
export interface RankDocument {
  article: Article;
  lex: Lexicon;
  /** All sentences, headings included; `candidates` indexes into it. */
  sentences: Sentence[];
  /** Indexes (into `sentences`) of body sentences considered for bullets, in article order. */
  candidates: number[];
  /** Term ids per candidate. */
  terms: number[][];
  /** In how many candidates each term id occurs (ids of title-only terms lie beyond its end). */
  sentenceFrequency: Int32Array;
  /** tf-isf vectors per candidate. */
  vectors: Vector[];
  /** Euclidean norms of `vectors`, computed once: cosines are the hot loop of ranking and MMR. */
  norms: number[];
  /** Sum of all candidate vectors (the document centroid). */
  centroid: Vector;
  /** Title (and subtitle/description) as a tf-isf vector; empty when there is none. */
  titleVector: Vector;
  /** Word count per candidate. */
  wordCounts: number[];
  /** Numbers per candidate ("3,5", "2024"). */
  numberCounts: number[];
  /** Capitalised non-stop words after the first word, per candidate: names, mostly. */
  nameCounts: number[];
  /** Per term id: 1 when the term was written as a number or capitalised inside a sentence (a name, mostly). */
  nameTerms: Uint8Array;
}

export function norm(v: Vector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function dot(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const o = b.get(k);
    if (o !== undefined) s += w * o;
  }
  return s;
}

export function cosine(a: Vector, b: Vector, normA: number = norm(a), normB: number = norm(b)): number {
  const d = dot(a, b);
  if (d === 0) return 0;
  return d / (normA * normB);
}

/** Cosine of two candidates, with their cached norms. */
export function similarity(doc: RankDocument, i: number, j: number): number {
  return cosine(doc.vectors[i]!, doc.vectors[j]!, doc.norms[i], doc.norms[j]);
}

export interface DocumentOptions {
  /** Only the first this many body sentences are ranked (news puts key points early; bounds the work on huge input). */
  maxCandidates: number;
  /** What to build (see `NEEDS`); default all. */
  needs?: DocumentNeeds | undefined;
}

export function buildDocument(article: Article, sentences: Sentence[], options: DocumentOptions): RankDocument {
  const lex = lexicon(article.lang);
  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const candidates: number[] = [];
  for (const s of sentences) {
    if (s.kind !== 'body') continue;
    if (candidates.length >= options.maxCandidates) break;
    candidates.push(s.index);
  }
  const level = NEEDS.indexOf(options.needs ?? 'all');
  const empty = { terms: [], sentenceFrequency: new Int32Array(0), vectors: [], norms: [], centroid: new Map(), titleVector: new Map(), numberCounts: [], nameCounts: [], nameTerms: new Uint8Array(0) };
  if (level < NEEDS.indexOf('terms')) return rankDocument({ ...empty, article, lex, sentences, candidates, wordCounts: candidates.map((i) => countWords(sentences[i]!.text)) });
  // One pass over each sentence's words gives its terms and its word, number and name counts
  // (a number starts with \p{N}, a name with \p{Lu}; the lexicon classes each word's first character).
  const terms: number[][] = [];
  const wordCounts: number[] = [];
  const numberCounts: number[] = [];
  const nameCounts: number[] = [];
  const nameIds: number[] = [];
  for (const i of candidates) {
    const ws = lex.scanTerms(sentences[i]!.text);
    const ts: number[] = [];
    let numbers = 0;
    let names = 0;
    for (let k = 0; k < ws.count; k++) {
      const term = ws.terms[k]!;
      const id = term === null ? -1 : idOf(term);
      if (id >= 0) ts.push(id);
      if ((ws.first[k]! & NUMBER) !== 0) {
        numbers++;
        if (id >= 0) nameIds.push(id);
      } else if (k > 0 && id >= 0 && (ws.first[k]! & UPPER) !== 0) {
        names++;
        nameIds.push(id);
      }
    }
    terms.push(ts);
    wordCounts.push(ws.count);
    numberCounts.push(numbers);
    nameCounts.push(names);
  }

  // Inverse sentence frequency: a term in every sentence says nothing about any one of them.
  // Sentence frequency per term, counted once per sentence with a last-seen stamp (no sets).
  const df = new Int32Array(ids.size);
  const seen = new Int32Array(ids.size).fill(-1);
  terms.forEach((ts, c) => {
    for (const t of ts) {
      if (seen[t] !== c) {
        seen[t] = c;
        df[t]!++;
      }
    }
  });
  if (level < NEEDS.indexOf('vectors')) {
    const nameTerms = new Uint8Array(ids.size);
    for (const id of nameIds) nameTerms[id] = 1;
    return rankDocument({ ...empty, article, lex, sentences, candidates, terms, sentenceFrequency: df, wordCounts, numberCounts, nameCounts, nameTerms });
  }
  const n = Math.max(candidates.length, 1);
  const isf = (t: number): number => Math.log((n + 1) / ((df[t] ?? 0) + 0.5));
  // Term counts in a scratch array, then one entry per distinct term in order of first use (the
  // order a map counted into directly gets).
  let tf = new Int32Array(0);
  const vectorOf = (ts: number[]): Vector => {
    if (tf.length < ids.size) tf = new Int32Array(ids.size);
    for (const t of ts) tf[t]!++;
    const v: Vector = new Map();
    for (const t of ts) {
      const c = tf[t]!;
      if (c === 0) continue;
      v.set(t, c * isf(t));
      tf[t] = 0;
    }
    return v;
  };
  const vectors = terms.map(vectorOf);
  const norms = vectors.map(norm);
  // Summed in a typed array, in the same order as into a map; term ids are numbered in order of
  // first use, so the map gets its keys in the order a map summed into directly would have.
  const sums = new Float64Array(ids.size);
  for (const v of vectors) for (const [t, w] of v) sums[t] = sums[t]! + w;
  const centroid: Vector = new Map();
  for (let t = 0; t < ids.size; t++) if (seen[t]! >= 0) centroid.set(t, sums[t]!);

  const titleTerms: number[] = [];
  if (level >= NEEDS.indexOf('all')) {
    const titleText = [article.title ?? '', ...article.blocks.filter((b) => b.kind === 'subtitle').map((b) => b.text), article.meta?.description ?? '']
    .filter(Boolean)
    .join(' ');
    const tw = lex.scanTerms(titleText);
    for (let k = 0; k < tw.count; k++) {
      const term = tw.terms[k]!;
      if (term !== null) titleTerms.push(idOf(term));
    }
  }
  const titleVector = vectorOf(titleTerms);
  const nameTerms = new Uint8Array(ids.size);
  for (const id of nameIds) nameTerms[id] = 1;
  return rankDocument({ article, lex, sentences, candidates, terms, sentenceFrequency: df, vectors, norms, centroid, titleVector, wordCounts, numberCounts, nameCounts, nameTerms });
}

/** Every document with its fields in one order, whatever was built: one object shape keeps the rankers' property reads fast. */
function rankDocument(d: RankDocument): RankDocument {
  return {
    article: d.article,
    lex: d.lex,
    sentences: d.sentences,
    candidates: d.candidates,
    terms: d.terms,
    sentenceFrequency: d.sentenceFrequency,
    vectors: d.vectors,
    norms: d.norms,
    centroid: d.centroid,
    titleVector: d.titleVector,
    wordCounts: d.wordCounts,
    numberCounts: d.numberCounts,
    nameCounts: d.nameCounts,
    nameTerms: d.nameTerms,
  };
}
