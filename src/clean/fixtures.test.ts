/**
 * Fixture pages: test/fixtures/clean/<phenomenon>/input.txt (short texts written for this project that
 * imitate what portals paste) and expected.json (title, block kinds and texts, drops), checked by eye.
 * To add one: create the folder with input.txt, run
 *   UPDATE_CLEAN_FIXTURES=1 node --import tsx --test src/clean/fixtures.test.ts
 * and read the written expected.json before committing it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanText } from './index.js';

const DIR = fileURLToPath(new URL('../../test/fixtures/clean/', import.meta.url));
const UPDATE = process.env['UPDATE_CLEAN_FIXTURES'] === '1';

interface Expected {
  title: string | null;
  blocks: Array<[kind: string, text: string]>;
  dropped: Array<[kind: string, text: string]>;
}

describe('clean fixtures', () => {
  const slugs = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  test('there are fixtures', () => assert.ok(slugs.length >= 4));
  for (const slug of slugs) {
    test(slug, () => {
      const text = readFileSync(`${DIR}${slug}/input.txt`, 'utf8');
      const a = cleanText(text);
      const got: Expected = {
        title: a.title,
        blocks: a.blocks.map((b) => [b.kind, b.text]),
        dropped: a.dropped.map((d) => [d.kind, d.text]),
      };
      const file = `${DIR}${slug}/expected.json`;
      if (UPDATE) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      assert.ok(existsSync(file), `${file} missing: run with UPDATE_CLEAN_FIXTURES=1 and check it`);
      assert.deepEqual(got, JSON.parse(readFileSync(file, 'utf8')) as Expected);
      for (const s of [...a.blocks, ...a.dropped]) assert.equal(text.slice(s.start, s.end), s.text);
    });
  }
});
