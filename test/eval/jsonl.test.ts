import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { readEvalRecords, readJsonl, type Problem } from '../../src/eval/jsonl.js';

const good = (id: string) => JSON.stringify({ id, lang: 'de', title: null, text: 'Ein Text.', summary: ['Ein Satz.'] });

describe('readJsonl', () => {
  it('yields values and parse errors with 1-based line numbers, skipping blank lines', async () => {
    const input = Readable.from(['{"a":1}\n', '\n', '{"a": oops\n', '{"a":3}']);
    const items = [];
    for await (const item of readJsonl(input)) items.push(item);
    assert.equal(items.length, 3);
    assert.deepEqual(items[0], { line: 1, value: { a: 1 } });
    assert.equal(items[1]?.line, 3);
    assert.ok(items[1] && 'error' in items[1]);
    assert.deepEqual(items[2], { line: 4, value: { a: 3 } });
  });
});

describe('readEvalRecords on a bad file', () => {
  it('reports each broken or invalid line with its number and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-eval-jsonl-'));
    const path = join(dir, 'bad.jsonl');
    writeFileSync(
      path,
      [
        good('a'),
        '{"id": "b", "lang": "de", "text": "x", "summary": [', // truncated JSON
        good('c'),
        JSON.stringify({ id: 'd', lang: 'de', text: 'Text.', summary: 'not a list' }),
        JSON.stringify({ id: 'e', lang: 'de', text: 'Text.', summary: [] }),
        good('f'),
      ].join('\n'),
    );
    const problems: Problem[] = [];
    const ids: string[] = [];
    for await (const r of readEvalRecords(path, (p) => problems.push(p))) ids.push(r.id);
    assert.deepEqual(ids, ['a', 'c', 'f']);
    assert.deepEqual(
      problems.map((p) => p.line),
      [2, 4, 5],
    );
    assert.match(problems[0]?.message ?? '', /invalid JSON/);
    assert.match(problems[1]?.message ?? '', /summary/);
  });
});
