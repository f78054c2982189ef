/** The queue library against a real Redis: add, work, retry, fail, export, status. */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { addRecords, exportResults, queueStatus, runJob, startQueueWorker, jobIdFor, resultsKey } from '../../src/queue/index.js';
import { KernpunkteError } from '../../src/errors.js';
import type { Summary, SummarizeInput } from '../../src/types.js';

let redis: TestRedis;
before(async () => {
  redis = await startRedis();
});
after(async () => {
  await redis?.stop();
});
beforeEach(async () => {
  await redis.flush();
});

function sink(): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

function jsonl(records: unknown[]): Readable {
  return Readable.from([records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n']);
}

function textOf(input: SummarizeInput): string {
  return typeof input === 'string' ? input : 'text' in input ? input.text : '';
}

function fakeSummary(text: string): Summary {
  return { lang: 'de', title: null, heading: 'Zusammenfassung', bullets: [{ text, sources: [] }], method: 'fake', warnings: [], dropped: [] };
}

test('job ids: stable, never an integer, never a colon', () => {
  assert.equal(jobIdFor('a'), jobIdFor('a'));
  assert.notEqual(jobIdFor(1), jobIdFor('a'));
  assert.equal(jobIdFor(1), jobIdFor('1'), 'numeric and string ids are one record');
  for (const id of [1, '12', 'a:b', 'ä ö/?#']) {
    assert.ok(!/^\d+$/.test(jobIdFor(id)) && !jobIdFor(id).includes(':'), String(id));
  }
});

test('runJob: input errors are permanent, INTERNAL ones transient', async () => {
  const data = { id: 'x', line: 7, input: { text: 't' } };
  const permanent = await runJob(data, async () => {
    throw new KernpunkteError('TOO_SHORT', 'too short', {});
  });
  assert.deepEqual(permanent.ok === false && [permanent.transient, permanent.error.code, JSON.parse(permanent.errorLine)], [
    false,
    'TOO_SHORT',
    { line: 7, id: 'x', code: 'TOO_SHORT', message: 'too short' },
  ]);
  const transient = await runJob(data, async () => {
    throw new Error('thread died');
  });
  assert.equal(transient.ok === false && transient.transient, true);
});

test('add: bad lines reported by number; re-adding is a no-op; worker stores one result per id', async () => {
  const records = [
    { id: 'a', text: 'alpha' },
    '{"id": "broken"',
    { id: 'b', text: 'beta' },
    { text: 'no id' },
    { id: 'a', text: 'alpha again' }, // same id: one job, one result
    { id: 3, text: 'gamma' },
  ];
  const errors = sink();
  const first = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: errors.stream });
  assert.deepEqual(errors.lines().map((l) => (JSON.parse(l) as { line: number }).line), [2, 4]);
  assert.equal(first.failed, 2);
  assert.equal((await queueStatus({ redis: redis.url, queue: 't1' })).waiting, 3, 'the duplicate id is one job');

  const again = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: sink().stream });
  assert.equal((await queueStatus({ redis: redis.url, queue: 't1' })).waiting, 3, 'adding again while queued adds nothing');
  assert.equal(again.failed, 2);

  const worker = await startQueueWorker({ redis: redis.url, queue: 't1', concurrency: 2, untilEmpty: true, summarize: async (i) => fakeSummary(textOf(i)) });
  const stats = await worker.done;
  assert.equal(stats.ok, 3);

  const afterDone = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: sink().stream });
  assert.equal(afterDone.added, 0);
  assert.equal(afterDone.alreadyDone, 4, 'every valid line already has its result');

  const out = sink();
  const counts = await exportResults({ redis: redis.url, queue: 't1', output: out.stream });
  assert.equal(counts.results, 3);
  const ids = out.lines().map((l) => (JSON.parse(l) as { id: unknown }).id);
  assert.deepEqual([...ids].sort(), [3, 'a', 'b'].sort());
  const status = await queueStatus({ redis: redis.url, queue: 't1' });
  assert.deepEqual([status.waiting, status.active, status.completed, status.failed, status.results], [0, 0, 3, 0, 3]);
});

test('input errors fail at once with their code; transient errors are retried with backoff', async () => {
  const calls = new Map<string, number>();
  const summarize = async (input: SummarizeInput): Promise<Summary> => {
    const text = textOf(input);
    calls.set(text, (calls.get(text) ?? 0) + 1);
    if (text === 'empty') throw new KernpunkteError('EMPTY_INPUT', 'the text is empty', {});
    if (text === 'flaky' && calls.get(text)! < 3) throw new Error('worker thread crashed');
    if (text === 'broken') throw new Error('always broken');
    return fakeSummary(text);
  };
  await addRecords({
    input: jsonl([{ id: 'e', text: 'empty' }, { id: 'f', text: 'flaky' }, { id: 'ok', text: 'fine' }, { id: 'x', text: 'broken' }]),
    redis: redis.url,
    queue: 't2',
    errors: sink().stream,
    backoffMs: 50,
  });
  const worker = await startQueueWorker({ redis: redis.url, queue: 't2', concurrency: 2, untilEmpty: true, summarize });
  const stats = await worker.done;
  assert.equal(calls.get('empty'), 1, 'an input error is not retried');
  assert.equal(calls.get('flaky'), 3, 'a transient error is retried until it succeeds');
  assert.equal(calls.get('broken'), 3, 'retries stop after `attempts`');
  assert.deepEqual([stats.ok, stats.failed, stats.retried], [2, 2, 4]);

  const client = new Redis(redis.url);
  try {
    assert.deepEqual((await client.hkeys(resultsKey('t2'))).sort(), ['f', 'ok']);
  } finally {
    client.disconnect();
  }
  const errors = sink();
  await exportResults({ redis: redis.url, queue: 't2', output: sink().stream, errors: errors.stream });
  const failed = errors.lines().map((l) => JSON.parse(l) as { id: string; line: number; code: string }).sort((a, b) => a.line - b.line);
  assert.deepEqual(failed.map((e) => [e.line, e.id, e.code]), [
    [1, 'e', 'EMPTY_INPUT'],
    [4, 'x', 'INTERNAL'],
  ]);
  const status = await queueStatus({ redis: redis.url, queue: 't2' });
  assert.deepEqual([status.failed, status.completed, status.errors], [2, 2, 2]);
});

// The timeout is only a hang guard: a client that retried forever would never reject.
test('a wrong Redis URL is a coded error, not a hang', { timeout: 30_000 }, async () => {
  await assert.rejects(queueStatus({ redis: 'redis://127.0.0.1:1' }), (e: unknown) => e instanceof KernpunkteError && e.code === 'QUEUE_UNAVAILABLE');
  await assert.rejects(queueStatus({ redis: 'http://x' }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
  await assert.rejects(queueStatus({ redis: redis.url, queue: 'a:b' }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
});

test('add: a byte-order mark before line 1 is not a bad line', async () => {
  const errors = sink();
  const input = Readable.from(['\uFEFF' + JSON.stringify({ id: 'bom', text: 'x' }) + '\r\n' + JSON.stringify({ id: 'two', text: 'y' }) + '\r\n']);
  const stats = await addRecords({ input, redis: redis.url, queue: 'bom', errors: errors.stream });
  assert.deepEqual([stats.added, stats.failed, errors.lines()], [2, 0, []]);
});

test('add: bad lines wait for a slow errors stream, and a failing one is a coded error, not a crash', async () => {
  const bad = Array.from({ length: 40 }, (_, i) => `not json ${i}`);
  const written: string[] = [];
  const slow = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _e, done) {
      setTimeout(() => {
        written.push(chunk.toString());
        done();
      }, 1);
    },
  });
  const stats = await addRecords({ input: jsonl(bad), redis: redis.url, queue: 'slow', errors: slow });
  assert.equal(stats.failed, 40);
  assert.equal(slow.writableLength, 0, 'everything was written before add resolved');
  assert.deepEqual(written.map((l) => (JSON.parse(l) as { line: number }).line), bad.map((_, i) => i + 1));

  let writes = 0;
  const broken = new Writable({
    write(_chunk, _e, done) {
      writes += 1;
      done(writes === 3 ? new Error('ENOSPC: no space left on device') : null);
    },
  });
  await assert.rejects(
    addRecords({ input: jsonl(bad), redis: redis.url, queue: 'broken', errors: broken }),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /ENOSPC/.test(e.message),
  );
});

test('export: a failing output stream is a coded error', async () => {
  await addRecords({ input: jsonl([{ id: 'a', text: 'alpha' }, { id: 'b', text: 'beta' }]), redis: redis.url, queue: 'exp', errors: sink().stream });
  const worker = await startQueueWorker({ redis: redis.url, queue: 'exp', concurrency: 1, untilEmpty: true, summarize: async (i) => fakeSummary(textOf(i)) });
  await worker.done;
  const broken = new Writable({ write: (_c, _e, done) => done(new Error('EPIPE: broken pipe')) });
  await assert.rejects(
    exportResults({ redis: redis.url, queue: 'exp', output: broken }),
    (e: unknown) => e instanceof KernpunkteError && e.code === 'INTERNAL' && /EPIPE/.test(e.message),
  );
});

test('worker: each failure says once whether it was final; the code rides along', async () => {
  const summarize = async (input: SummarizeInput): Promise<Summary> => {
    const text = textOf(input);
    if (text === 'empty') throw new KernpunkteError('EMPTY_INPUT', 'the text is empty', {});
    throw new Error('always broken');
  };
  await addRecords({
    input: jsonl([{ id: 'e', text: 'empty' }, { id: 'x', text: 'broken' }]),
    redis: redis.url,
    queue: 'final',
    errors: sink().stream,
    backoffMs: 20,
  });
  const events: Array<{ id: string; final: boolean; code?: string }> = [];
  const worker = await startQueueWorker({
    redis: redis.url,
    queue: 'final',
    concurrency: 1,
    untilEmpty: true,
    summarize,
    onJob: ({ id, ok, final, code }) => {
      if (!ok) events.push({ id, final, ...(code ? { code } : {}) });
    },
  });
  const stats = await worker.done;
  assert.deepEqual(
    events.filter((e) => e.id === 'e'),
    [{ id: 'e', final: true, code: 'EMPTY_INPUT' }],
    'an input error is final on its first try',
  );
  assert.deepEqual(
    events.filter((e) => e.id === 'x').map((e) => [e.final, e.code]),
    [
      [false, 'INTERNAL'],
      [false, 'INTERNAL'],
      [true, 'INTERNAL'],
    ],
    'a transient error is final only on the last of its attempts',
  );
  assert.deepEqual([stats.ok, stats.failed, stats.retried], [0, 2, 2]);
});
