/**
 * The term features keep their marks in arrays reused from one document to the next (a typed
 * array of its own costs an allocation outside the JS heap): each feature must still be what the
 * plain way gives, with sets and maps, whatever documents came before. Development articles (read at run time from ../shared/data, never
 * copied into the repository), large and small ones in turn.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cleanText } from '../clean/index.js';
import { articleSentences } from '../sentences/index.js';
import { buildDocument, similarity, type RankDocument } from './document.js';
import { FEATURE_NAMES, featureScores, forwardCentrality, opensWithQuote, sentenceFeatures } from './features.js';
import { MODEL } from './kernpunkte-weights.js';
import { scoreFeatures } from './kernpunkte.js';

function load(name: string): Array<{ lang: string; title?: string | null; text: string }> {
  return readFileSync(new URL(`../../../shared/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { lang: string; title?: string | null; text: string });
}

/** The plain features: distinct terms by sets, spread of names by a map of first mentions. */
function reference(doc: RankDocument): { topicDensity: number[]; entityCentrality: number[]; newEntities: number[]; titleCoverage: number[] } {
  const df = doc.sentenceFrequency;
  const density = doc.terms.map((ts) => {
    const distinct = new Set(ts);
    let shared = 0;
    for (const t of distinct) shared += df[t]! - 1;
    return distinct.size > 0 ? shared / distinct.size : 0;
  });
  const maxD = Math.max(0, ...density);
  const firstSeen = new Set<number>();
  const centrality: number[] = [];
  const fresh: number[] = [];
  for (const ts of doc.terms) {
    let c = 0;
    let f = 0;
    for (const t of new Set(ts)) {
      if (!doc.nameTerms[t]) continue;
      c += df[t]! - 1;
      if (!firstSeen.has(t)) {
        firstSeen.add(t);
        if (df[t]! > 1) f++;
      }
    }
    centrality.push(c);
    fresh.push(f);
  }
  const maxC = Math.max(0, ...centrality);
  const maxF = Math.max(0, ...fresh);
  const title = new Set(doc.titleVector.keys());
  return {
    topicDensity: maxD > 0 ? density.map((d) => d / maxD) : density,
    entityCentrality: centrality.map((c) => (maxC > 0 ? c / maxC : 0)),
    newEntities: fresh.map((f) => (maxF > 0 ? f / maxF : 0)),
    titleCoverage: doc.terms.map((ts) => (title.size === 0 ? 0 : new Set(ts.filter((t) => title.has(t))).size / title.size)),
  };
}

describe('term features over reused mark arrays', () => {
  test('equal the plain computation, documents of every size in turn', () => {
    const rows = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl', 'xx-news-teaser-fundus.jsonl'].flatMap((set) => load(set).filter((_, k) => k % 5 === 0));
    // Largest next to smallest: marks left by a large document lie beyond a small one's terms.
    rows.sort((a, b) => a.text.length - b.text.length);
    const order: typeof rows = [];
    for (let lo = 0, hi = rows.length - 1; lo <= hi; lo++, hi--) order.push(rows[hi]!, ...(lo < hi ? [rows[lo]!] : []));
    let compared = 0;
    for (const r of order) {
      const article = { ...cleanText(r.text, { lang: r.lang, title: r.title ?? null }), lang: r.lang };
      const doc = buildDocument(article, articleSentences(article), { maxCandidates: 400 });
      const got = sentenceFeatures(doc);
      const want = reference(doc);
      for (const name of ['topicDensity', 'entityCentrality', 'newEntities', 'titleCoverage'] as const) {
        const k = FEATURE_NAMES.indexOf(name);
        want[name].forEach((v, i) => assert.ok(Math.abs(got[i]![k]! - v) < 1e-12, `${name} of candidate ${i}: ${got[i]![k]} vs ${v}`));
      }
      assert.deepEqual(featureScores(doc, MODEL.weights), scoreFeatures(got));
      compared++;
    }
    assert.ok(compared > 40, `${compared} documents`);
  });
});

function documentOf(text: string, lang = 'en', title: string | null = null, maxCandidates = 400): RankDocument {
  const article = { ...cleanText(text, { lang, title }), lang };
  return buildDocument(article, articleSentences(article), { maxCandidates });
}

describe('forwardCentrality', () => {
  test('is the summed cosine to the later candidates, scaled by the highest, over its reused sums, documents of every size in turn', () => {
    const rows = ['en-xsum-frank.jsonl', 'xx-news-teaser-fundus.jsonl', 'de-news-teaser-fundus.jsonl'].flatMap((set) => load(set).filter((_, k) => k % 7 === 0));
    // Largest next to smallest: sums left by a large document lie beyond a small one's terms.
    rows.sort((a, b) => a.text.length - b.text.length);
    const order: typeof rows = [];
    for (let lo = 0, hi = rows.length - 1; lo <= hi; lo++, hi--) order.push(rows[hi]!, ...(lo < hi ? [rows[lo]!] : []));
    let compared = 0;
    for (const r of order) {
      const doc = documentOf(r.text, r.lang, r.title ?? null);
      const n = doc.candidates.length;
      const sums = doc.candidates.map((_, i) => {
        let s = 0;
        for (let j = i + 1; j < n; j++) s += similarity(doc, i, j);
        return s;
      });
      const max = Math.max(0, ...sums);
      const got = forwardCentrality(doc);
      const column = sentenceFeatures(doc).map((row) => row[FEATURE_NAMES.indexOf('forwardCentrality')]!);
      sums.forEach((s, i) => {
        assert.ok(Math.abs(got[i]! - (max > 0 ? s / max : 0)) < 1e-12, `candidate ${i}: ${got[i]} vs ${s / max}`);
        assert.equal(column[i], got[i]);
      });
      compared++;
    }
    assert.ok(compared > 30, `${compared} documents`);
  });

  test('counts what follows a sentence, not what it repeats: the introduction scores highest, a closing recap 0', () => {
    const doc = documentOf(
      [
        'The city council approved a budget for the new river bridge on Monday.',
        'Heavy rain fell across the region during the weekend.',
        'The bridge budget covers the steel frame and the river crossing.',
        'Work on the river bridge starts in May, the council said.',
        'So the council, the budget and the bridge were the talk of the city.',
      ].join(' '),
    );
    assert.equal(doc.candidates.length, 5);
    const f = forwardCentrality(doc);
    assert.equal(f[0], 1, 'the sentence the others elaborate');
    assert.equal(f[1], 0, 'an aside nothing later picks up');
    assert.equal(f[4], 0, 'the last sentence has nothing after it, however much it shares with the rest');
    assert.ok(f[2]! > 0 && f[2]! < 1 && f[3]! > 0 && f[3]! < 1, JSON.stringify(f));
  });

  test('its weight enters the default scorer as in the fit, and a document without candidates gives no values', () => {
    const doc = documentOf(load('en-cnndm-frank.jsonl')[3]!.text);
    const weights = { ...MODEL.weights, forwardCentrality: 2 };
    assert.deepEqual(featureScores(doc, weights), scoreFeatures(sentenceFeatures(doc), weights));
    assert.notDeepEqual(featureScores(doc, weights), featureScores(doc, MODEL.weights));
    assert.deepEqual(forwardCentrality(documentOf('Der Rat tagte. Er beschloss nichts.', 'de', null, 0)), []);
  });
});

describe('opensWithQuote', () => {
  test('answers as the pattern it stands for, on white space, quotation marks and other text', () => {
    const pattern = /^\s*["„“”»«‚‘'‹›]/u;
    const pieces = [' ', '\u00a0', '\u2003', '\t', '\n', '\ufeff', '\u200b', '"', '„', '“', '”', '»', '«', '‚', '‘', "'", '‹', '›', '’', '`', 'a', 'Er', '—', '(', ''];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => assert.equal(opensWithQuote(t), pattern.test(t), JSON.stringify(t))), { numRuns: 3000 });
    assert.equal(opensWithQuote(' \u00a0„Wir werden siegen“, sagte er.'), true);
    assert.equal(opensWithQuote('Er sagte: „Wir werden siegen“.'), false);
  });
});
