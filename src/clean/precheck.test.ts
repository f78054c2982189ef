/**
 * Cheap necessary conditions that cleaning tests before its costly checks: each must never rule
 * out what the full check would accept, on random text and on the data sets' real text.
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { comparedUnits, normalizeForCompare, wordCount } from './util.js';
import { ARROW_SPLIT, BREADCRUMB_MARK, META_SEPARATOR, META_SPLIT, SLASH_SPLIT, isAgencyTag, isReadingTime, isTimestamp } from './03-line-rules.js';
import { rulesFor, type CleanRules } from './data/index.js';

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

// The one-line rules as they were written before their early exits: the reference they must answer as.
function referenceAgencyTag(p: string, rules: CleanRules): boolean {
  const inner = p.replace(/^[([{\s]+|[)\]}\s.:]+$/g, '');
  if (inner === '' || inner.length > 60) return false;
  const tokens = inner.split(/\s*[/,+&]\s*|\s+(?:und|and|mit|with|et|y|e|en)\s+/i);
  let agency = false;
  for (const tok of tokens) {
    const low = tok.toLowerCase();
    if (rules.agencies.has(low)) agency = true;
    else if (!/^[a-z]{1,4}$/.test(tok)) return false;
  }
  return agency;
}

function referenceTimestamp(p: string, rules: CleanRules): boolean {
  if (!/\d/.test(p)) return false;
  const label = rules.timestampLabel.exec(p);
  const rest = label ? p.slice(label[0].length) : p;
  const tokens = rest.toLowerCase().split(/[\s,|·•/]+/).filter((x) => x !== '' && x !== '-' && x !== '–' && x !== '—');
  if (tokens.length === 0) return false;
  let digit = false;
  for (const raw of tokens) {
    const tok = raw.replace(/^[(]+|[),;:]+$/g, '');
    if (tok === '') continue;
    if (/^(?:\d{1,4}(?:[./:-]\d{1,4}){0,2}\.?|\d{1,2}(?:st|nd|rd|th|er|e|\.)|\d{1,2}(?:[.:]\d{2})?(?:h|uhr|am|pm|u)|\d{1,2}h\d{2}|\d{4}-\d{2}-\d{2}t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)$/.test(tok)) {
      digit = true;
      continue;
    }
    if (!rules.dateWords.has(tok) && !rules.dateWords.has(tok.replace(/\.$/, ''))) return false;
  }
  return digit;
}

function referenceReadingTime(p: string, rules: CleanRules): boolean {
  if (!/\d/.test(p)) return false;
  const tokens = p.toLowerCase().split(/[\s:]+/).filter((x) => x !== '');
  let digit = false;
  let anchor = false;
  for (const tok of tokens) {
    if (/^(?:ca\.)?\d+(?:[-–]\d+)?$/.test(tok)) digit = true;
    else if (!rules.readingTimeWords.has(tok) && !rules.readingTimeWords.has(tok.replace(/\.$/, ''))) return false;
    else if (!['min', 'min.', 'mins', 'minute', 'minutes', 'minuten', 'minutos', 'minuti', 'ca.', 'ca', 'de', 'di', 'time', 'temps', 'tiempo', 'tempo'].includes(tok)) anchor = true;
  }
  return digit && anchor;
}

// Agency names (with a space, in other cases), their separators, brackets, end marks, dates, letters that change when lowercased.
const TAG_PARTS = [
  'dpa', 'DPA', 'Dpa', 'AFP', 'afp', 'Reuters', 'europa press', 'Europa Press', 'europa', 'dts', 'dts nachrichtenagentur', 'dpa-afx',
  'ct', 'lno', 'abcd', 'abcde', 'Abc', 'Landesbischof', ' ', '  ', '\t', '\u00a0', '\u3000', '/', ',', '+', '&', ' und ', ' UND ', ' and ',
  ' e ', ' y ', '(', ')', '[', ']', '{', '}', '.', ':', '24.06.2024', '14:30', 'Uhr', 'Stand', 'stand:', 'Juni', 'vor', '2', 'Stunden',
  'min', 'Min.', 'Lesezeit', 'read', '4 Min. Lesezeit', 'Lesezeit: 4 Minuten', '5 min read', '|', '·', '•', '-', '–', '—', 'İ', 'Σ', 'ß', '𐐀', '\ud800',
];

test('the one-line rules with their early exits answer as written before', () => {
  const line = fc.array(fc.oneof(fc.constantFrom(...TAG_PARTS), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((p) => p.join(''));
  for (const lang of ['de', 'en', 'und']) {
    const rules = rulesFor(lang);
    fc.assert(
      fc.property(line, (t) => {
        assert.equal(isAgencyTag(t, rules), referenceAgencyTag(t, rules), `agency ${JSON.stringify(t)}`);
        assert.equal(isTimestamp(t, rules), referenceTimestamp(t, rules), `timestamp ${JSON.stringify(t)}`);
        assert.equal(isReadingTime(t, rules), referenceReadingTime(t, rules), `reading time ${JSON.stringify(t)}`);
      }),
      { numRuns: 3000 },
    );
  }
});

test('the one-line rules with their early exits answer as before on real lines and their parts', () => {
  const real = [...texts('de-news-teaser-fundus.jsonl'), ...texts('xx-news-teaser-fundus.jsonl'), ...texts('en-cnndm-frank.jsonl')].slice(0, 600);
  const rules = rulesFor(undefined);
  for (const t of real) {
    for (const line of t.split('\n')) {
      for (const part of [line, ...line.split(META_SPLIT), ...line.split(/[,:]/)]) {
        assert.equal(isAgencyTag(part, rules), referenceAgencyTag(part, rules), JSON.stringify(part));
        assert.equal(isTimestamp(part, rules), referenceTimestamp(part, rules), JSON.stringify(part));
        assert.equal(isReadingTime(part, rules), referenceReadingTime(part, rules), JSON.stringify(part));
      }
    }
  }
});

test('wordCount counts what /\\S+/g matches', () => {
  const text = fc.array(fc.oneof(fc.constantFrom(...UNITS), fc.string({ maxLength: 3 })), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => assert.equal(wordCount(t), [...t.matchAll(/\S+/g)].length, JSON.stringify(t))), { numRuns: 5000 });
});
