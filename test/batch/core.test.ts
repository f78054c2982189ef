/** runBatch and its parts, in process, with a fake summarizer where timing matters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecordLine, readDoneIds, readLines, runBatch, type SummarizeFn } from '../../src/batch/index.js';
import { KernpunkteError } from '../../src/errors.js';
import type { Summary, SummarizeInput } from '../../src/types.js';

function collector(options: { highWaterMark?: number; delayMs?: number } = {}): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16 * 1024,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      if (options.delayMs) setTimeout(done, options.delayMs);
      else done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter((l) => l !== '') };
}

function textOf(input: SummarizeInput): string {
  return typeof input === 'string' ? input : 'text' in input ? input.text : 'html' in input ? input.html : input.url;
}

/** Echoes the text as one bullet after a random delay, so completion order differs from input order. */
function fakeSummarize(track?: { now: number; max: number }): SummarizeFn {
  return async (input) => {
    if (track) track.max = Math.max(track.max, ++track.now);
    try {
      await new Promise((r) => setTimeout(r, Math.random() * 8));
      const text = textOf(input);
      if (text.startsWith('FAIL')) throw new KernpunkteError('TOO_SHORT', 'too short to summarize', {});
      if (text.startsWith('CRASH')) throw new TypeError('cannot read properties of undefined');
      const summary: Summary = { lang: 'de', title: null, heading: 'Zusammenfassung', bullets: [{ text, sources: [] }], method: 'fake', warnings: [], dropped: [] };
      return summary;
    } finally {
      if (track) track.now -= 1;
    }
  };
}

function jsonl(records: unknown[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

test('output keeps input order although records finish out of order', async () => {
  const records = Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, text: `text ${i}` }));
  const out = collector();
  const err = collector();
  const stats = await runBatch({ input: Readable.from([jsonl(records)]), output: out.stream, errors: err.stream, summarize: fakeSummarize(), concurrency: 8 });
  assert.deepEqual(out.lines().map((l) => (JSON.parse(l) as { id: string }).id), records.map((r) => r.id));
  for (const line of out.lines()) {
    const r = JSON.parse(line) as { id: string; bullets: Array<{ text: string }>; heading: string };
    assert.equal(r.bullets[0]?.text, `text ${r.id.slice(1)}`, 'each result belongs to its own record');
    assert.equal(r.heading, 'Zusammenfassung');
  }
  assert.deepEqual(err.lines(), []);
  assert.equal(stats.ok, 300);
  assert.equal(stats.failed, 0);
  assert.equal(stats.lines, 300);
  assert.ok(stats.seconds > 0);
});

test('bad records are reported with their line numbers and codes, and the run goes on', async () => {
  const input = jsonl([
    { id: 1, text: 'one' },
    '{"id": 2, "text": "two"', // cut-off JSON
    { text: 'no id' },
    '',
    { id: 'x', title: 'no text' },
    '[1, 2]',
    { id: 'f', text: 'FAIL please' },
    { id: 'c', text: 'CRASH please' },
    { id: 'h', html: '<p>html</p>', url: 'https://example.org/a' },
    { id: 't', text: 'title', title: 7 },
    { id: 9, text: 'nine' },
  ]);
  const out = collector();
  const err = collector();
  const stats = await runBatch({ input: Readable.from([input]), output: out.stream, errors: err.stream, summarize: fakeSummarize(), concurrency: 3 });
  const errors = err.lines().map((l) => JSON.parse(l) as { line: number; id?: unknown; code: string; message: string });
  assert.deepEqual(
    errors.map((e) => [e.line, e.id, e.code]),
    [
      [2, undefined, 'INVALID_INPUT'],
      [3, undefined, 'INVALID_INPUT'],
      [5, 'x', 'INVALID_INPUT'],
      [6, undefined, 'INVALID_INPUT'],
      [7, 'f', 'TOO_SHORT'],
      [8, 'c', 'INTERNAL'],
      [10, 't', 'INVALID_INPUT'],
    ],
  );
  for (const e of errors) assert.match(e.message, new RegExp(`line ${e.line}|short|cannot read`));
  assert.deepEqual(out.lines().map((l) => (JSON.parse(l) as { id: unknown }).id), [1, 'h', 9]);
  assert.deepEqual({ ok: stats.ok, failed: stats.failed, lines: stats.lines }, { ok: 3, failed: 7, lines: 11 });
});

test('in-flight work stays bounded even when the output is slow (backpressure)', async () => {
  const records = Array.from({ length: 400 }, (_, i) => ({ id: i, text: `t${i} ${'x'.repeat(200)}` }));
  let pulled = 0;
  // A lazy source: counts how many lines were pulled before output caught up.
  async function* source(): AsyncGenerator<string> {
    for (const r of records) {
      pulled += 1;
      yield JSON.stringify(r) + '\n';
    }
  }
  const track = { now: 0, max: 0 };
  const out = collector({ highWaterMark: 256, delayMs: 1 });
  let maxAhead = 0;
  const stats = await runBatch({
    input: source(),
    output: out.stream,
    errors: collector().stream,
    summarize: fakeSummarize(track),
    window: 10,
    onProgress: (p) => {
      maxAhead = Math.max(maxAhead, pulled - p.ok);
    },
  });
  assert.equal(stats.ok, 400);
  assert.ok(track.max <= 10, `at most the window runs at once (saw ${track.max})`);
  assert.ok(maxAhead <= 12, `reading never runs far ahead of writing (saw ${maxAhead} lines ahead)`);
});

test('skip (resume) skips done records by the JSON value of their id, once per line of OUT, and counts them', async () => {
  const records = [0, 's1', 2, 's3', 4, '4', 4, '0', 's1', 9].map((id, i) => ({ id, text: `t${i}` }));
  const out = collector();
  const stats = await runBatch({
    input: Readable.from([jsonl(records)]),
    output: out.stream,
    errors: collector().stream,
    summarize: fakeSummarize(),
    // OUT held 0, "s1" and 4 once each: the number 4 is not the string "4", and the second 4 is not done.
    skip: { ids: new Map([['0', 1], ['"s1"', 1], ['4', 1]]), failedLines: new Set() },
  });
  assert.deepEqual(out.lines().map((l) => (JSON.parse(l) as { id: unknown }).id), [2, 's3', '4', 4, '0', 's1', 9]);
  assert.deepEqual({ ok: stats.ok, skipped: stats.skipped }, { ok: 7, skipped: 3 });
});

test('skip (resume): a line the earlier run reported as failed is tried again and does not use up its id', async () => {
  const records = ['a', 'a', 'b'].map((id, i) => ({ id, text: `t${i}` }));
  const out = collector();
  const stats = await runBatch({
    input: Readable.from([jsonl(records)]),
    output: out.stream,
    errors: collector().stream,
    summarize: fakeSummarize(),
    // Line 1 failed before; OUT's one "a" is line 2's.
    skip: { ids: new Map([['"a"', 1]]), failedLines: new Set([1]) },
  });
  assert.deepEqual(out.lines().map((l) => JSON.parse(l) as { id: unknown; bullets: Array<{ text: string }> }).map((r) => [r.id, r.bullets[0]?.text]), [
    ['a', 't0'],
    ['b', 't2'],
  ]);
  assert.deepEqual({ ok: stats.ok, skipped: stats.skipped }, { ok: 2, skipped: 1 });
});

test('an abort stops reading but writes what is in flight', async () => {
  const controller = new AbortController();
  async function* endless(): AsyncGenerator<string> {
    for (let i = 0; ; i++) yield JSON.stringify({ id: i, text: `t${i}` }) + '\n';
  }
  const out = collector();
  const stats = await runBatch({
    input: endless(),
    output: out.stream,
    errors: collector().stream,
    summarize: fakeSummarize(),
    onProgress: (p) => {
      if (p.ok === 50) controller.abort();
    },
    signal: controller.signal,
  });
  assert.equal(stats.aborted, true);
  const ids = out.lines().map((l) => (JSON.parse(l) as { id: number }).id);
  assert.deepEqual(ids, ids.map((_, i) => i), 'a gapless prefix of the input');
  assert.equal(stats.ok, ids.length);
});

test('bad run options are refused before reading', async () => {
  await assert.rejects(
    runBatch({ input: Readable.from(['']), output: collector().stream, errors: collector().stream, summarize: fakeSummarize(), concurrency: 0 }),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION',
  );
});

const lineCases: Array<[string, Array<string | Buffer>, string[]]> = [
  ['LF lines, last without newline', ['a\nb\nc'], ['a', 'b', 'c']],
  ['CRLF lines', ['a\r\nb\r\n'], ['a', 'b']],
  ['a line split over chunks', ['{"id":', '1}\n{"id"', ':2}\n'], ['{"id":1}', '{"id":2}']],
  ['a multi-byte character split over chunks', [Buffer.from([0x22, 0xc3]), Buffer.from([0xa4, 0x22, 0x0a])], ['"ä"']],
  ['empty lines keep their numbers', ['\n\nx\n'], ['', '', 'x']],
];
for (const [label, chunks, expected] of lineCases) {
  test(`readLines: ${label}`, async () => {
    const got: string[] = [];
    let n = 0;
    for await (const l of readLines(Readable.from(chunks, { objectMode: true }), 1000)) {
      assert.equal(l.line, ++n);
      got.push(l.text);
    }
    assert.deepEqual(got, expected);
  });
}

test('readLines: an overlong line is reported by number and skipped without being kept', async () => {
  const chunks = ['ok\n', 'x'.repeat(30), 'y'.repeat(30), 'z\nafter\n', 'w'.repeat(80)];
  const got = [];
  for await (const l of readLines(Readable.from(chunks), 50)) got.push(l);
  assert.deepEqual(got, [
    { line: 1, text: 'ok' },
    { line: 2, text: '', tooLong: true, length: 61 },
    { line: 3, text: 'after' },
    { line: 4, text: '', tooLong: true, length: 80 },
  ]);
});

const recordCases: Array<[string, string, string | null]> = [
  ['text record', '{"id":"a","text":"x"}', null],
  ['html record with url', '{"id":"a","html":"<p>x</p>","url":"https://e.org"}', null],
  ['numeric id', '{"id":0,"text":"x"}', null],
  ['empty string id', '{"id":"","text":"x"}', 'INVALID_INPUT'],
  ['id object', '{"id":{},"text":"x"}', 'INVALID_INPUT'],
  ['text number', '{"id":"a","text":5}', 'INVALID_INPUT'],
  ['lang number', '{"id":"a","text":"x","lang":5}', 'INVALID_INPUT'],
  ['a JSON string', '"text"', 'INVALID_INPUT'],
  ['null', 'null', 'INVALID_INPUT'],
  ['not JSON', '{id: 1}', 'INVALID_INPUT'],
];
for (const [label, line, code] of recordCases) {
  test(`parseRecordLine: ${label}`, () => {
    const parsed = parseRecordLine(line, 4);
    if (code === null) assert.equal(parsed.ok, true);
    else {
      assert.equal(parsed.ok, false);
      if (parsed.ok === false) {
        assert.equal(parsed.error.code, code);
        assert.equal(parsed.error.line, 4);
        assert.match(parsed.error.message, /line 4/);
      }
    }
  });
}

test('readDoneIds: reads ids and cuts a partial last line back to the last complete line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-resume-'));
  try {
    const path = join(dir, 'out.jsonl');
    const complete = jsonl([{ id: 'a', bullets: [] }, { id: 2, bullets: [] }]);
    writeFileSync(path, complete + '{"id":"c","bull');
    const state = await readDoneIds(path);
    assert.deepEqual([...state.ids].sort(), [['"a"', 1], ['2', 1]]);
    assert.equal(state.lines, 2);
    assert.equal(state.truncatedBytes, Buffer.byteLength('{"id":"c","bull'));
    assert.equal(readFileSync(path, 'utf8'), complete);
    const again = await readDoneIds(path);
    assert.equal(again.truncatedBytes, 0);
    assert.deepEqual((await readDoneIds(join(dir, 'missing.jsonl'))).ids.size, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failing output stream ends the run with a coded error, not a crash', async () => {
  const records = Array.from({ length: 50 }, (_, i) => ({ id: i, text: `t${i}` }));
  let writes = 0;
  const broken = new Writable({
    write(_chunk, _enc, done) {
      writes += 1;
      done(writes === 5 ? new Error('ENOSPC: no space left on device') : null);
    },
  });
  await assert.rejects(
    runBatch({ input: Readable.from([jsonl(records)]), output: broken, errors: collector().stream, summarize: fakeSummarize(), concurrency: 2 }),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /ENOSPC/.test(e.message),
  );
});
