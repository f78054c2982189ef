/**
 * Real pages, one folder each (test/fixtures/html/<slug>/: source.html, expected.txt,
 * expected-metadata.json; add one with scripts/add-html-fixture.ts). Extraction must keep
 * almost all of the gold text, add little else, and read the metadata as recorded.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scoreExtraction } from '../../src/extract/tokens.js';
import { extract } from '../../src/extract/index.js';

const dir = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
const slugs = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test('there are real-page fixtures', () => assert.ok(slugs.length >= 6, `found ${slugs.length}`));

for (const slug of slugs) {
  test(`fixture ${slug}`, () => {
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const gold = readFileSync(join(dir, slug, 'expected.txt'), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
    const article = extract(html, meta.url ? { url: meta.url } : {});
    assert.ok(article, 'an article is found');
    const s = scoreExtraction(article.text, gold);
    assert.ok(s.recall >= 0.95, `recall ${s.recall.toFixed(3)}`);
    assert.ok(s.precision >= 0.65, `precision ${s.precision.toFixed(3)}`);
    assert.equal(article.title, meta.title);
    assert.equal(article.lang, meta.lang);
    for (const k of ['siteName', 'published', 'canonicalUrl', 'byline', 'description'] as const) {
      assert.equal(article.meta?.[k] ?? null, meta[k] ?? null, k);
    }
    assert.equal(article.meta?.url, meta.url);
    // Offsets point into text; blocks and drops are in order, do not overlap, and together
    // cover every laid-out block (separated by blank lines).
    const spans = [...article.blocks, ...article.dropped].sort((a, b) => a.start - b.start);
    let prev = -2;
    for (const b of spans) {
      assert.equal(article.text.slice(b.start, b.end), b.text);
      assert.ok(b.start >= prev, `span at ${b.start} overlaps the one ending at ${prev}`);
      prev = b.end;
    }
    assert.equal(prev, article.text.length);
    for (const d of article.dropped) assert.ok(d.text.trim().length > 0);
  });
}
