/** The shared line I/O of batch and queue: reading (BOM, resume) and writing (backpressure, stream errors). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { KernpunkteError } from '../../src/errors.js';
import { closeOutputs, errorLine, lineWriter, openOutput, readDoneIds, readLines, withOutputs } from '../../src/batch/index.js';
import { readJsonl } from '../../src/eval/jsonl.js';

async function lines(chunks: Array<string | Buffer>): Promise<string[]> {
  const got: string[] = [];
  for await (const l of readLines(Readable.from(chunks, { objectMode: true }), 1000)) got.push(l.text);
  return got;
}

const bomCases: Array<[string, Array<string | Buffer>, string[]]> = [
  ['a BOM before line 1 (string chunks)', ['\uFEFF{"id":1}\n{"id":2}\n'], ['{"id":1}', '{"id":2}']],
  ['a BOM before line 1, bytes split over chunks', [Buffer.from([0xef]), Buffer.from([0xbb, 0xbf, 0x7b, 0x7d, 0x0a])], ['{}']],
  ['an empty first chunk, then the BOM', ['', '\uFEFFx\n'], ['x']],
  ['a BOM with CRLF lines (Windows editors)', ['\uFEFFa\r\nb\r\n'], ['a', 'b']],
  ['only the first BOM goes: one inside line 2 stays', ['a\n\uFEFFb\n'], ['a', '\uFEFFb']],
];
for (const [label, chunks, expected] of bomCases) {
  test(`readLines: ${label}`, async () => {
    assert.deepEqual(await lines(chunks), expected);
  });
}

test('readJsonl (evaluation sets) reads through readLines: BOM dropped, line numbers kept', async () => {
  const items = [];
  for await (const item of readJsonl(Readable.from(['\uFEFF{"a":1}\r\n', '\n', 'oops\n', '{"a":2}']))) items.push(item);
  assert.deepEqual(items[0], { line: 1, value: { a: 1 } });
  assert.equal(items[1]?.line, 3);
  assert.ok(items[1] && 'error' in items[1]);
  assert.deepEqual(items[2], { line: 4, value: { a: 2 } });
});

test('readDoneIds: a BOM, CRLF lines, and a file that is one partial line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-resume-bom-'));
  try {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, '\uFEFF{"id":"a"}\r\n{"id":7}\r\n{"id":"cut');
    const state = await readDoneIds(path);
    assert.deepEqual([...state.ids].sort(), [['"a"', 1], ['7', 1]]);
    assert.equal(state.lines, 2);
    assert.equal(state.truncatedBytes, Buffer.byteLength('{"id":"cut'));
    const only = join(dir, 'partial.jsonl');
    writeFileSync(only, '{"id":"x","bullets":[');
    const partial = await readDoneIds(only);
    assert.deepEqual([partial.ids.size, partial.lines, readFileSync(only, 'utf8')], [0, 0, '']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readDoneIds: the last newline is found across many 64 KB chunks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-resume-long-'));
  try {
    const path = join(dir, 'out.jsonl');
    const complete = JSON.stringify({ id: 'long', text: 'x'.repeat(50_000) }) + '\n';
    const partial = JSON.stringify({ id: 'cut', text: 'y'.repeat(300_000) }).slice(0, -10);
    writeFileSync(path, complete + partial);
    const state = await readDoneIds(path);
    assert.deepEqual([...state.ids], [['"long"', 1]]);
    assert.equal(state.truncatedBytes, Buffer.byteLength(partial));
    assert.equal(readFileSync(path, 'utf8'), complete);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('errorLine: {line, id?, code, message} and a newline, id left out when unknown', () => {
  assert.equal(errorLine({ line: 3, code: 'INVALID_INPUT', message: 'bad' }), '{"line":3,"code":"INVALID_INPUT","message":"bad"}\n');
  assert.deepEqual(JSON.parse(errorLine({ line: 4, id: 0, code: 'EMPTY_INPUT', message: 'empty' })), { line: 4, id: 0, code: 'EMPTY_INPUT', message: 'empty' });
});

/** A writable that takes `delayMs` per chunk with a tiny buffer: write() returns false at once. */
function slowSink(delayMs: number): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _enc, done) {
      setTimeout(() => {
        chunks.push(chunk.toString());
        done();
      }, delayMs);
    },
  });
  return { stream, text: () => chunks.join('') };
}

test('lineWriter: waits for drain; every line arrives whole and in order', async () => {
  const sink = slowSink(1);
  const writer = lineWriter([sink.stream], 'test output');
  let maxBuffered = 0;
  for (let i = 0; i < 50; i++) {
    await writer.write(sink.stream, `line ${i}\n`);
    maxBuffered = Math.max(maxBuffered, sink.stream.writableLength);
  }
  writer.detach();
  await new Promise<void>((resolve) => sink.stream.end(resolve));
  assert.deepEqual(sink.text().split('\n').filter(Boolean), Array.from({ length: 50 }, (_, i) => `line ${i}`));
  assert.ok(maxBuffered <= 'line 49\n'.length, `never more than one line buffered (saw ${maxBuffered} bytes)`);
});

test('lineWriter: a stream error between writes is caught, and the next write throws it coded', async () => {
  const stream = new Writable({ write: (_c, _e, done) => done() });
  const writer = lineWriter([stream], 'test output');
  await writer.write(stream, 'a\n');
  // Emitted while no write is pending: without the writer's listener this would crash the process.
  stream.destroy(new Error('ENOSPC: no space left on device'));
  await new Promise((r) => setImmediate(r));
  await assert.rejects(writer.write(stream, 'b\n'), (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /test output: ENOSPC/.test(e.message));
  writer.detach();
});

test('lineWriter: a stream that fails while the writer waits for drain rejects instead of hanging', async () => {
  let calls = 0;
  const stream = new Writable({
    highWaterMark: 1,
    write(_chunk, _enc, done) {
      calls += 1;
      setTimeout(() => done(calls === 2 ? new Error('EIO: i/o error') : null), 1);
    },
  });
  const writer = lineWriter([stream], 'results');
  await assert.rejects(
    (async () => {
      for (let i = 0; i < 10; i++) await writer.write(stream, `${i}\n`);
    })(),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /EIO/.test(e.message),
  );
  writer.detach();
});

test('openOutput / closeOutputs: an unwritable path is INVALID_OPTION; a clean close flushes the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-output-'));
  try {
    assert.throws(() => openOutput(join(dir, 'missing', 'out.jsonl')), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
    const path = join(dir, 'out.jsonl');
    const out = openOutput(path);
    out.write('one\n');
    await closeOutputs([out, undefined, process.stdout]);
    assert.equal(readFileSync(path, 'utf8'), 'one\n');
    const again = openOutput(path, true);
    again.write('two\n');
    await closeOutputs([again]);
    assert.equal(readFileSync(path, 'utf8'), 'one\ntwo\n', 'append mode keeps what was there');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('withOutputs: the work error wins over a close error; a close error after success is thrown', async () => {
  const failing = (): Writable =>
    new Writable({
      write: (_c, _e, done) => done(),
      final: (done) => done(new Error('EIO at close')),
    });
  const s1 = failing();
  s1.on('error', () => undefined);
  await assert.rejects(
    withOutputs([s1], async () => {
      throw new KernpunkteError('INVALID_INPUT', 'the work failed', {});
    }),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_INPUT',
  );
  const s2 = failing();
  s2.on('error', () => undefined);
  await assert.rejects(
    withOutputs([s2], async () => 'done'),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /EIO at close/.test(e.message),
  );
  assert.equal(await withOutputs([], async () => 42), 42);
});
