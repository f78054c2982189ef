import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { createSummaryPool } from './index.js';
import { fromPlainError, toPlainError } from './protocol.js';
import { KernpunkteError } from '../errors.js';
import { summarize } from '../summarize/index.js';

// A real German article from the shared evaluation data (read at run time, never copied).
function firstArticle(): { text: string; title: string | null } {
  const url = new URL('../../../shared/data/de-news-teaser-fundus.jsonl', import.meta.url);
  const line = readFileSync(url, 'utf8').split('\n')[0] ?? '';
  const record = JSON.parse(line) as { text: string; title: string | null };
  return { text: record.text, title: record.title };
}

test('protocol: a KernpunkteError survives the round trip with its code and details', () => {
  const e = new KernpunkteError('UNKNOWN_METHOD', 'no such method', { valid: ['a', 'b'] });
  const back = fromPlainError(structuredClone(toPlainError(e)));
  assert.ok(back instanceof KernpunkteError);
  assert.equal(back.code, 'UNKNOWN_METHOD');
  assert.equal(back.message, 'no such method');
  assert.deepEqual(back.details, { valid: ['a', 'b'] });
});

test('protocol: unknown errors and unknown codes become INTERNAL', () => {
  assert.equal(toPlainError(new TypeError('x is undefined')).code, 'INTERNAL');
  assert.match(toPlainError(new TypeError('x is undefined')).message, /x is undefined/);
  assert.equal(toPlainError('a string').code, 'INTERNAL');
  assert.equal(toPlainError({ code: 'ENOENT', message: 'm' }).code, 'INTERNAL');
  assert.equal(toPlainError({ code: 'TOO_SHORT', message: 'short' }).code, 'TOO_SHORT');
  // @ts-expect-error a code from a newer or foreign version
  assert.equal(fromPlainError({ code: 'NOPE', message: 'm', details: {} }).code, 'INTERNAL');
});

test('protocol: details that do not survive JSON are dropped, not fatal', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const plain = toPlainError(new KernpunkteError('INVALID_INPUT', 'bad', cyclic));
  assert.deepEqual(plain.details, {});
  assert.doesNotThrow(() => structuredClone(plain));
});

test('pool: defaults to one thread per core and rejects a bad thread count', async () => {
  const pool = createSummaryPool();
  try {
    assert.equal(pool.threads, Math.max(1, os.availableParallelism()));
  } finally {
    await pool.destroy();
  }
  for (const threads of [0, -1, 1.5, Number.NaN]) {
    assert.throws(
      () => createSummaryPool({ threads }),
      (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION',
    );
  }
});

test('pool: summarizes on a thread exactly like the library does in process', async () => {
  const article = firstArticle();
  const pool = createSummaryPool({ threads: 2 });
  try {
    const [onThread, again] = await Promise.all([pool.run(article, { bullets: 2 }), pool.run(article, { bullets: 2 })]);
    const inProcess = await summarize(article, { bullets: 2 });
    assert.deepEqual(onThread, inProcess);
    assert.deepEqual(again, inProcess);
    assert.equal(onThread.bullets.length, 2);
    for (const bullet of onThread.bullets) {
      for (const source of bullet.sources) {
        assert.ok(source.start >= 0 && source.end <= article.text.length && source.start < source.end);
      }
    }
  } finally {
    await pool.destroy();
  }
});

test('pool: library errors cross the thread boundary as KernpunkteError with the same code', async () => {
  const pool = createSummaryPool({ threads: 1 });
  try {
    let expected: unknown;
    try {
      await summarize('   ');
    } catch (e) {
      expected = e;
    }
    assert.ok(expected instanceof KernpunkteError, 'the library rejects blank text');
    await assert.rejects(pool.run('   '), (e: unknown) => {
      assert.ok(e instanceof KernpunkteError);
      assert.equal(e.code, expected.code);
      assert.equal(e.message, expected.message);
      return true;
    });
    await assert.rejects(pool.run(firstArticle(), { method: 'no-such-method' }), (e: unknown) => {
      assert.ok(e instanceof KernpunkteError);
      assert.equal(e.code, 'UNKNOWN_METHOD');
      return true;
    });
  } finally {
    await pool.destroy();
  }
});

test('pool: run after destroy rejects with a coded error', async () => {
  const pool = createSummaryPool({ threads: 1 });
  await pool.destroy();
  await pool.destroy(); // idempotent
  await assert.rejects(pool.run('text'), (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL');
});

test('pool: an aborted task stops its thread, and the pool keeps working with a fresh one', async () => {
  // A page that never answers keeps the worker waiting; the abort must end that work (the
  // worker's socket closes) rather than leave it running, and the next task still runs.
  const { createServer } = await import('node:http');
  let socketClosed!: () => void;
  const closed = new Promise<void>((r) => (socketClosed = r));
  let requested!: () => void;
  const arrived = new Promise<void>((r) => (requested = r));
  const hang = createServer((req) => {
    req.socket.once('close', () => socketClosed());
    requested();
  });
  await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
  const port = (hang.address() as { port: number }).port;
  const pool = createSummaryPool({ threads: 1 });
  try {
    const controller = new AbortController();
    const stuck = pool.run({ url: `http://127.0.0.1:${port}/slow` }, { allowPrivateHosts: true, timeoutMs: 600_000 }, controller.signal);
    await arrived;
    const reason = new Error('deadline');
    controller.abort(reason);
    await assert.rejects(stuck, (e) => e === reason);
    await closed;
    const article = firstArticle();
    const summary = await pool.run({ text: article.text, title: article.title ?? undefined }, { bullets: 2 });
    assert.equal(summary.bullets.length, 2);
    // Already aborted: rejected before any thread is used.
    await assert.rejects(pool.run({ text: article.text }, {}, AbortSignal.abort(reason)), (e) => e === reason);
  } finally {
    await pool.destroy();
    hang.closeAllConnections();
    await new Promise<void>((r) => hang.close(() => r()));
  }
});
