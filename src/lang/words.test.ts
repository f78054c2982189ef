/**
 * The word scanner and character tables must answer exactly as the regexes they replace: the
 * pipeline's outputs depend on every word and every class. Random text mixes scripts, marks,
 * joiners, digits of other scripts, astral letters and lone surrogates.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { LETTER, MARK, NUMBER, SPACE, UPPER, charClass, codePointClass, endsWithMark } from './chars.js';
import { countWords, hasWord, lexicon, normalizeLang, wordEnds, wordFrom, words } from './index.js';

const PIECES = [
  'Straße', 'don’t', "O'Neill", 'Jong-un', '-', '’', "'", '‘', ' ', '\n', '.', ':', '：', '３', '٣', 'Ⅻ', '²', 'é', 'e\u0301',
  '\u0301', '𝐀𝐁', '𝟘', '😀', '\ud800', '\udc00', 'İ', 'ǅ', 'Ω', 'Жук', '東京', 'ß', 'Ä', '2024', '3,5', '\u00a0', '\u2028',
];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('lang: character tables', () => {
  test('every UTF-16 code is classed as the Unicode property regexes class it', () => {
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const f = charClass(c);
      assert.equal((f & LETTER) !== 0, /\p{L}/u.test(ch), `letter ${c.toString(16)}`);
      assert.equal((f & NUMBER) !== 0, /\p{N}/u.test(ch), `number ${c.toString(16)}`);
      assert.equal((f & MARK) !== 0, /\p{M}/u.test(ch), `mark ${c.toString(16)}`);
      assert.equal((f & UPPER) !== 0, /\p{Lu}/u.test(ch), `upper ${c.toString(16)}`);
      assert.equal((f & SPACE) !== 0, /\s/u.test(ch), `space ${c.toString(16)}`);
    }
  });

  test('astral code points are classed as a whole', () => {
    for (const cp of [0x1d400, 0x1d7d8, 0x1f600, 0x20000, 0x10400, 0x1e900, 0xe0100]) {
      const ch = String.fromCodePoint(cp);
      const f = codePointClass(cp);
      assert.equal((f & LETTER) !== 0, /\p{L}/u.test(ch));
      assert.equal((f & NUMBER) !== 0, /\p{N}/u.test(ch));
      assert.equal((f & MARK) !== 0, /\p{M}/u.test(ch));
      assert.equal((f & UPPER) !== 0, /\p{Lu}/u.test(ch));
    }
  });

  test('endsWithMark agrees with /[:：]\\s*$/u', () => {
    fc.assert(fc.property(textArb, (t) => assert.equal(endsWithMark(t, ':：'), /[:：]\s*$/u.test(t))), { numRuns: 500 });
  });
});

describe('lang: scanTerms', () => {
  test('finds the words `words` finds, with their terms and first-character classes', () => {
    for (const code of ['de', 'en', 'und']) {
      const lex = lexicon(code);
      fc.assert(
        fc.property(textArb, (t) => {
          const ws = words(t);
          const epoch = lex.termEpoch();
          const got = lex.scanTerms(t);
          assert.equal(got.count, ws.length);
          ws.forEach((w, k) => {
            assert.equal(got.terms[k], lex.term(w), `term of ${JSON.stringify(w)}`);
            assert.equal((got.first[k]! & NUMBER) !== 0, /^\p{N}/u.test(w), `number ${JSON.stringify(w)}`);
            assert.equal((got.first[k]! & UPPER) !== 0, /^\p{Lu}/u.test(w), `upper ${JSON.stringify(w)}`);
          });
          // Term numbers: -1 for no term, below `numbered`, equal exactly where the terms are (unless the memo was just cleared).
          for (let k = 0; k < got.count && lex.termEpoch() === epoch; k++) {
            assert.equal(got.numbers[k]! < 0, got.terms[k] === null);
            assert.ok(got.numbers[k]! < got.numbered);
            for (let j = 0; j < k; j++) if (got.terms[k] !== null) assert.equal(got.numbers[j] === got.numbers[k], got.terms[j] === got.terms[k]);
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  test('stays right while its memo grows and after the memo is cleared (more distinct words than it holds)', () => {
    const lex = lexicon('de');
    // 60,000 distinct words in sentences of 200: the memo doubles, fills and is cleared.
    for (let s = 0; s < 300; s++) {
      const text = Array.from({ length: 200 }, (_, k) => `Wort${s * 200 + k}x Häuser`).join(' ');
      const got = lex.scanTerms(text);
      const ws = words(text);
      assert.equal(got.count, ws.length);
      if (s % 50 === 0 || s === 299) ws.forEach((w, k) => assert.equal(got.terms[k], lex.term(w)));
    }
    // Words seen long before (cleared out since) still get their terms.
    const again = lex.scanTerms('Wort0x Wort59999x Häuser die');
    assert.deepEqual(again.terms.slice(0, again.count), ['Wort0x', 'Wort59999x', 'Häuser', 'die'].map((w) => lex.term(w)));
  });

  test('countWords counts what words finds', () => {
    fc.assert(fc.property(textArb, (t) => assert.equal(countWords(t), words(t).length)), { numRuns: 1000 });
  });

  test('hasWord tells whether words finds any', () => {
    fc.assert(fc.property(textArb, (t) => assert.equal(hasWord(t), words(t).length > 0)), { numRuns: 2000 });
    for (const t of ['', '–', ' • … ', '\u0301', "'", '\u{1F600}', '\ud835']) assert.equal(hasWord(t), false, JSON.stringify(t));
    for (const t of ['a', ' – 3', '\u{1D400}', '\u0301é']) assert.equal(hasWord(t), true, JSON.stringify(t));
  });

  test('wordEnds gives where the words that words finds end', () => {
    const regexEnds = (t: string): number[] => [...t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)].map((m) => m.index + m[0].length);
    fc.assert(fc.property(textArb, (t) => assert.deepEqual(wordEnds(t), regexEnds(t))), { numRuns: 1000 });
    assert.deepEqual(wordEnds("Kim Jong-un's 2 \u{1D400}x visit"), [3, 13, 15, 19, 25]);
  });

  test('tells apart words of one length with the same hash (the memo compares characters)', () => {
    // "yaczfa" and "glbppa" have the same 32-bit FNV-1a hash, the memo's key hash.
    const lex = lexicon('en');
    const got = lex.scanTerms('yaczfa glbppa yaczfa glbppa');
    assert.deepEqual(got.terms.slice(0, got.count), ['yaczfa', 'glbppa', 'yaczfa', 'glbppa']);
  });

  test('stays right when long words fill the memo by characters before by entries', () => {
    const lex = lexicon('en');
    // 2,000 words of 1,200 characters: more characters than the memo keeps; a few repeat after it was cleared.
    const long = (k: number): string => `${'ab'.repeat(600 - String(k).length)}${k}`;
    for (let s = 0; s < 100; s++) {
      const text = Array.from({ length: 20 }, (_, k) => `${long(s * 20 + k)} ${long(k)}`).join(' ');
      const got = lex.scanTerms(text);
      const ws = words(text);
      assert.equal(got.count, ws.length);
      ws.forEach((w, k) => assert.equal(got.terms[k], lex.term(w)));
    }
  });
});

describe('lang: wordFrom', () => {
  test('the first word from an offset is the first word of the slice from there (trimming reads clause openers this way)', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (text, at) => {
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        // A slice that starts inside a surrogate pair is not a place a clause boundary can be.
        const c = text.charCodeAt(i);
        fc.pre(!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff));
        assert.equal(wordFrom(text, i), words(text.slice(i))[0] ?? '');
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});

describe('lang: normalizeLang', () => {
  test('gives the same code on every call, and refuses an invalid value every time (only valid ones are remembered)', () => {
    for (let round = 0; round < 3; round++) {
      assert.equal(normalizeLang('DE'), 'de');
      assert.equal(normalizeLang(' de-AT '), 'de');
      assert.equal(normalizeLang('ger'), 'de');
      assert.equal(normalizeLang('fre'), 'fr');
      assert.equal(normalizeLang('und'), 'und');
      for (const bad of ['german', '', 'd', 'de1']) assert.throws(() => normalizeLang(bad), (e: unknown) => (e as { code?: string }).code === 'INVALID_OPTION', bad);
    }
    // More distinct valid values than the memo keeps: the answers stay right after it is cleared.
    const codes = Array.from({ length: 600 }, (_, k) => `de-x${k}`);
    for (const c of [...codes, ...codes]) assert.equal(normalizeLang(c), 'de');
  });
});
