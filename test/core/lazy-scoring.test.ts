/**
 * The default scorer's shortcuts must not change a score: it computes only the features its
 * model weighs, and the coherence checks it reads take cheap paths. Each is compared with the
 * full computation on the real development articles in ../shared/data (read at run time, never
 * copied into the repository), to the last bit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { seededRandom } from '../../src/eval/bootstrap.js';
import { articleSentences, cleanText } from '../../src/index.js';
import { buildDocument } from '../../src/rank/document.js';
import { FEATURE_NAMES, featureScores, sentenceFeatures } from '../../src/rank/features.js';
import { MODEL } from '../../src/rank/kernpunkte-weights.js';
import { kernpunkte, scoreFeatures } from '../../src/rank/kernpunkte.js';
import { LIMITS } from '../../src/summarize/index.js';
import type { Article, Sentence } from '../../src/types.js';

interface Row {
  id: string;
  lang: string;
  title?: string | null;
  text: string;
}

const SETS = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl', 'en-xsum-frank.jsonl', 'xx-news-teaser-fundus.jsonl'];
const ARTICLES: Array<{ id: string; article: Article; sentences: Sentence[] }> = SETS.flatMap((set) =>
  readFileSync(new URL(`../../../shared/data/${set}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row)
    .map((r) => {
      const article = { ...cleanText(r.text, { lang: r.lang, title: r.title ?? null }), lang: r.lang };
      return { id: `${set}/${r.id}`, article, sentences: articleSentences(article) };
    }),
);

describe('scores from the weighed features only', () => {
  test('equal the weighted sum over every feature row, for the model and for any weights', () => {
    const random = seededRandom(15);
    let compared = 0;
    for (const { id, article, sentences } of ARTICLES.filter((_, k) => k % 3 === 0)) {
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      const rows = sentenceFeatures(buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates }));
      assert.deepEqual(kernpunkte.score(doc), scoreFeatures(rows), id);
      // Some features left out (weight 0), some weighed, one at a time too: every feature's own column.
      const weights: Array<Record<string, number>> = [
        Object.fromEntries(FEATURE_NAMES.map((name) => [name, random() < 0.5 ? 0 : Math.round(random() * 20 - 10)])),
        Object.fromEntries(FEATURE_NAMES.map((name) => [name, random() - 0.5])),
        { [FEATURE_NAMES[compared % FEATURE_NAMES.length]!]: 1 },
      ];
      for (const w of weights) assert.deepEqual(featureScores(doc, w), scoreFeatures(rows, w), `${id}: ${JSON.stringify(w)}`);
      compared++;
    }
    assert.ok(compared > 100, `${compared} documents compared`);
    assert.ok(Object.values(MODEL.weights).some((w) => w === 0) || FEATURE_NAMES.some((name) => !(name in MODEL.weights)), 'the model leaves some feature out');
  });
});
