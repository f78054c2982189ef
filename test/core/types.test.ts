/**
 * Kinds and lengths of summary (the web platform's Summarizer API names), the word limit in the
 * pipeline, one-line input and the heading: the library's contract, without I/O beyond reading
 * the bundled examples.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { KernpunkteError, summarizeText, type Summary } from '../../src/index.js';
import { words } from '../../src/lang/index.js';
import { LENGTHS } from '../../src/summarize/limits.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const DE = example('de-wikinews-rumaenien-parlamentswahl.txt');
const EN = example('en-wikinews-asylum-seekers-indonesia.txt');
// The German article without its title line: its headline must come from a sentence.
const DE_UNTITLED = DE.slice(DE.indexOf('\n\n') + 2);
// Its first sentence has 47 words and no clause boundary within 22: the headline is another top sentence.
const OZONE = example('en-wikinews-ozone-warming-crops.txt');
const OZONE_UNTITLED = OZONE.slice(OZONE.indexOf('\n\n') + 2);

const invalidOption = (e: unknown): boolean => e instanceof KernpunkteError && e.code === 'INVALID_OPTION';
const sourceText = (input: string, s: Summary, b = 0): string[] => s.bullets[b]!.sources.map((src) => input.slice(src.start, src.end));

describe('type key-points: length sets the number of bullets, bullets wins', () => {
  for (const length of ['short', 'medium', 'long'] as const) {
    test(`${length} → ${LENGTHS[length].keyPoints} bullets`, () => {
      const s = summarizeText(EN, { length });
      assert.equal(s.type, 'key-points');
      assert.equal(s.bullets.length, LENGTHS[length].keyPoints);
    });
  }
  test('the default is short: three bullets, the same as no options', () => {
    assert.deepEqual(summarizeText(EN, { length: 'short' }), summarizeText(EN));
    assert.equal(summarizeText(EN).bullets.length, 3);
  });
  test('bullets wins over length', () => {
    assert.equal(summarizeText(EN, { length: 'long', bullets: 2 }).bullets.length, 2);
  });
  test('an unknown type or length is INVALID_OPTION naming the valid ones', () => {
    assert.throws(() => summarizeText(EN, { type: 'essay' as never }), (e: unknown) => invalidOption(e) && /key-points, tldr, headline/.test(String((e as Error).message)));
    assert.throws(() => summarizeText(EN, { length: 'huge' as never }), (e: unknown) => invalidOption(e) && /short, medium, long/.test(String((e as Error).message)));
  });
});

describe('type tldr: one paragraph of the top sentences in article order', () => {
  for (const length of ['short', 'medium', 'long'] as const) {
    test(`${length}: ${LENGTHS[length].tldrSentences} sentence(s), the key points of that many joined, every source cited`, () => {
      for (const input of [DE, EN]) {
        const n = LENGTHS[length].tldrSentences;
        const s = summarizeText(input, { type: 'tldr', length });
        assert.equal(s.type, 'tldr');
        assert.equal(s.bullets.length, 1);
        const [tldr] = s.bullets;
        assert.equal(tldr!.sources.length, n);
        const order = tldr!.sources.map((src) => src.sentence);
        assert.deepEqual(order, [...order].sort((a, b) => a - b), 'article order');
        const points = summarizeText(input, { bullets: n });
        assert.equal(tldr!.text, points.bullets.map((b) => b.text).join(' '));
        assert.deepEqual(tldr!.sources, points.bullets.flatMap((b) => b.sources));
      }
    });
  }
  test('bullets does not apply to a tldr or a headline: INVALID_OPTION', () => {
    assert.throws(() => summarizeText(EN, { type: 'tldr', bullets: 3 }), invalidOption);
    assert.throws(() => summarizeText(EN, { type: 'headline', bullets: 1 }), invalidOption);
  });
  test('under a word limit it keeps the first sentences that fit', () => {
    const full = summarizeText(EN, { type: 'tldr', length: 'long' });
    const limited = summarizeText(EN, { type: 'tldr', length: 'long', maxWordsPerBullet: 60 });
    assert.ok(words(full.bullets[0]!.text).length > 60, 'the test needs a longer tldr');
    assert.ok(words(limited.bullets[0]!.text).length <= 60);
    assert.ok(limited.bullets[0]!.sources.length >= 1 && limited.bullets[0]!.sources.length < full.bullets[0]!.sources.length);
    assert.deepEqual(limited.bullets[0]!.sources, full.bullets[0]!.sources.slice(0, limited.bullets[0]!.sources.length));
  });
});

describe('type headline: one line of at most 12/17/22 words', () => {
  test('the title when the article has a usable one; its source is the title line (sentence -1)', () => {
    for (const input of [DE, EN]) {
      const s = summarizeText(input, { type: 'headline' });
      assert.equal(s.bullets.length, 1);
      assert.equal(s.bullets[0]!.text, s.title);
      assert.deepEqual(s.bullets[0]!.sources.map((x) => x.sentence), [-1]);
      assert.deepEqual(sourceText(input, s), [s.title]);
    }
  });
  test('a title given apart from the text (an option, a data set\'s field) is the headline, with no span to cite', () => {
    const title = 'Rumänien wählt ein neues Parlament';
    const s = summarizeText({ text: DE_UNTITLED, title }, { type: 'headline' });
    assert.equal(s.title, title);
    assert.deepEqual(s.bullets, [{ text: title, sources: [] }]);
    // A rubric is no headline: the best sentence is.
    const rubric = summarizeText({ text: DE_UNTITLED, title: 'Politik' }, { type: 'headline' });
    assert.ok(rubric.bullets[0]!.sources[0]!.sentence >= 0);
  });
  for (const length of ['short', 'medium', 'long'] as const) {
    test(`${length}, no title: a sentence, whole or cut at a clause boundary, within ${LENGTHS[length].headlineWords} words`, () => {
      for (const input of [DE_UNTITLED, OZONE_UNTITLED]) {
        const s = summarizeText(input, { type: 'headline', length });
        assert.equal(s.title, null);
        const line = s.bullets[0]!;
        assert.ok(words(line.text).length <= LENGTHS[length].headlineWords, line.text);
        const [src] = line.sources;
        assert.ok(src && src.sentence >= 0);
        const kept = input.slice(src.start, src.end);
        // Every word of the line is the kept part's, in order: nothing added.
        assert.deepEqual(words(line.text), words(kept));
        // The kept part ends where its sentence does, or at a clause boundary.
        const whole = /[.!?…]["“”»«’]?$/u.test(kept);
        assert.ok(whole || /^(?:[,;:]\s|\s[–—-]\s)/u.test(input.slice(src.end)), `cut mid-clause: "${kept}"`);
        assert.doesNotMatch(line.text, /\.$/u, 'a headline has no final full stop');
      }
    });
  }
  test('a long sentence is cut: short keeps less than long', () => {
    const short = summarizeText(DE_UNTITLED, { type: 'headline', length: 'short' });
    const long = summarizeText(DE_UNTITLED, { type: 'headline', length: 'long' });
    assert.ok(words(short.bullets[0]!.text).length <= words(long.bullets[0]!.text).length);
  });
  test('maxWordsPerBullet lowers the headline limit', () => {
    const s = summarizeText(DE_UNTITLED, { type: 'headline', length: 'long', maxWordsPerBullet: 6 });
    assert.ok(words(s.bullets[0]!.text).length <= 6, s.bullets[0]!.text);
  });
});

describe('maxWordsPerBullet: the same sentences, cut at a clause boundary', () => {
  test('bullets are cut, not swapped; a cut bullet ends in "…" and its source is the kept part', () => {
    const free = summarizeText(EN, { bullets: 3 });
    const limited = summarizeText(EN, { bullets: 3, maxWordsPerBullet: 15 });
    assert.deepEqual(limited.bullets.map((b) => b.sources[0]!.sentence), free.bullets.map((b) => b.sources[0]!.sentence));
    let cuts = 0;
    limited.bullets.forEach((b, i) => {
      assert.ok(words(b.text).length <= 15, b.text);
      const whole = free.bullets[i]!.sources[0]!;
      const kept = b.sources[0]!;
      assert.equal(kept.start, whole.start);
      if (words(free.bullets[i]!.text).length > 15) {
        cuts++;
        assert.match(b.text, / …$/u);
        assert.ok(kept.end < whole.end);
        assert.deepEqual(words(b.text), words(EN.slice(kept.start, kept.end)));
      } else assert.deepEqual(kept, whole);
    });
    assert.ok(cuts > 0, 'the test needs a sentence over the limit');
  });
});

describe('one-line input and text without words', () => {
  test('a single sentence without final punctuation is summarized as that sentence, with SINGLE_LINE', () => {
    const line = 'Der Kanzler reiste am Montag nach Paris und traf dort den Präsidenten';
    const s = summarizeText(line);
    assert.deepEqual(s.bullets, [{ text: line, sources: [{ sentence: 0, start: 0, end: line.length }] }]);
    assert.ok(s.warnings.some((w) => w.code === 'SINGLE_LINE'));
    assert.equal(s.title, null);
    // Also after an agency tag, and as a headline.
    const tagged = `AFP\n${line}`;
    assert.equal(summarizeText(tagged).bullets[0]!.text, line);
    assert.equal(summarizeText(line, { type: 'headline', length: 'long' }).bullets[0]!.text, line);
  });
  test('a title with a body is still a title, with no warning', () => {
    assert.ok(!summarizeText(DE).warnings.some((w) => w.code === 'SINGLE_LINE'));
  });
  const empty: Array<[string, string]> = [
    ['lines of "–"', '–\n–\n–\n'],
    ['dashes and bullets with blank lines', '– \n\n•\n\n—\n'],
  ];
  for (const [label, text] of empty) {
    test(`${label}: EMPTY_INPUT`, () => {
      assert.throws(() => summarizeText(text), (e: unknown) => e instanceof KernpunkteError && e.code === 'EMPTY_INPUT');
    });
  }
});

describe('heading and blocks', () => {
  test('a forced code without a pack keeps the heading of the article\'s language, with a warning that says so', () => {
    const s = summarizeText(DE, { lang: 'xx' });
    assert.equal(s.lang, 'xx');
    assert.equal(s.heading, 'Zusammenfassung');
    assert.ok(s.warnings.some((w) => w.code === 'NO_LANGUAGE_PACK' && w.message.includes('"de"')));
  });
  test('blocks are spans of the input; the title block is the title', () => {
    const s = summarizeText(DE);
    assert.ok(s.blocks && s.blocks.length > 2);
    const title = s.blocks.find((b) => b.kind === 'title');
    assert.ok(title);
    assert.equal(DE.slice(title.start, title.end), s.title);
    for (const b of s.blocks) assert.ok(0 <= b.start && b.start < b.end && b.end <= DE.length);
  });
});
