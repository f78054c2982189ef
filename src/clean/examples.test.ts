/**
 * The example articles. Wikinews texts (CC BY 2.5) ship in the repository's examples/ folder; the AFP
 * paste may not be copied into the repo, so it is read at run time from ../shared/examples beside the
 * repository and skipped, with the reason, where that is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article } from '../types.js';
import { cleanText } from './index.js';

const SHARED = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));
const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const AFP = `${SHARED}de-afp-putin-nordkorea.txt`;
const skipAfp = existsSync(AFP) ? false : `${AFP} not present`;
const wikinews = readdirSync(DIR).filter((f) => f.includes('wikinews') && f.endsWith('.txt')).sort();

function paragraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
}

function assertSpans(a: Article): void {
  for (const s of [...a.blocks, ...a.dropped]) assert.equal(a.text.slice(s.start, s.end), s.text);
}

describe('AFP example (portal paste)', () => {
  test('agency, teaser and the whole summary box go; title, crosshead and every body paragraph stay', { skip: skipAfp }, () => {
    const text = readFileSync(AFP, 'utf8');
    const a = cleanText(text);
    assertSpans(a);
    const paras = paragraphs(text);

    assert.deepEqual(a.dropped.find((d) => d.start === 0), { kind: 'agency', start: 0, end: 3, text: 'AFP' });
    assert.equal(a.title, paras[1]);
    assert.equal(a.blocks[0]!.kind, 'title');

    const video = paras.find((p) => p.startsWith('Video:'))!;
    assert.ok(a.dropped.some((d) => d.kind === 'media' && d.text === video));

    const box = a.dropped.filter((d) => d.kind === 'summary-box');
    assert.equal(box.length, 1);
    assert.match(box[0]!.text, /^ribbon Zusammenfassung/);
    assert.equal(box[0]!.end, text.trimEnd().length, 'the box runs to the end, all three bullets included');
    assert.equal((box[0]!.text.match(/•/g) ?? []).length, 3);
    assert.ok(!a.blocks.some((b) => b.start >= box[0]!.start), 'no block from the box');

    // Every other paragraph of the source is a block, unchanged; the one short line between them is a crosshead.
    const body = paras.filter((p, i) => i > 1 && !p.startsWith('Video:') && !p.startsWith('ribbon'));
    const kept = a.blocks.filter((b) => b.kind !== 'title');
    assert.deepEqual(kept.map((b) => b.text), body);
    const headings = kept.filter((b) => b.kind === 'heading').map((b) => b.text);
    assert.deepEqual(headings, body.filter((p) => !/[.!?"“”]$/.test(p)));
    assert.equal(headings.length, 1);
    assert.equal(a.dropped.length, 3);

    // The pipeline detects the language first and passes it: the German pack alone gives the same result.
    assert.deepEqual(cleanText(text, { lang: 'de' }).blocks, a.blocks);
    assert.deepEqual(cleanText(text, { lang: 'de' }).dropped, a.dropped);
  });
});

describe('Wikinews examples', () => {
  test('the repository has Wikinews examples', () => {
    assert.ok(wikinews.length >= 4);
  });
  for (const file of wikinews) {
    test(`${file}: title found, footer dropped as credit, every body paragraph kept`, () => {
      const text = readFileSync(`${DIR}${file}`, 'utf8');
      const a = cleanText(text, { lang: file.slice(0, 2) });
      assertSpans(a);
      const paras = paragraphs(text);
      assert.equal(a.title, paras[0]);
      assert.equal(a.blocks[0]!.kind, 'title');

      const rule = text.indexOf('\n---\n') + 1;
      const footer = a.dropped.find((d) => d.start === rule);
      assert.equal(footer?.kind, 'credit');
      assert.equal(footer.end, text.trimEnd().length);

      // Body: between title and footer. An English date line goes as a dateline; a German dateline prefix
      // ("Cuxhaven (Deutschland), 19.06.2015 – ") is cut off the first paragraph, which otherwise stays whole.
      const body = paras.slice(1, paras.findIndex((p) => p.startsWith('---')));
      const datelines = a.dropped.filter((d) => d.kind === 'dateline');
      assert.equal(datelines.length, 1);
      const expected = body
        .filter((p) => p !== datelines[0]!.text)
        .map((p) => (p.startsWith(datelines[0]!.text) ? p.slice(datelines[0]!.text.length).trimStart() : p));
      assert.deepEqual(a.blocks.slice(1).map((b) => b.text), expected);
      assert.ok(a.blocks.slice(1).every((b) => b.kind === 'paragraph'));
      assert.equal(a.dropped.length, 2);
    });
  }
});
