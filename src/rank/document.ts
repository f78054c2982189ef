import { contentTerms, lexicon, type Lexicon } from '../lang/index.js';
import type { Article, Sentence } from '../types.js';

/** A sparse term vector: term id → weight. */
export type Vector = Map<number, number>;

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
  /** tf-isf vectors per candidate. */
  vectors: Vector[];
  /** Sum of all candidate vectors (the document centroid). */
  centroid: Vector;
  /** Title (and subtitle/description) as a tf-isf vector; empty when there is none. */
  titleVector: Vector;
  /** Word count per candidate. */
  wordCounts: number[];
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

export function cosine(a: Vector, b: Vector): number {
  const d = dot(a, b);
  if (d === 0) return 0;
  return d / (norm(a) * norm(b));
}

const WORD_COUNT = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_COUNT)) n++;
  return n;
}

export interface DocumentOptions {
  /** Only the first this many body sentences are ranked (news puts key points early; bounds the work on huge input). */
  maxCandidates: number;
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
  const terms = candidates.map((i) => contentTerms(sentences[i]!.text, lex).map(idOf));
  const wordCounts = candidates.map((i) => countWords(sentences[i]!.text));

  // Inverse sentence frequency: a term in every sentence says nothing about any one of them.
  const df = new Map<number, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(candidates.length, 1);
  const isf = (t: number): number => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
  const vectorOf = (ts: number[]): Vector => {
    const v: Vector = new Map();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, c] of v) v.set(t, c * isf(t));
    return v;
  };
  const vectors = terms.map(vectorOf);
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);

  const titleText = [article.title ?? '', ...article.blocks.filter((b) => b.kind === 'subtitle').map((b) => b.text), article.meta?.description ?? '']
    .filter(Boolean)
    .join(' ');
  const titleVector = vectorOf(contentTerms(titleText, lex).map(idOf));
  return { article, lex, sentences, candidates, terms, vectors, centroid, titleVector, wordCounts };
}
