/**
 * The default scorer's shortcuts must not change a score: it computes only the features its
 * model weighs, and the coherence check reads words and reported forms by a character table
 * instead of the regexes it had. Each is compared with the full computation (the regex) on the
 * real development articles in ../shared/data (read at run time, never copied into the
 * repository) and on edge cases, to the last bit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { coherenceWords, hasReportedForm } from '../../src/coherence/index.js';
import { COHERENCE_DATA } from '../../src/coherence/data.js';
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

/** The coherence check's word pattern and reported-form pattern, as they were written. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const reportedPattern = (lang: string): RegExp | null => {
  const forms = COHERENCE_DATA[lang]?.reportedForms ?? [];
  return forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
};

/** Texts around the scanners' edges: astral letters and digits, combining marks, lone surrogates, apostrophes, hyphens, case folds. */
function edgeTexts(): string[] {
  const out = ['', ' ', "''-'", 'don’t stop', 'Jong-un kam', '𝐀𝐁𝐂 x 😀 y', '𝐀sei', 'sei𝟏', 'e\u0301te\u0301', '\u0301sei', 'a\ud800b', 'sei\ud800', '\udc00sei', 'sei-Ausdruck', "sei's", 'xsei', 'sei1', '1sei', 'SEI', 'Seien', 'MÜSSE', 'Müsse', 'müßte', 'ſei', 'ſeien', 'KÖNNE', 'könne', 'Wolle', 'WOULD', 'Would', 'wouldn’t', 'would-be', '„sei“', '(sei)', 'İst', 'ẞ'];
  // Every character up to U+024F (and the case-fold oddities) in place of each letter of some forms.
  const odd = ['\u212a', '\u212b', '\u017f', '\u1e9e', '\u0130', '\u0131', '\u00b5', '\u03bc', '\u0178'];
  const chars = [...Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c)), ...odd];
  for (const form of ['sei', 'würde', 'müsse', 'schließe', 'would', 'komme']) {
    for (let k = 0; k < form.length; k++) for (const ch of chars) out.push(`Die ${form.slice(0, k)}${ch}${form.slice(k + 1)} x`, `${form.slice(0, k)}${ch}${form.slice(k + 1)}`);
  }
  return out;
}

describe('coherence scanners without regexes', () => {
  const sentences = ARTICLES.flatMap(({ article, sentences }) => sentences.map((s): [string, string] => [article.lang, s.text]));
  const edge = edgeTexts();

  test('words: what the word pattern finds', () => {
    for (const text of [...edge, ...sentences.map(([, t]) => t)]) assert.deepEqual(coherenceWords(text), text.match(WORD) ?? [], text);
  });

  test('reported forms: what the whole-word, case-insensitive pattern finds', () => {
    let found = 0;
    for (const lang of [...Object.keys(COHERENCE_DATA), 'fr', 'und']) {
      const pattern = reportedPattern(lang);
      for (const text of edge) assert.equal(hasReportedForm(text, lang), pattern?.test(text) ?? false, `${lang}: ${JSON.stringify(text)}`);
    }
    for (const [lang, text] of sentences) {
      const want = reportedPattern(lang)?.test(text) ?? false;
      assert.equal(hasReportedForm(text, lang), want, `${lang}: ${text}`);
      if (want) found++;
    }
    assert.ok(found > 100, `${found} sentences with a reported form`);
  });

  test('a word that is a reported form lowercased is one case-insensitively (the check skips that scan without a match)', () => {
    const letters = new Set(Object.values(COHERENCE_DATA).flatMap((d) => d.reportedForms.flatMap((f) => [...f])));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      if (letters.has(lower)) assert.ok(new RegExp(`^${lower}$`, 'iu').test(ch), `U+${c.toString(16)}`);
    }
  });
});
