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

test('job ids: stable, never an integer, never a colon; the number 1 and the string "1" are two records', () => {
  assert.equal(jobIdFor(['a', 2]), jobIdFor(['a', 2]));
  assert.notEqual(jobIdFor([1]), jobIdFor(['a']));
  assert.notEqual(jobIdFor([1]), jobIdFor(['1']), 'a number and its string are two records');
  assert.notEqual(jobIdFor(['a', 'b']), jobIdFor(['a,b']));
  for (const ids of [[1], ['12'], ['a:b'], ['ä ö/?#', 3]]) {
    assert.ok(!/^\d+$/.test(jobIdFor(ids)) && !jobIdFor(ids).includes(':'), String(ids));
  }
});

test('ids are keyed by their JSON value: 1 and "1" both run and both are exported', async () => {
  const errors = sink();
  const added = await addRecords({ input: jsonl([{ id: 1, text: 'number one' }, { id: '1', text: 'string one' }]), redis: redis.url, queue: 'ids', errors: errors.stream });
  assert.deepEqual([added.added, added.failed, errors.lines()], [2, 0, []]);
  const worker = await startQueueWorker({ redis: redis.url, queue: 'ids', concurrency: 1, untilEmpty: true, summarize: async (i) => fakeSummary(textOf(i)) });
  assert.equal((await worker.done).ok, 2);
  const out = sink();
  assert.equal((await exportResults({ redis: redis.url, queue: 'ids', output: out.stream })).results, 2);
  const rows = out.lines().map((l) => JSON.parse(l) as { id: unknown; bullets: Array<{ text: string }> });
  assert.deepEqual(rows.map((r) => [r.id, r.bullets[0]?.text]).sort((a, b) => String(a[1]).localeCompare(String(b[1]))), [
    [1, 'number one'],
    ['1', 'string one'],
  ]);
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

test('add: bad lines and repeated ids reported by number; records grouped into jobs; re-adding is a no-op; one result per id', async () => {
  const records = [
    { id: 'a', text: 'alpha' },
    '{"id": "broken"',
    { id: 'b', text: 'beta' },
    { text: 'no id' },
    { id: 'a', text: 'alpha again' }, // same id: reported, not added
    { id: 3, text: 'gamma' },
  ];
  const errors = sink();
  const first = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: errors.stream, recordsPerJob: 2 });
  const bad = errors.lines().map((l) => JSON.parse(l) as { line: number; id?: unknown; code: string; message: string });
  assert.deepEqual(bad.map((e) => [e.line, e.id, e.code]), [
    [2, undefined, 'INVALID_INPUT'],
    [4, undefined, 'INVALID_INPUT'],
    [5, 'a', 'INVALID_INPUT'],
  ]);
  assert.match(bad[2]!.message, /line 1 has the same id/);
  assert.deepEqual([first.added, first.jobs, first.failed], [3, 2, 3]);
  assert.equal((await queueStatus({ redis: redis.url, queue: 't1' })).waiting, 2, 'two jobs: [a, b] and [3]');

  const again = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: sink().stream, recordsPerJob: 2 });
  assert.equal((await queueStatus({ redis: redis.url, queue: 't1' })).waiting, 2, 'adding again while queued adds nothing');
  assert.equal(again.failed, 3);

  const worker = await startQueueWorker({ redis: redis.url, queue: 't1', concurrency: 2, untilEmpty: true, summarize: async (i) => fakeSummary(textOf(i)) });
  const stats = await worker.done;
  assert.equal(stats.ok, 3);

  const afterDone = await addRecords({ input: jsonl(records), redis: redis.url, queue: 't1', errors: sink().stream, recordsPerJob: 2 });
  assert.deepEqual([afterDone.added, afterDone.jobs], [0, 0]);
  assert.equal(afterDone.alreadyDone, 3, 'every added record already has its result');

  const out = sink();
  const counts = await exportResults({ redis: redis.url, queue: 't1', output: out.stream });
  assert.equal(counts.results, 3);
  const rows = out.lines().map((l) => JSON.parse(l) as { id: unknown; bullets: Array<{ text: string }> });
  assert.deepEqual(rows.map((r) => `${JSON.stringify(r.id)} ${r.bullets[0]?.text}`).sort(), ['"a" alpha', '"b" beta', '3 gamma']);
  const status = await queueStatus({ redis: redis.url, queue: 't1' });
  assert.deepEqual([status.waiting, status.active, status.completed, status.failed, status.results], [0, 0, 2, 0, 3]);
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
  assert.equal(calls.get('fine'), 1, 'a record stored on the first try is not summarized again when its job is retried');
  assert.equal(calls.get('flaky'), 3, 'a transient error is retried until it succeeds');
  assert.equal(calls.get('broken'), 3, 'retries stop after `attempts`');
  assert.deepEqual([stats.ok, stats.failed, stats.retried], [2, 2, 4]);

  const client = new Redis(redis.url);
  try {
    assert.deepEqual((await client.hkeys(resultsKey('t2'))).sort(), ['"f"', '"ok"']);
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
  assert.deepEqual([status.failed, status.completed, status.results, status.errors], [0, 1, 2, 2], 'one job, done once each record is settled');
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
    onRecord: ({ id, ok, final, code }) => {
      if (!ok) events.push({ id, final, ...(code ? { code } : {}) });
    },
  });
  const stats = await worker.done;
  assert.deepEqual(
    events.filter((e) => e.id === '"e"'),
    [{ id: '"e"', final: true, code: 'EMPTY_INPUT' }],
    'an input error is final on its first try',
  );
  assert.deepEqual(
    events.filter((e) => e.id === '"x"').map((e) => [e.final, e.code]),
    [
      [false, 'INTERNAL'],
      [false, 'INTERNAL'],
      [true, 'INTERNAL'],
    ],
    'a transient error is final only on the last of its attempts',
  );
  assert.deepEqual([stats.ok, stats.failed, stats.retried], [0, 2, 2]);
});
