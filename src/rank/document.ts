import { NUMBER, UPPER, countWords, lexicon, type Lexicon, type WordTerms } from '../lang/index.js';
import type { Article, Sentence } from '../types.js';

/**
 * A sparse term vector: term ids and their weights, in the order the terms first occur in the
 * text (sums over a vector run in that order, so they come out as over a map filled in that
 * order, to the last bit). Read like a read-only map; a document's vectors share two arrays.
 */
export class Vector {
  constructor(
    /** Term ids: the entries are `ids[start]` to `ids[start + size - 1]`, with `weights` at the same places. */
    readonly ids: Int32Array,
    readonly weights: Float64Array,
    readonly start: number,
    readonly size: number,
    /** Weight by term id, 0 for terms not in the vector, where the vector keeps one (centroid, title): dot products look up in it. */
    readonly dense: Float64Array | null = null,
  ) {}

  get(id: number): number | undefined {
    if (this.dense !== null) {
      const w = id >= 0 && id < this.dense.length ? this.dense[id]! : 0;
      return w !== 0 ? w : undefined;
    }
    for (let k = this.start, end = this.start + this.size; k < end; k++) if (this.ids[k] === id) return this.weights[k]!;
    return undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  *keys(): IterableIterator<number> {
    for (let k = this.start, end = this.start + this.size; k < end; k++) yield this.ids[k]!;
  }

  *values(): IterableIterator<number> {
    for (let k = this.start, end = this.start + this.size; k < end; k++) yield this.weights[k]!;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let k = this.start, end = this.start + this.size; k < end; k++) yield [this.ids[k]!, this.weights[k]!];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(callback: (weight: number, id: number, vector: Vector) => void): void {
    for (let k = this.start, end = this.start + this.size; k < end; k++) callback(this.weights[k]!, this.ids[k]!, this);
  }
}

const EMPTY_VECTOR = new Vector(new Int32Array(0), new Float64Array(0), 0, 0);

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
  /** Sum of all candidate vectors (the document centroid), with every candidate term in id order. */
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
  const w = v.weights;
  let s = 0;
  for (let k = v.start, end = v.start + v.size; k < end; k++) s += w[k]! * w[k]!;
  return Math.sqrt(s);
}

/**
 * Weights by term id of vectors without a dense copy, scattered in for one dot product and
 * cleared after it: an array read instead of a map lookup per term.
 */
let scratch = new Float64Array(1024);

/**
 * The dot product, summed over the smaller vector in its order (the first when both are as
 * large), as over a map looking each term up in the other. Every weight is above 0 (counts
 * times inverse frequencies above 0), so a term missing from the other vector adds +0 to a sum
 * that is never -0: it leaves the sum as it is, and no test is needed.
 */
export function dot(a: Vector, b: Vector): number {
  if (a.size > b.size) {
    const t = a;
    a = b;
    b = t;
  }
  const dense = b.dense ?? scatter(b);
  const ids = a.ids;
  const w = a.weights;
  let s = 0;
  for (let k = a.start, end = a.start + a.size; k < end; k++) {
    const id = ids[k]!;
    if (id < dense.length) s += w[k]! * dense[id]!;
  }
  if (b.dense === null) for (let k = b.start, end = b.start + b.size; k < end; k++) dense[b.ids[k]!] = 0;
  return s;
}

function scatter(v: Vector): Float64Array {
  for (let k = v.start, end = v.start + v.size; k < end; k++) {
    const id = v.ids[k]!;
    if (id >= scratch.length) {
      const grown = new Float64Array(Math.max(scratch.length * 2, id + 1));
      grown.set(scratch);
      scratch = grown;
    }
    scratch[id] = v.weights[k]!;
  }
  return scratch;
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

const TERMS = NEEDS.indexOf('terms');
const VECTORS = NEEDS.indexOf('vectors');
const ALL = NEEDS.indexOf('all');

export function buildDocument(article: Article, sentences: Sentence[], options: DocumentOptions): RankDocument {
  const lex = lexicon(article.lang);
  const candidates: number[] = [];
  for (const s of sentences) {
    if (s.kind !== 'body') continue;
    if (candidates.length >= options.maxCandidates) break;
    candidates.push(s.index);
  }
  const level = NEEDS.indexOf(options.needs ?? 'all');
  // Fields beyond the level built are empty. Written out, not spread from an object of empty
  // fields: that spread made the positions-only build (`lead`) 6 × slower on a short article.
  if (level < TERMS) {
    const wordCounts = candidates.map((i) => countWords(sentences[i]!.text));
    return rankDocument({ article, lex, sentences, candidates, terms: [], sentenceFrequency: NO_INTS, vectors: [], norms: [], centroid: EMPTY_VECTOR, titleVector: EMPTY_VECTOR, wordCounts, numberCounts: [], nameCounts: [], nameTerms: NO_BYTES });
  }
  const titles = level >= ALL ? titleTexts(article) : [];
  // By the lexicon's term numbers; by the terms themselves when its memo was cleared on the way (rare).
  const found = documentTerms(lex, sentences, candidates, titles, true) ?? documentTerms(lex, sentences, candidates, titles, false)!;
  const { terms, wordCounts, numberCounts, nameCounts, titleTerms, candidateIds, ids } = found;
  let entries = titleTerms.length;
  for (const ts of terms) entries += ts.length;
  const withVectors = level >= VECTORS;
  const titleDense = withVectors && titleTerms.length > 0 ? ids : 0;
  const arena = new Arena(withVectors ? 8 * (entries + ids + titleDense) + 4 * (entries + 2 * candidateIds) + ids : 4 * candidateIds + ids);
  // Float64 views first (aligned at the buffer's start), then Int32, then bytes.
  const weights = arena.doubles(withVectors ? entries : 0);
  const sums = arena.doubles(withVectors ? ids : 0);
  const dense = arena.doubles(titleDense);
  const df = arena.ints(candidateIds);
  const vectorIds = arena.ints(withVectors ? entries : 0);
  const centroidIds = arena.ints(withVectors ? candidateIds : 0);
  const nameTerms = arena.bytes(ids);
  for (const id of found.nameIds) nameTerms[id] = 1;

  // Inverse sentence frequency: a term in every sentence says nothing about any one of them.
  // Sentence frequency per term, counted once per sentence with a last-seen stamp (no sets).
  const seen = scratchInts(0, candidateIds);
  seen.fill(-1, 0, candidateIds);
  for (let c = 0; c < terms.length; c++) {
    for (const t of terms[c]!) {
      if (seen[t] !== c) {
        seen[t] = c;
        df[t]!++;
      }
    }
  }
  if (!withVectors) return rankDocument({ article, lex, sentences, candidates, terms, sentenceFrequency: df, vectors: [], norms: [], centroid: EMPTY_VECTOR, titleVector: EMPTY_VECTOR, wordCounts, numberCounts, nameCounts, nameTerms });
  const n = Math.max(candidates.length, 1);
  const isf = scratchDoubles(ids);
  // One logarithm per distinct frequency (a handful) rather than per term (hundreds): the same value for the same frequency.
  const logOf = logScratch(n + 1);
  for (let t = 0; t < ids; t++) {
    const f = t < candidateIds ? df[t]! : 0;
    let v = logOf[f]!;
    if (Number.isNaN(v)) v = logOf[f] = Math.log((n + 1) / (f + 0.5));
    isf[t] = v;
  }
  // All vectors in two shared arrays; term counts in a scratch array, then one entry per distinct
  // term in order of first use (the order a map counted into directly gets).
  const tf = scratchInts(1, ids);
  tf.fill(0, 0, ids);
  let used = 0;
  const vectorOf = (ts: number[], dense: Float64Array | null): Vector => {
    for (const t of ts) tf[t]!++;
    const start = used;
    for (const t of ts) {
      const c = tf[t]!;
      if (c === 0) continue;
      vectorIds[used] = t;
      weights[used] = c * isf[t]!;
      if (dense !== null) dense[t] = weights[used]!;
      used++;
      tf[t] = 0;
    }
    return new Vector(vectorIds, weights, start, used - start, dense);
  };
  const vectors = terms.map((ts) => vectorOf(ts, null));
  const norms = vectors.map(norm);
  // Summed by term id, vector after vector in the order of their entries: the sums a map summed
  // into directly would hold. Every candidate term is in some vector: the centroid has them all.
  for (let k = 0; k < used; k++) {
    const t = vectorIds[k]!;
    sums[t] = sums[t]! + weights[k]!;
  }
  for (let t = 0; t < candidateIds; t++) centroidIds[t] = t;
  const centroid = new Vector(centroidIds, sums, 0, candidateIds, sums);
  const titleVector = titleTerms.length > 0 ? vectorOf(titleTerms, dense) : EMPTY_VECTOR;
  return rankDocument({ article, lex, sentences, candidates, terms, sentenceFrequency: df, vectors, norms, centroid, titleVector, wordCounts, numberCounts, nameCounts, nameTerms });
}

const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/**
 * A document's typed arrays as views on one buffer: a typed array with a buffer of its own costs
 * an allocation outside the JS heap (1-2 µs each on the bench machine, against tens of ns for a
 * view), and a document has seven. Fresh per document (its arrays outlive the build), zeroed.
 */
class Arena {
  private readonly buffer: ArrayBuffer;
  private at = 0;

  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  /** Float64 views must come first: their offsets stay multiples of 8. */
  doubles(n: number): Float64Array {
    const a = new Float64Array(this.buffer, this.at, n);
    this.at += 8 * n;
    return a;
  }

  ints(n: number): Int32Array {
    const a = new Int32Array(this.buffer, this.at, n);
    this.at += 4 * n;
    return a;
  }

  bytes(n: number): Uint8Array {
    const a = new Uint8Array(this.buffer, this.at, n);
    this.at += n;
    return a;
  }
}

/** Arrays that live only while one document is built (sentence stamps, term counts, inverse frequencies): kept between builds, grown as needed. */
const scratchIntArrays = [new Int32Array(1024), new Int32Array(1024)];
let scratchDoubleArray = new Float64Array(1024);

/** Scratch array `k` of Int32s with room for `n` (its contents are left over from the last build). */
function scratchInts(k: number, n: number): Int32Array {
  if (scratchIntArrays[k]!.length < n) scratchIntArrays[k] = new Int32Array(Math.max(n, 2 * scratchIntArrays[k]!.length));
  return scratchIntArrays[k]!;
}

let logScratchArray = new Float64Array(256);

/** A scratch array of `n` NaNs (no value yet), for the logarithm of each sentence frequency. */
function logScratch(n: number): Float64Array {
  if (logScratchArray.length < n) logScratchArray = new Float64Array(Math.max(n, 2 * logScratchArray.length));
  return logScratchArray.fill(NaN, 0, n);
}

function scratchDoubles(n: number): Float64Array {
  if (scratchDoubleArray.length < n) scratchDoubleArray = new Float64Array(Math.max(n, 2 * scratchDoubleArray.length));
  return scratchDoubleArray;
}

/** The texts the title vector is made of: title, subtitles, description (scanned one by one: as joined with spaces). */
function titleTexts(article: Article): string[] {
  const out: string[] = [];
  if (article.title) out.push(article.title);
  for (const b of article.blocks) if (b.kind === 'subtitle' && b.text) out.push(b.text);
  if (article.meta?.description) out.push(article.meta.description);
  return out;
}

interface DocumentTerms {
  /** Term ids per candidate; ids are numbered in order of first use, the candidates' first, then the title's. */
  terms: number[][];
  wordCounts: number[];
  numberCounts: number[];
  nameCounts: number[];
  /** Ids written as a number or capitalised inside a sentence. */
  nameIds: number[];
  titleTerms: number[];
  /** How many ids the candidates have (the title's own ones come after them), and in all. */
  candidateIds: number;
  ids: number;
}

/** Document id → its id in `localIds`, for term numbers stamped with that document (reused: no arrays per document). */
let localIds = new Int32Array(4096);
let localStamps = new Int32Array(4096);
let stamp = 0;

/**
 * One pass over each candidate's words gives its term ids and its word, number and name counts
 * (a number starts with \p{N}, a name with \p{Lu}; the lexicon classes each word's first
 * character); then the title's term ids. Ids come from the lexicon's term numbers through a
 * stamped table (`byNumber`), or from a map of the terms: null when the numbers were
 * renumbered on the way.
 */
function documentTerms(lex: Lexicon, sentences: Sentence[], candidates: number[], titles: string[], byNumber: boolean): DocumentTerms | null {
  const epoch = lex.termEpoch();
  const byTerm = new Map<string, number>();
  let ids = 0;
  if (byNumber && ++stamp === 0x7fffffff) {
    localStamps.fill(0);
    stamp = 1;
  }
  const terms: number[][] = [];
  const wordCounts: number[] = [];
  const numberCounts: number[] = [];
  const nameCounts: number[] = [];
  const nameIds: number[] = [];
  const idOf = (ws: WordTerms, k: number): number => {
    if (byNumber) {
      const number = ws.numbers[k]!;
      if (number < 0) return -1;
      if (localStamps[number] === stamp) return localIds[number]!;
      localStamps[number] = stamp;
      return (localIds[number] = ids++);
    }
    const term = ws.terms[k]!;
    if (term === null) return -1;
    let id = byTerm.get(term);
    if (id === undefined) {
      id = ids++;
      byTerm.set(term, id);
    }
    return id;
  };
  for (const i of candidates) {
    const ws = lex.scanTerms(sentences[i]!.text, !byNumber);
    if (byNumber) fitLocalIds(ws.numbered);
    const ts: number[] = [];
    let numbers = 0;
    let names = 0;
    for (let k = 0; k < ws.count; k++) {
      const id = idOf(ws, k);
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
  const candidateIds = ids;
  const titleTerms: number[] = [];
  for (const text of titles) {
    const ws = lex.scanTerms(text, !byNumber);
    if (byNumber) fitLocalIds(ws.numbered);
    for (let k = 0; k < ws.count; k++) {
      const id = idOf(ws, k);
      if (id >= 0) titleTerms.push(id);
    }
  }
  if (byNumber && lex.termEpoch() !== epoch) return null;
  return { terms, wordCounts, numberCounts, nameCounts, nameIds, titleTerms, candidateIds, ids };
}

/** Makes room in the stamped table for term numbers below `numbered`. */
function fitLocalIds(numbered: number): void {
  if (numbered <= localIds.length) return;
  const size = Math.max(numbered, localIds.length * 2);
  const ids = new Int32Array(size);
  ids.set(localIds);
  localIds = ids;
  const stamps = new Int32Array(size);
  stamps.set(localStamps);
  localStamps = stamps;
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
