import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { langData } from './data/index.js';
import { lostMarkChunks, type LostMarkCursor } from './rules/02b-lost-marks.js';
import type { Span } from './rules/types.js';

/** The English pack with its rule 2b pattern wrapped to count the searches. */
function countingData(): { data: ReturnType<typeof langData>; searches: () => number } {
  const en = langData('en');
  const re = en.lostMarkOpener!;
  let n = 0;
  const counting = new RegExp(re.source, re.flags);
  const exec = counting.exec.bind(counting);
  counting.exec = (s: string) => {
    n++;
    return exec(s);
  };
  return { data: { ...en, lostMarkOpener: counting }, searches: () => n };
}

test('rule 2b searches a text once across its chunks, not once per chunk (a chunk without a match does not rescan the rest)', () => {
  const { data, searches } = countingData();
  const para = 'A cat sat there.';
  const text = `${para}\n\n`.repeat(500) + 'He was banned from driving The brother lost his job.';
  const chunks: Span[] = [];
  for (let i = 0; i < 501; i++) {
    const start = i * (para.length + 2);
    chunks.push({ start, end: i < 500 ? start + para.length : text.length });
  }
  const cursor: LostMarkCursor = { at: -1, end: -1 };
  const pieces = chunks.flatMap((c) => lostMarkChunks(text, c, data, cursor));
  assert.equal(pieces.length, 502);
  assert.equal(text.slice(pieces[500]!.start, pieces[500]!.end), 'He was banned from driving');
  assert.equal(text.slice(pieces[501]!.start, pieces[501]!.end), 'The brother lost his job.');
  // One search finds the only match, one more finds none after it.
  assert.ok(searches() <= 2, `${searches()} searches`);
});

test('rule 2b cuts only inside the chunk it is given', () => {
  const { data } = countingData();
  const text = 'He was banned from driving The brother lost his job.';
  const cursor: LostMarkCursor = { at: -1, end: -1 };
  // A chunk that ends before the match: nothing to cut; the next chunk gets the cut.
  assert.deepEqual(lostMarkChunks(text, { start: 0, end: 6 }, data, cursor), [{ start: 0, end: 6 }]);
  const rest = lostMarkChunks(text, { start: 7, end: text.length }, data, cursor).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(rest, ['banned from driving', 'The brother lost his job.']);
});

test('rule 2b cuts where the plain statement of the rule says (a look-behind pattern over the whole chunk), for random text', () => {
  const en = langData('en');
  const words = ['The', 'He', 'This', 'Theme', 'A', 'x', 'é', 'Ä', '7', '%', '²', ' ', ' ', '  ', ' \u00a0', '\u00a0', '.', '\n', '𝑥', '\ud800'];
  const reference = (text: string): string[] => {
    const re = /(?<=[\p{Ll}\p{N}%])[ \u00a0]+(?=(?:The|This|These|Those|He|She|They|It|We|His|Her|Their|Its|There)[ \u00a0]+\p{Ll})/gu;
    const out: string[] = [];
    let start = 0;
    for (const m of text.matchAll(re)) {
      out.push(text.slice(start, m.index).trim());
      start = m.index + m[0].length;
    }
    out.push(text.slice(start).trim());
    return out.filter((p) => p !== '');
  };
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 24 }), (parts) => {
      const text = parts.join('').trim();
      if (text === '') return;
      const got = lostMarkChunks(text, { start: 0, end: text.length }, en).map((s) => text.slice(s.start, s.end));
      assert.deepEqual(got, reference(text));
    }),
    { numRuns: 6000, seed: 7 },
  );
});
