import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { KernpunkteError, methods, summarize, summarizeText, type Summary } from '../../src/index.js';
import { words } from '../../src/lang/index.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const DE = example('de-wikinews-rumaenien-parlamentswahl.txt');
const EN = example('en-wikinews-north-korea-quasi-war.txt');

const DOCUMENTED = new Set(['EMPTY_INPUT', 'BINARY_INPUT', 'INPUT_TOO_LARGE', 'INVALID_INPUT', 'INVALID_OPTION', 'UNKNOWN_METHOD']);

/** Every bullet's sources must point at real text of the input, and the bullet must come from it. */
function assertGrounded(input: string, summary: Summary): void {
  for (const b of summary.bullets) {
    assert.ok(b.sources.length > 0, 'a bullet without sources');
    for (const s of b.sources) {
      assert.ok(s.start >= 0 && s.end <= input.length && s.start < s.end, `offsets ${s.start}-${s.end} out of range`);
      const source = input.slice(s.start, s.end);
      assert.equal(source.trim(), source, 'source span has outer whitespace');
      // The bullet is the source sentence, perhaps shortened or with a closing quote added.
      const words = b.text.replace(/[…]/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
      for (const w of words) assert.ok(source.includes(w), `bullet word "${w}" is not in its source "${source}"`);
    }
  }
}

describe('summarize: the box', () => {
  test('German article: heading, 3 grounded bullets in article order, language detected', () => {
    const s = summarizeText(DE);
    assert.equal(s.lang, 'de');
    assert.equal(s.heading, 'Zusammenfassung');
    assert.equal(s.method, 'kernpunkte');
    assert.equal(s.bullets.length, 3);
    assertGrounded(DE, s);
    const order = s.bullets.map((b) => b.sources[0]!.sentence);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.ok(!s.bullets.some((b) => b.text.startsWith('Rumänien: Parlamentswahlen')), 'the title must not be a bullet');
    assert.ok(!s.bullets.some((b) => /Lizenz|Quelle:/u.test(b.text)), 'the licence footer must not be a bullet');
  });

  test('English article: heading "Summary"', () => {
    const s = summarizeText(EN);
    assert.equal(s.lang, 'en');
    assert.equal(s.heading, 'Summary');
    assertGrounded(EN, s);
  });

  test('bullet count follows the option, 1 to 7', () => {
    for (const n of [1, 2, 5, 7]) assert.equal(summarizeText(EN, { bullets: n }).bullets.length, n);
    assert.throws(() => summarizeText(EN, { bullets: 0 }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
    assert.throws(() => summarizeText(EN, { bullets: 8 }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
  });

  test('every method runs, and differs from lead somewhere', () => {
    const names = methods().map((m) => m.name);
    assert.deepEqual(names.slice().sort(), ['centroid', 'kernpunkte', 'lead', 'lexrank', 'textrank']);
    for (const method of names) {
      const s = summarizeText(EN, { method, bullets: 3 });
      assert.equal(s.method, method);
      assert.equal(s.bullets.length, 3);
      assertGrounded(EN, s);
    }
  });

  test('lead takes the first sentences', () => {
    const s = summarizeText(EN, { method: 'lead', bullets: 2 });
    const idx = s.bullets.map((b) => b.sources[0]!.sentence);
    assert.ok(idx[0]! <= 1, `lead starts at sentence ${idx[0]}`);
  });

  test('unknown method fails with the list of valid ones', () => {
    assert.throws(
      () => summarizeText(EN, { method: 'gpt' }),
      (e: unknown) => e instanceof KernpunkteError && e.code === 'UNKNOWN_METHOD' && /kernpunkte, lead/.test(e.message) && Array.isArray(e.details.valid),
    );
  });

  test('maxWordsPerBullet bounds every bullet', () => {
    const s = summarizeText(EN, { maxWordsPerBullet: 12, bullets: 3 });
    for (const b of s.bullets) assert.ok(words(b.text).length <= 12, b.text);
    assertGrounded(EN, s);
  });

  test('deterministic: the same input gives the same summary', () => {
    assert.deepEqual(summarizeText(DE), summarizeText(DE));
  });

  test('summarize() accepts a string, {text}, and forces a language', async () => {
    const a = await summarize(EN);
    const b = await summarize({ text: EN, lang: 'en' });
    assert.deepEqual(a.bullets, b.bullets);
    const forced = await summarize({ text: EN }, { lang: 'de' });
    assert.equal(forced.heading, 'Zusammenfassung');
  });

  test('summarize() extracts HTML input and points offsets into the extracted text', async () => {
    const paras = DE.split('\n\n').slice(1, 4).map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!doctype html><html lang="de"><head><title>Rumänien wählt</title></head><body><nav><a href="/">Start</a></nav><article><h1>Rumänien wählt</h1>${paras}</article></body></html>`;
    const s = await summarize({ html });
    assert.equal(s.lang, 'de');
    assert.ok(typeof s.text === 'string' && s.text.length > 100);
    assert.ok(s.bullets.length >= 1);
    assertGrounded(s.text!, s);
  });
});

describe('summarize: bad input gets a coded error or a warning, never a crash', () => {
  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      if (e instanceof KernpunkteError) return e.code;
      throw e;
    }
    return 'OK';
  };
  const cases: Array<[string, unknown, string]> = [
    ['empty string', '', 'EMPTY_INPUT'],
    ['whitespace only', ' \n\t\n ', 'EMPTY_INPUT'],
    ['binary with NUL bytes', 'PK\u0003\u0004\u0000\u0000\u0014\u0000garbage', 'BINARY_INPUT'],
    ['control-character soup', '\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008', 'BINARY_INPUT'],
    ['not a string', 42, 'INVALID_INPUT'],
  ];
  for (const [label, input, expected] of cases) {
    test(label, () => assert.equal(code(() => summarizeText(input as string)), expected));
  }

  test('a single sentence: one bullet and a FEW_SENTENCES warning', () => {
    const s = summarizeText('Der Bundestag hat am Donnerstag das neue Heizungsgesetz mit großer Mehrheit beschlossen.');
    assert.equal(s.bullets.length, 1);
    assert.ok(s.warnings.some((w) => w.code === 'FEW_SENTENCES'));
  });

  test('text without any punctuation still gives a bullet', () => {
    const s = summarizeText('der bundestag hat heute das gesetz beschlossen und die opposition hat dagegen gestimmt weil sie es für falsch hält');
    assert.ok(s.bullets.length >= 1);
  });

  test('a language without a pack: neutral rules and a warning', () => {
    const ko = '서울시는 내년부터 대중교통 요금을 인상한다고 밝혔다. 시민들은 부담이 커질 것이라고 우려했다. 시는 적자 때문에 불가피하다고 설명했다. 요금 인상은 내년 1월부터 적용된다.';
    const s = summarizeText(ko);
    assert.ok(s.bullets.length >= 1);
    assert.ok(s.warnings.some((w) => w.code === 'NO_LANGUAGE_PACK' || w.code === 'LANGUAGE_UNDETERMINED'));
  });

  test('a 10 MB text is summarized with a LONG_INPUT warning', () => {
    const big = EN.repeat(Math.ceil(10_000_000 / EN.length));
    const s = summarizeText(big);
    assert.ok(s.bullets.length === 3);
    assert.ok(s.warnings.some((w) => w.code === 'LONG_INPUT'));
  });

  test('more than the character limit is refused', () => {
    assert.equal(code(() => summarizeText('a'.repeat(20_000_001))), 'INPUT_TOO_LARGE');
  });

  test('property: arbitrary strings give a grounded summary or a documented error', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.array(fc.constantFrom('Der', 'Präsident', 'sagte', '„Wir', 'sind', 'da.“', 'Dr.', 'am', '3.', 'Oktober', '.', '!', '?', '\n', '\n\n', '•', 'Video:', 'AFP', 'Zusammenfassung', '(dpa)', 'z. B.'), { maxLength: 120 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 7 }), (t, bullets) => {
        try {
          const s = summarizeText(t, { bullets });
          assert.ok(s.bullets.length <= bullets);
          for (const b of s.bullets) for (const src of b.sources) assert.ok(src.start >= 0 && src.end <= t.length && src.start < src.end);
        } catch (e) {
          assert.ok(e instanceof KernpunkteError, `a non-coded error: ${String(e)}`);
          assert.ok(DOCUMENTED.has(e.code), `undocumented code ${e.code}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
