/**
 * Cheap necessary conditions that cleaning tests before its costly checks: each must never rule
 * out what the full check would accept, on random text and on the data sets' real text.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { comparedUnits, normalizeForCompare } from './util.js';
import { ARROW_SPLIT, BREADCRUMB_MARK, META_SEPARATOR, META_SPLIT, SLASH_SPLIT } from './03-line-rules.js';

const DATA = new URL('../../../shared/data/', import.meta.url);

/** The texts of a shared data set, or none when it is missing. */
function texts(name: string): string[] {
  const file = new URL(name, DATA);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String(JSON.parse(l).text ?? ''));
}

// Letters that change length or shape when lowercased, every kind of space, the quotes normalising swaps, an astral letter.
const UNITS = ['a', 'A', 'İ', 'i̇', 'ß', 'Σ', 'ς', '𐐀', '𐐨', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '„', '“', '"', "'", '’', '«', 'x', '.', '\ud800'];

test('comparedUnits: texts with other counts are never equal after normalising', () => {
  const word = fc.array(fc.constantFrom(...UNITS), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(word, word, (a, b) => {
      const want = normalizeForCompare(a);
      const units = comparedUnits(want, Infinity);
      if (normalizeForCompare(b) === want) assert.equal(comparedUnits(b, units), units);
      // The count of a text is the count of its normalised form, cut off above the limit.
      assert.equal(comparedUnits(b, Infinity), comparedUnits(normalizeForCompare(b), Infinity));
      assert.equal(Math.min(comparedUnits(b, units), units + 1), Math.min(comparedUnits(b, Infinity), units + 1));
    }),
    { numRuns: 5000 },
  );
});

test('comparedUnits: a real paragraph counts as its normalised form', () => {
  const real = [...texts('de-news-teaser-fundus.jsonl'), ...texts('xx-news-teaser-fundus.jsonl')].slice(0, 100);
  for (const t of real) {
    for (const line of t.split('\n')) assert.equal(comparedUnits(line, Infinity), comparedUnits(normalizeForCompare(line), Infinity));
  }
});

test('a line without a separator or breadcrumb mark splits into itself alone', () => {
  const line = fc.array(fc.constantFrom('Politik', 'Home', ' ', '  ', '>', '›', '»', '/', '|', '·', '•', '–', '—', '-', 'a', '\u00a0', '\t'), { maxLength: 10 }).map((p) => p.join(''));
  fc.assert(
    fc.property(line, (t) => {
      if (t !== '' && !META_SEPARATOR.test(t)) assert.deepEqual(t.split(META_SPLIT), [t]);
      if (!BREADCRUMB_MARK.test(t)) {
        assert.deepEqual(t.split(ARROW_SPLIT), [t]);
        assert.deepEqual(t.split(SLASH_SPLIT), [t]);
      }
    }),
    { numRuns: 5000 },
  );
});
