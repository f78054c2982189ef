/**
 * The ranking stage's shortcuts must not change a summary: the pronoun pre-check, the word
 * counter, lazy selection (tests run only for the candidates it reaches) and the documents built
 * only as far as a ranker reads. Each is compared with the full computation on the real
 * development articles in ../shared/data (read at run time, never copied into the repository).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkCoherence, opensWithPronoun, pronounOpener, scansAsQuoteMark } from '../../src/coherence/index.js';
import { seededRandom } from '../../src/eval/bootstrap.js';
import { articleSentences, cleanText, getRanker, methods, summarizeArticle } from '../../src/index.js';
import { countWords, languagePack, SUPPORTED_LANGUAGES, words } from '../../src/lang/index.js';
import { candidateReason } from '../../src/rank/coherent.js';
import { buildDocument, type RankDocument } from '../../src/rank/document.js';
import { candidateOverlap, OVERLAP, sortedUnique } from '../../src/rank/overlap.js';
import { selectCandidates } from '../../src/rank/select.js';
import { similarity } from '../../src/rank/document.js';
import { LIMITS } from '../../src/summarize/index.js';
import type { Article, Sentence } from '../../src/types.js';

interface Row {
  id: string;
  lang: string;
  title?: string | null;
  text: string;
}

function load(name: string): Row[] {
  return readFileSync(new URL(`../../../shared/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
}

const SETS = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl', 'en-xsum-frank.jsonl', 'xx-news-teaser-fundus.jsonl'];
const ARTICLES: Array<{ id: string; article: Article; sentences: Sentence[] }> = SETS.flatMap((set) =>
  load(set).map((r) => {
    const cleaned = cleanText(r.text, { lang: r.lang, title: r.title ?? null });
    const article = { ...cleaned, lang: r.lang };
    return { id: `${set}/${r.id}`, article, sentences: articleSentences(article) };
  }),
);

describe('pronoun pre-check', () => {
  const EDGE: Array<[string, string]> = [
    ['de', 'Er trat am Montag zurück.'],
    ['de', 'Zudem, er trat zurück.'],
    ['de', 'Das ist ein Rekord.'],
    ['de', 'Das Parlament stimmte zu.'],
    ['de', '„Wir bleiben“, sagte er.'],
    ['de', '(„Wir bleiben“, sagte er.)'],
    ['en', 'The move angered Moscow.'],
    ['en', 'The parliament voted.'],
    ['en', 'However, he said no.'],
    ['en', '"We stay," she said.'],
    ['en', '»We stay,« she said.'],
    ['fr', 'Il a démissionné lundi.'],
    ['en', "'He will stay,' she said."],
    ['en', "'The move was wrong,' he said."],
    ['en', "'It is over,' said Smith."],
    ['en', "'Sources say he left."],
    ['nl', "'Hij blijft,' zei ze."],
    ['en', 'This week, he left.'],
    ['en', 'This week the move failed.'],
    ['en', "'This week he left,' she said."],
    ['de', 'Diese Woche hat er abgesagt.'],
    ['es', 'Esta semana, el Gobierno decidió.'],
    ['fr', 'Ce lundi, il a démissionné.'],
  ];

  test('agrees with the full check wherever it answers, and answers for most sentences', () => {
    let skipped = 0;
    let total = 0;
    const texts: Array<[string, string]> = [...EDGE, ...ARTICLES.flatMap(({ article, sentences }) => sentences.map((s): [string, string] => [article.lang, s.text]))];
    for (const [lang, text] of texts) {
      const full = checkCoherence(text, lang).some((f) => f.reason === 'pronoun');
      assert.equal(opensWithPronoun(text, lang), full, `${lang}: ${text}`);
      const quick = pronounOpener(text, lang);
      if (quick !== null) {
        assert.equal(quick, full, `${lang}: ${text}`);
        skipped++;
      }
      total++;
    }
    // The point of the pre-check: most sentences need no full check.
    assert.ok(skipped > total * 0.8, `${skipped} of ${total} skipped`);
  });
});

describe('countWords', () => {
  test('counts what words() finds', () => {
    const edge = ['', '  ', 'don’t stop', 'Jong-un kam', '𝐀𝐁𝐂 x 😀 y', 'e\u0301te\u0301', '3,5 Prozent', "''-'", 'a\ud800b'];
    for (const text of [...edge, ...ARTICLES.flatMap(({ sentences }) => sentences.map((s) => s.text))]) {
      assert.equal(countWords(text), words(text).length, text);
    }
  });
});

/** The selection as it was written before it became lazy: every test run on every candidate, every candidate compared in every round. */
function eagerSelect(doc: RankDocument, scores: number[], count: number, redundancy: number, eligible: (c: number) => boolean, maxOverlapOption?: number, wholeWith?: Array<number | undefined>): number[] {
  const pool = scores.map((_, i) => i).filter(eligible);
  if (pool.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of pool) {
    lo = Math.min(lo, scores[i]!);
    hi = Math.max(hi, scores[i]!);
  }
  const scaled = (i: number): number => (hi > lo ? (scores[i]! - lo) / (hi - lo) : 1);
  const picked: number[] = [];
  const left = new Set(pool);
  const maxOverlap = maxOverlapOption ?? 1;
  let blocking = maxOverlapOption !== undefined;
  const quote = doc.candidates.map((i) => /^["„“”»«‚‘‹›]/u.test(doc.sentences[i]!.text));
  const restates = (i: number, j: number): boolean => candidateOverlap(doc, i, j) >= (quote[i] || quote[j] ? Math.min(maxOverlap, OVERLAP.quoteBlock) : maxOverlap);
  const unitOf = (i: number): number[] => {
    const p = wholeWith?.[i];
    return p === undefined || picked.includes(p) ? [i] : [p, i];
  };
  let bullets = 0;
  while (bullets < count && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const unit = unitOf(i);
      if (blocking && unit.some((u) => picked.some((j) => restates(u, j)))) continue;
      let maxSim = 0;
      if (redundancy > 0) for (const j of picked) for (const u of unit) maxSim = Math.max(maxSim, similarity(doc, u, j));
      const value = (1 - redundancy) * scaled(i) - redundancy * maxSim;
      if (value > bestValue || (value === bestValue && i < best)) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) {
      blocking = false;
      continue;
    }
    const unit = unitOf(best);
    if (unit.length === 2 || wholeWith?.[best] === undefined) bullets++;
    for (const u of unit) {
      picked.push(u);
      left.delete(u);
    }
  }
  return picked;
}

describe('lazy selection', () => {
  test('picks what the eager selection picks, for any scores, trade-off, overlap block and deferred test', () => {
    const random = seededRandom(12);
    let compared = 0;
    for (const { id, article, sentences } of ARTICLES.filter((_, k) => k % 12 === 0)) {
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      const n = doc.candidates.length;
      const features = getRanker('kernpunkte').score(doc);
      // Real scores, scores with ties (rounded), and random ones.
      const scoreSets = [features, features.map((v) => Math.round(v)), doc.candidates.map(() => random()), doc.candidates.map((_, i) => -i)];
      for (const scores of scoreSets) {
        const out = new Set(doc.candidates.map((_, c) => c).filter(() => random() < 0.3));
        // Some left-out candidates made whole by the one before (the made-whole pairs of the default).
        const partners = doc.candidates.map((_, c) => (c > 0 && out.has(c) && !out.has(c - 1) && random() < 0.5 ? c - 1 : undefined));
        for (const whole of [undefined, partners]) {
          const inPool = (c: number): boolean => !out.has(c) || whole?.[c] !== undefined;
          for (const redundancy of [0, 0.3, 0.5]) {
            for (const maxOverlap of [undefined, 0.5]) {
              for (const count of [1, 3, n + 1]) {
                const want = eagerSelect(doc, scores, count, redundancy, inPool, maxOverlap, whole);
                const tested = new Set<number>();
                const got = selectCandidates(doc, scores, count, redundancy, () => true, {
                  maxOverlap,
                  wholeWith: whole,
                  deferred: (c) => {
                    tested.add(c);
                    return inPool(c);
                  },
                });
                assert.deepEqual(got, want, `${id}: redundancy ${redundancy}, maxOverlap ${maxOverlap}, count ${count}`);
                // Split between the cheap and the deferred test, the pool is the same.
                assert.deepEqual(selectCandidates(doc, scores, count, redundancy, inPool, { maxOverlap, wholeWith: whole }), want);
                if (count === 1 && n > 20 && redundancy === 0) assert.ok(tested.size < n, `${id}: every candidate was tested for one pick`);
                compared++;
              }
            }
          }
        }
      }
    }
    assert.ok(compared > 500, `${compared} selections compared`);
  });
});

describe('documents built only as far as a ranker reads', () => {
  test('every method gives the summary it gives on the full document', () => {
    for (const { name } of methods()) {
      const ranker = getRanker(name);
      const full = { ...ranker, needs: 'all' as const };
      for (const { id, article } of ARTICLES.filter((_, k) => k % 6 === 0)) {
        for (const options of [{ bullets: 3 }, { type: 'headline' as const }, { bullets: 5, maxWordsPerBullet: 12 }]) {
          assert.deepEqual(summarizeArticle(article, { ...options, method: name }), summarizeArticle(article, { ...options, method: name }, full), `${name} ${id}`);
        }
      }
    }
  });

  test('lead builds no terms, textrank no vectors', () => {
    const { article, sentences } = ARTICLES[0]!;
    const positions = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates, needs: 'positions' });
    const terms = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates, needs: 'terms' });
    const all = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
    assert.deepEqual(positions.wordCounts, all.wordCounts);
    assert.equal(positions.terms.length, 0);
    assert.deepEqual(terms.terms, all.terms);
    assert.equal(terms.vectors.length, 0);
    assert.ok(all.vectors.length > 0 && all.titleVector.size > 0);
  });
});

describe('cheaper coherence and overlap reads', () => {
  test("the scan's quotation-mark table holds exactly the pack's one-character marks but the ASCII apostrophe", () => {
    for (const lang of [...SUPPORTED_LANGUAGES, 'und']) {
      const marks = languagePack(lang).quotes.flat();
      for (let code = 0; code < 65536; code++) {
        const expected = code !== 39 && marks.includes(String.fromCharCode(code));
        if (scansAsQuoteMark(code, lang) !== expected) assert.fail(`${lang} U+${code.toString(16)}: ${!expected}`);
      }
    }
  });

  test('sortedUnique gives the distinct values ascending, short and long', () => {
    const rnd = seededRandom(12);
    for (let n = 0; n < 400; n++) {
      const len = Math.floor(rnd() * 150);
      const range = 1 + Math.floor(rnd() * (n % 2 === 0 ? 20 : 100000));
      const terms = Array.from({ length: len }, () => Math.floor(rnd() * range));
      assert.deepEqual(sortedUnique(terms), [...new Set(terms)].sort((a, b) => a - b));
    }
  });

  test("a candidate's coherence reason is the full check's, with the scorer's pronoun pre-check used, for any tolerated reasons", () => {
    const ranker = getRanker('kernpunkte');
    const tolerates: string[][] = [[], ['pronoun'], ['connective'], ['quote-fragment', 'caption'], ['pronoun', 'connective', 'speakerless-speech']];
    let told = 0;
    let overlaps = 0;
    for (const { article, sentences } of ARTICLES.filter((_, k) => k % 2 === 0)) {
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      if (doc.candidates.length === 0) continue;
      ranker.score(doc);
      for (let c = 0; c < doc.candidates.length; c++) {
        const s = doc.sentences[doc.candidates[c]!]!;
        const text = s.text;
        const own = checkCoherence(text, article.lang);
        // The first sentence after a caption lead ("Scroll down for video") is a caption when its own words raise nothing.
        const afterLead = article.blocks[s.block]!.opensCaptions === true && doc.sentences[s.index - 1]?.block !== s.block;
        const full = own.length === 0 && afterLead ? [{ reason: 'caption' }] : own;
        if (pronounOpener(text, article.lang) === true) told++;
        for (const tolerate of tolerates) assert.equal(candidateReason(doc, c, tolerate), full.find((f) => !tolerate.includes(f.reason))?.reason ?? null, text);
        // The overlap by a merge of sorted distinct ids, against one read off Maps of the terms.
        const j = (c * 7 + 3) % doc.candidates.length;
        const bag = (k: number): Map<number, number> => new Map(doc.terms[k]!.map((t) => [t, doc.nameTerms[t] ? OVERLAP.nameWeight : 1]));
        const a = bag(c);
        const b = bag(j);
        const total = (m: Map<number, number>): number => [...m.keys()].sort((x, y) => x - y).reduce((s, t) => s + m.get(t)!, 0);
        const small = Math.min(total(a), total(b));
        let shared = 0;
        for (const t of [...a.keys()].sort((x, y) => x - y)) if (b.has(t)) shared += a.get(t)!;
        assert.ok(Object.is(candidateOverlap(doc, c, j), small === 0 ? 0 : shared / small), text);
        overlaps++;
      }
    }
    assert.ok(told > 100, `pronoun openers told by the pre-check: ${told}`);
    assert.ok(overlaps > 1000);
  });
});

describe('scores exact only for sentences that stand alone (Ranker.scoreStandingAlone)', () => {
  const ranker = getRanker('kernpunkte');
  const full = { ...ranker, scoreStandingAlone: undefined };

  test("the default's are its full scores, to the bit, on every candidate that stands alone", () => {
    let standing = 0;
    let differ = 0;
    for (const [k, { article, sentences }] of ARTICLES.entries()) {
      if (k % 2 !== 0) continue;
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      const exact = ranker.score(doc);
      const partial = ranker.scoreStandingAlone!(doc);
      doc.candidates.forEach((_, c) => {
        if (candidateReason(doc, c, []) === null) {
          standing++;
          assert.ok(Object.is(partial[c], exact[c]), `candidate ${c}: ${partial[c]} vs ${exact[c]}`);
        } else if (!Object.is(partial[c], exact[c])) differ++;
      });
    }
    assert.ok(standing > 3000, `${standing} candidates stand alone`);
    // Not vacuous: the left-out feature does move the scores of sentences that don't stand alone.
    assert.ok(differ > 100, `${differ} candidates differ`);
  });

  test('summaries are those of the full scores, also where too few stand alone (7 bullets) and for headlines', () => {
    // Mutation-checked: without `allScores` in the fallback, XSum's 7-bullet summaries differ.
    for (const [k, { article }] of ARTICLES.entries()) {
      if (k % 2 !== 1) continue;
      for (const options of [{ bullets: 3 }, { bullets: 7 }, { type: 'headline' as const }]) {
        const a = summarizeArticle(article, options, ranker);
        const b = summarizeArticle(article, options, full);
        assert.deepEqual(a, b);
      }
    }
  });
});

describe('sentences with texts of their own', () => {
  test('are the same sentences whatever the limit (copies are equal strings; that they are flat V8 does not show)', () => {
    let longer = 0;
    for (const { id, article } of ARTICLES.filter((_, k) => k % 5 === 0)) {
      const plain = articleSentences(article);
      for (const limit of [0, 3, LIMITS.maxCandidates]) {
        const own = articleSentences(article, { ownTexts: limit });
        assert.deepEqual(own, plain, `${id}, ownTexts ${limit}`);
        longer += own.filter((s) => s.kind === 'body').length > limit ? 1 : 0;
      }
    }
    assert.ok(longer > 10, 'some articles have more body sentences than the smaller limits');
  });
});
