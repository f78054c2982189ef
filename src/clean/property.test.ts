/**
 * Properties that must hold for any input: cleanText never throws, and every span it returns is a
 * faithful, ordered, non-overlapping slice of the input. Inputs mix random text with the fragments
 * the rules react to, so the rules themselves get exercised, not only the "keep everything" path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Article, Span } from '../types.js';
import { cleanText } from './index.js';

const FRAGMENTS = [
  'AFP', '(dpa)', 'Von Max Mustermann', 'Video: ', 'Foto: picture alliance/dpa', 'ribbon Zusammenfassung',
  '• ', '- ', '* ', 'Zusammenfassung', 'Key points', 'Mehr zum Thema', 'Lesen Sie auch: ', 'Anzeige', 'Teilen',
  '24.06.2024, 14:30 Uhr', 'Stand: ', '---', 'Quelle: ', 'Berlin (dpa) - ', '(CNN)', '© ', 'Der Text.', 'Titel',
  'Scroll down for video', ' Scroll down for video ', 'Watch the video: ', 'Boston (CNN)', 'The End. ',
  '\n', '\n\n', '\r\n', ' ', '\t', '\u00a0', '\u200b', '.', '?', '!', ':', '„', '“', '"', 'ß', '😀', '\ud800',
];

const articleLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

function checkSpans(text: string, spans: readonly (Span & { text: string })[], what: string): void {
  let prevEnd = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= prevEnd, `${what}: ordered, non-overlapping`);
    assert.ok(s.start < s.end && s.end <= text.length, `${what}: non-empty and in range`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what}: text is the slice`);
    prevEnd = s.end;
  }
}

function checkArticle(text: string, a: Article): void {
  assert.equal(a.text, text);
  checkSpans(text, a.blocks, 'blocks');
  checkSpans(text, a.dropped, 'dropped');
  // Nothing is both kept and dropped.
  checkSpans(text, [...a.blocks, ...a.dropped].sort((x, y) => x.start - y.start), 'blocks and dropped');
  assert.ok(a.blocks.filter((b) => b.kind === 'title').length <= 1, 'at most one title');
}

describe('cleanText properties', () => {
  test('arbitrary strings: never throws, spans are exact, ordered, disjoint', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkArticle(text, cleanText(text))),
      { numRuns: 500 },
    );
  });

  test('article-like strings built from rule fragments: same guarantees', () => {
    fc.assert(
      fc.property(articleLike, fc.option(fc.constantFrom('de', 'en', 'fr', 'xx', '')), fc.option(fc.string({ maxLength: 20 })),
        (text, lang, title) => {
          const a = cleanText(text, { lang: lang ?? undefined, title });
          checkArticle(text, a);
          assert.equal(a.lang, lang ? lang : 'und');
        }),
      { numRuns: 1500 },
    );
  });

  // Speed on these inputs (time per MB against ordinary text) is measured by `npm run bench`
  // (bench/pathological.js); the timeout is only a hang guard for a regex blow-up.
  test('long adversarial input is cleaned correctly (no regex blow-up)', { timeout: 60_000 }, () => {
    const bad = [
      'A-'.repeat(50_000) + ' (dpa) x',
      'Mehr 1 '.repeat(17) + 'x',
      'Link kopieren '.repeat(8) + 'x',
      '.'.repeat(100_000),
      '"'.repeat(50_000) + '.' + '"'.repeat(50_000),
      '• '.repeat(50_000),
      'Zusammenfassung\n' + '• a\n'.repeat(20_000),
      'Von ' + 'Max '.repeat(30_000),
      '\n'.repeat(100_000),
      'x'.repeat(200_000),
      'Teilen\n'.repeat(40_000),
      'Zusammenfassung\n• a\n\n'.repeat(15_000),
      'It ended. Scroll down for video '.repeat(20_000),
      'Scroll down for video' + ' '.repeat(100_000) + 'x',
      'Boston (CNN)'.repeat(20_000),
    ];
    for (const text of bad) checkArticle(text, cleanText(text));
  });

  test('non-string input from untyped callers gives an empty article, not a throw', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      const a = cleanText(v as unknown as string, null as unknown as undefined);
      assert.deepEqual(a.blocks, []);
      assert.equal(a.text, '');
    }
  });
});
