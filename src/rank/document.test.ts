/**
 * The document build must give what the plain way gives, to the last bit: ids numbered in order
 * of first use, tf-isf vectors counted into maps, norms and dot products summed over maps in
 * their order. The reference below is that plain way (words by regex, a map of terms, maps as
 * vectors); the build reads term numbers from the lexicon's memo, keeps vectors in shared typed
 * arrays and looks weights up in dense arrays. Inputs: the development articles (read at run
 * time from ../shared/data, never copied into the repository), random documents, and one with
 * more distinct words than the memo holds (it is cleared, and numbers afresh, on the way).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cleanText } from '../clean/index.js';
import { lexicon, words } from '../lang/index.js';
import { articleSentences } from '../sentences/index.js';
import type { Article, Sentence } from '../types.js';
import { NEEDS, buildDocument, cosine, dot, norm, similarity, type RankDocument, type Vector } from './document.js';

interface Reference {
  candidates: number[];
  terms: number[][];
  sentenceFrequency: number[];
  vectors: Array<Map<number, number>>;
  norms: number[];
  centroid: Map<number, number>;
  titleVector: Map<number, number>;
  wordCounts: number[];
  numberCounts: number[];
  nameCounts: number[];
  nameTerms: number[];
}

function reference(article: Article, sentences: Sentence[], maxCandidates: number): Reference {
  const lex = lexicon(article.lang);
  const ids = new Map<string, number>();
  const idOf = (w: string): number => {
    const term = lex.term(w);
    if (term === null) return -1;
    if (!ids.has(term)) ids.set(term, ids.size);
    return ids.get(term)!;
  };
  const candidates = sentences.filter((s) => s.kind === 'body').slice(0, maxCandidates).map((s) => s.index);
  const terms: number[][] = [];
  const wordCounts: number[] = [];
  const numberCounts: number[] = [];
  const nameCounts: number[] = [];
  const names = new Set<number>();
  for (const i of candidates) {
    const ws = words(sentences[i]!.text);
    const ts: number[] = [];
    let numbers = 0;
    let capitals = 0;
    ws.forEach((w, k) => {
      const id = idOf(w);
      if (id >= 0) ts.push(id);
      if (/^\p{N}/u.test(w)) {
        numbers++;
        if (id >= 0) names.add(id);
      } else if (k > 0 && id >= 0 && /^\p{Lu}/u.test(w)) {
        capitals++;
        names.add(id);
      }
    });
    terms.push(ts);
    wordCounts.push(ws.length);
    numberCounts.push(numbers);
    nameCounts.push(capitals);
  }
  const candidateIds = ids.size;
  const df = terms.reduce((acc, ts) => {
    for (const t of new Set(ts)) acc[t]!++;
    return acc;
  }, new Array<number>(candidateIds).fill(0));
  const titleText = [article.title ?? '', ...article.blocks.filter((b) => b.kind === 'subtitle').map((b) => b.text), article.meta?.description ?? '']
    .filter(Boolean)
    .join(' ');
  const titleTerms = words(titleText)
    .map(idOf)
    .filter((id) => id >= 0);
  const n = Math.max(candidates.length, 1);
  const vectorOf = (ts: number[]): Map<number, number> => {
    const v = new Map<number, number>();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, c] of v) v.set(t, c * Math.log((n + 1) / ((df[t] ?? 0) + 0.5)));
    return v;
  };
  const vectors = terms.map(vectorOf);
  const centroid = new Map<number, number>();
  for (const v of vectors) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);
  const nameTerms = new Array<number>(ids.size).fill(0);
  for (const id of names) nameTerms[id] = 1;
  return {
    candidates,
    terms,
    sentenceFrequency: df,
    vectors,
    norms: vectors.map(mapNorm),
    centroid,
    titleVector: vectorOf(titleTerms),
    wordCounts,
    numberCounts,
    nameCounts,
    nameTerms,
  };
}

function mapNorm(v: Map<number, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

function mapDot(a: Map<number, number>, b: Map<number, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const o = b.get(k);
    if (o !== undefined) s += w * o;
  }
  return s;
}

const asMap = (v: Vector): Map<number, number> => new Map(v.entries());

/** Every field, every weight and every dot product the rankers read, compared exactly (Object.is). */
function assertSame(doc: RankDocument, ref: Reference, what: string): void {
  assert.deepEqual(doc.candidates, ref.candidates, what);
  assert.deepEqual(doc.terms, ref.terms, `${what}: terms`);
  assert.deepEqual([...doc.sentenceFrequency], ref.sentenceFrequency, `${what}: sentence frequency`);
  assert.deepEqual(doc.wordCounts, ref.wordCounts, `${what}: word counts`);
  assert.deepEqual(doc.numberCounts, ref.numberCounts, `${what}: number counts`);
  assert.deepEqual(doc.nameCounts, ref.nameCounts, `${what}: name counts`);
  assert.deepEqual([...doc.nameTerms], ref.nameTerms, `${what}: name terms`);
  assert.deepEqual(doc.vectors.map(asMap), ref.vectors, `${what}: vectors`);
  assert.deepEqual(doc.norms, ref.norms, `${what}: norms`);
  assert.deepEqual([...doc.vectors.map(norm)], ref.norms, `${what}: norm()`);
  assert.deepEqual(asMap(doc.centroid), ref.centroid, `${what}: centroid`);
  assert.deepEqual(asMap(doc.titleVector), ref.titleVector, `${what}: title vector`);
  const all: Array<[Vector, Map<number, number>]> = [...doc.vectors.map((v, i) => [v, ref.vectors[i]!] as [Vector, Map<number, number>]), [doc.centroid, ref.centroid], [doc.titleVector, ref.titleVector]];
  // Every pair among the first 12 candidates, centroid and title; all candidates against centroid and title.
  const few = [...all.slice(0, 12), ...all.slice(-2)];
  const pairs: Array<[number, number]> = [];
  few.forEach((_, i) => few.forEach((__, j) => pairs.push([i, j])));
  for (const [i, j] of pairs) assert.equal(dot(few[i]![0], few[j]![0]), mapDot(few[i]![1], few[j]![1]), `${what}: dot ${i} ${j}`);
  for (const [v, m] of all) {
    assert.equal(dot(v, doc.centroid), mapDot(m, ref.centroid), `${what}: dot with centroid`);
    assert.equal(dot(doc.titleVector, v), mapDot(ref.titleVector, m), `${what}: dot with title`);
  }
  for (let i = 0; i < Math.min(doc.vectors.length, 12); i++) {
    for (let j = 0; j < Math.min(doc.vectors.length, 12); j++) {
      const d = mapDot(ref.vectors[i]!, ref.vectors[j]!);
      assert.equal(similarity(doc, i, j), d === 0 ? 0 : d / (ref.norms[i]! * ref.norms[j]!), `${what}: similarity ${i} ${j}`);
    }
  }
}

function load(name: string): Array<{ id: string; lang: string; title?: string | null; text: string }> {
  return readFileSync(new URL(`../../../shared/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; lang: string; title?: string | null; text: string });
}

function articleOf(text: string, lang: string, title: string | null): { article: Article; sentences: Sentence[] } {
  const article = { ...cleanText(text, { lang, title }), lang };
  return { article, sentences: articleSentences(article) };
}

describe('buildDocument', () => {
  test('equals the plain build on the development articles', () => {
    const sets = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl', 'en-xsum-frank.jsonl', 'xx-news-teaser-fundus.jsonl'];
    for (const set of sets) {
      for (const r of load(set).filter((_, k) => k % 4 === 0)) {
        const { article, sentences } = articleOf(r.text, r.lang, r.title ?? null);
        assertSame(buildDocument(article, sentences, { maxCandidates: 400 }), reference(article, sentences, 400), `${set} ${r.id}`);
      }
    }
  });

  test('equals the plain build on random documents, with subtitles and descriptions', () => {
    const vocabulary = ['Haus', 'Häuser', 'die', 'der', 'Merkel', 'Berlin', 'sagte', '2024', '3,5', 'the', 'house', 'houses', 'said', 'Paris', 'Jong-un', 'don’t', 'é', 'x', 'über', 'ÜBER', 'Straße', '東京', '𝐀𝐁', 'İstanbul', 'ǅemal'];
    const sentence = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.stringMatching(/^[A-Za-zäöü]{1,8}$/)), { minLength: 0, maxLength: 14 }).map((ws) => `${ws.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
    const input = fc.record({
      lang: fc.constantFrom('de', 'en', 'und'),
      title: fc.option(sentence, { nil: null }),
      subtitle: fc.option(sentence, { nil: null }),
      description: fc.option(sentence, { nil: undefined }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
      maxCandidates: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(input, (x) => {
        const { article, sentences } = articleOf(x.paragraphs.join('\n\n'), x.lang, x.title);
        const blocks = x.subtitle ? [{ kind: 'subtitle' as const, start: 0, end: 0, text: x.subtitle }, ...article.blocks] : article.blocks;
        const full: Article = { ...article, blocks, ...(x.description !== undefined ? { meta: { description: x.description } } : {}) };
        assertSame(buildDocument(full, sentences, { maxCandidates: x.maxCandidates }), reference(full, sentences, x.maxCandidates), JSON.stringify(x));
      }),
      { numRuns: 300 },
    );
  });

  test('equals the plain build when the word memo is cleared while the document is read', () => {
    // 62,000 distinct words (more than the memo keeps) between words that recur in every sentence.
    const paragraphs = Array.from({ length: 310 }, (_, s) => `Das Haus ${Array.from({ length: 200 }, (__, k) => `Wort${s * 200 + k}x`).join(' ')} Häuser im Haus.`);
    const { article, sentences } = articleOf(paragraphs.join('\n\n'), 'de', 'Das Haus');
    const epoch = lexicon('de').termEpoch();
    const doc = buildDocument(article, sentences, { maxCandidates: 400 });
    assert.ok(lexicon('de').termEpoch() > epoch, 'the memo was cleared');
    assertSame(doc, reference(article, sentences, 400), 'cleared memo');
    assert.equal(new Set(doc.terms.map((ts) => ts[0])).size, 1, 'one id for "Haus" throughout');
  });

  test('builds only what is asked for, each level as the full build', () => {
    const { article, sentences } = articleOf(load('en-cnndm-frank.jsonl')[0]!.text, 'en', 'A title of the article');
    const all = buildDocument(article, sentences, { maxCandidates: 400 });
    for (const needs of NEEDS) {
      const doc = buildDocument(article, sentences, { maxCandidates: 400, needs });
      assert.deepEqual(doc.wordCounts, all.wordCounts);
      assert.equal(doc.terms.length, needs === 'positions' ? 0 : all.terms.length);
      assert.equal(doc.vectors.length, needs === 'positions' || needs === 'terms' ? 0 : all.vectors.length);
      assert.equal(doc.titleVector.size, needs === 'all' ? all.titleVector.size : 0);
      if (needs === 'vectors') assert.deepEqual(doc.vectors.map(asMap), all.vectors.map(asMap));
    }
  });

  test('vectors read like maps', () => {
    const { article, sentences } = articleOf(load('de-news-teaser-fundus.jsonl')[3]!.text, 'de', null);
    const doc = buildDocument(article, sentences, { maxCandidates: 400 });
    for (const v of [...doc.vectors.slice(0, 5), doc.centroid]) {
      const m = asMap(v);
      assert.deepEqual([...v.keys()], [...m.keys()]);
      assert.deepEqual([...v.values()], [...m.values()]);
      assert.deepEqual([...v], [...m]);
      const seen: Array<[number, number]> = [];
      v.forEach((w, id) => seen.push([id, w]));
      assert.deepEqual(seen, [...m]);
      for (let id = -1; id <= doc.sentenceFrequency.length + 2; id++) {
        assert.equal(v.get(id), m.get(id));
        assert.equal(v.has(id), m.has(id));
      }
      assert.equal(cosine(v, v), cosine(v, v, norm(v), norm(v)));
    }
  });
});
