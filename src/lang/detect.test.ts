/**
 * The stop-word vote scans words by character table and looks each up once in one map; it must
 * answer what the plain version (a `\p{L}+` regex, one set per language) answers, on random text
 * and on the data sets' articles.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { DETECT, detectLanguage, stopwordVote } from './detect.js';
import { PACKED_LANGUAGES } from './packs/index.js';
import { stopwordsFor } from './registry.js';

const SETS = PACKED_LANGUAGES.map((code) => [code, new Set(stopwordsFor(code).map((w) => w.toLowerCase()))] as const);

function reference(sample: string): string | null {
  const words: string[] = [];
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    words.push(m[0].toLowerCase());
    if (words.length >= DETECT.voteWords) break;
  }
  if (words.length < DETECT.voteMinWords) return null;
  let best = '';
  let bestHits = 0;
  let second = 0;
  for (const [code, set] of SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > second) second = hits;
  }
  return bestHits >= words.length * DETECT.voteMinShare && bestHits >= second * DETECT.voteMargin ? best : null;
}

// Stop words of several languages in every case, letters that lowercase to more units ("İ"), astral letters, lone surrogates, marks.
const PIECES = ['der', 'Die', 'DAS', 'und', 'the', 'The', 'and', 'de', 'la', 'le', 'het', 'een', 'il', 'che', 'y', 'el', 'İ', 'İn', 'ıN', '𐐀𐐨', '𝐀', '\ud800', '\udc00', 'é', 'e\u0301', 'ß', 'Straße', 'x'.repeat(40), 'Wort', ' ', ' ', '-', "'", '’', '.', '3', '\n'];

test('stopwordVote answers as one regex and a set per language do', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 220 }), fc.boolean(), (parts, spaced) => {
      const t = parts.join(spaced ? ' ' : '');
      assert.equal(stopwordVote(t), reference(t));
    }),
    { numRuns: 2000 },
  );
});

test('stopwordVote answers as the plain version on real articles and their openings', () => {
  const dir = new URL('../../../shared/data/', import.meta.url);
  let n = 0;
  for (const name of ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl', 'en-xsum-frank.jsonl', 'xx-news-teaser-fundus.jsonl']) {
    const file = new URL(name, dir);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = String(JSON.parse(line).text ?? '');
      for (const sample of [text.slice(0, DETECT.sampleChars), text.slice(0, 200), text.slice(0, 400)]) {
        assert.equal(stopwordVote(sample), reference(sample));
        n++;
      }
    }
  }
  if (n === 0) assert.equal(detectLanguage('Die Regierung hat am Mittwoch in Berlin beschlossen, dass die Bahn mehr Geld bekommt.'), 'de');
});
