/**
 * Distributed mode end to end, as processes: 1,000 real articles, two workers, one killed
 * with SIGKILL mid-run; every result must exist exactly once. Plus graceful SIGTERM.
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { batchRecords, REPO_ROOT } from '../batch/articles.js';
import { resultsKey } from '../../src/queue/index.js';

/** `kernpunkte …` from source, through the real main. */
const MAIN = join(REPO_ROOT, 'src/cli/main.ts');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; result: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const result = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, result };
}

function kp(args: string[]) {
  return start(args).result;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let redis: TestRedis;
let client: Redis;
let dir = '';
before(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
  dir = mkdtempSync(join(tmpdir(), 'kp-queue-'));
});
after(async () => {
  client?.disconnect();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await redis.flush();
});

// Short locks so that a killed worker's jobs are taken over within seconds.
const FAST_STALL = ['--lock-duration', '2000', '--stalled-interval', '1000'];

test('1,000 articles, two workers, one killed with SIGKILL mid-run: every result exactly once', { timeout: 300_000 }, async () => {
  const records = batchRecords(1000);
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const added = await kp(['queue', 'add', input, '--redis', redis.url, '--queue', 'big']);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stderr, /1000 added, 0 already done, 0 bad lines/);

  const victim = start(['worker', '--redis', redis.url, '--queue', 'big', '--concurrency', '2', ...FAST_STALL]);
  const survivor = start(['worker', '--redis', redis.url, '--queue', 'big', '--concurrency', '2', '--until-empty', ...FAST_STALL]);
  // Results arrive a job (32 records) at a time; on a loaded machine the first take a while.
  await waitFor(async () => (await client.hlen(resultsKey('big'))) >= 150, 150_000, '150 results');
  // Mid-run: the victim holds locked, active jobs when it dies.
  const activeBefore = await client.llen('bull:big:active');
  victim.child.kill('SIGKILL');
  const killed = await victim.result;
  assert.equal(killed.signal, 'SIGKILL');
  const resultsAtKill = await client.hlen(resultsKey('big'));
  assert.ok(resultsAtKill < 1000, `killed mid-run (${resultsAtKill} results at the kill)`);
  assert.ok(activeBefore > 0, 'jobs were active when the worker was killed');

  const finished = await survivor.result;
  assert.equal(finished.code, 0, finished.stderr);

  const out = join(dir, 'out.jsonl');
  const exported = await kp(['queue', 'export', out, '--redis', redis.url, '--queue', 'big']);
  assert.equal(exported.code, 0, exported.stderr);
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
  assert.equal(lines.length, 1000, 'one line per record');
  assert.equal(new Set(ids).size, 1000, 'no duplicates');
  assert.deepEqual([...ids].sort(), records.map((r) => r.id).sort(), 'exactly the records added');
  for (const line of lines.slice(0, 50)) {
    const r = JSON.parse(line) as { bullets: Array<{ text: string }> };
    assert.ok(r.bullets.length > 0 && r.bullets.every((b) => b.text.length > 0));
  }
  const status = await kp(['queue', 'status', '--redis', redis.url, '--queue', 'big', '--json']);
  assert.equal(status.code, 0, status.stderr);
  const counts = JSON.parse(status.stdout) as Record<string, number>;
  assert.deepEqual([counts.waiting, counts.active, counts.delayed, counts.failed, counts.results, counts.errors], [0, 0, 0, 0, 1000, 0]);
});

test('SIGTERM: the worker finishes its active jobs, exits 0, and leaves nothing active', { timeout: 120_000 }, async () => {
  const records = batchRecords(300);
  const input = join(dir, 'term.jsonl');
  writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // Small jobs, so that the active ones are a small part of the 300 records.
  assert.equal((await kp(['queue', 'add', input, '--redis', redis.url, '--queue', 'term', '--records-per-job', '8'])).code, 0);
  const worker = start(['worker', '--redis', redis.url, '--queue', 'term', '--concurrency', '2']);
  await waitFor(async () => (await client.hlen(resultsKey('term'))) >= 20, 30_000, '20 results');
  worker.child.kill('SIGTERM');
  const stopped = await worker.result;
  assert.equal(stopped.code, 0, stopped.stderr);
  assert.match(stopped.stderr, /finishing active jobs/);
  assert.equal(await client.llen('bull:term:active'), 0, 'no job left behind as active');
  // Every record of every job it took was stored, and nothing else.
  const completed = await client.zrange('bull:term:completed', '0', '-1');
  const taken = new Set<string>();
  for (const jobId of completed) {
    const data = JSON.parse((await client.hget(`bull:term:${jobId}`, 'data')) ?? '{}') as { records?: Array<{ id: unknown }> };
    for (const r of data.records ?? []) taken.add(JSON.stringify(r.id));
  }
  const stored = await client.hkeys(resultsKey('term'));
  assert.ok(completed.length > 0);
  assert.deepEqual([...stored].sort(), [...taken].sort(), 'every job it took was completed and stored');
  assert.ok(stored.length < 300, 'stopped before the end');

  // Another worker picks up the rest.
  const rest = await kp(['worker', '--redis', redis.url, '--queue', 'term', '--concurrency', '2', '--until-empty']);
  assert.equal(rest.code, 0, rest.stderr);
  assert.equal(await client.hlen(resultsKey('term')), 300);
});

test('queue add --errors / queue export --errors that resolve to another file argument are refused: exit 2, nothing truncated', async () => {
  const records = batchRecords(3);
  const input = join(dir, 'guard-in.jsonl');
  const inputText = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(input, inputText);
  const out = join(dir, 'guard-out.jsonl');
  writeFileSync(out, 'keep me\n');
  const cases: Array<[string, string[], string, string]> = [
    ['queue add IN --errors ./IN', ['queue', 'add', input, '--errors', `${dir}/./guard-in.jsonl`, '--redis', redis.url], input, inputText],
    ['queue export OUT --errors ./OUT', ['queue', 'export', out, '--errors', `${dir}//guard-out.jsonl`, '--redis', redis.url], out, 'keep me\n'],
  ];
  for (const [label, args, file, content] of cases) {
    const r = await kp(args);
    assert.equal(r.code, 2, `${label}: ${r.stderr}`);
    assert.match(r.stderr, /^kernpunkte: INVALID_OPTION: .*same file/m, label);
    assert.equal(readFileSync(file, 'utf8'), content, `${label}: the file is intact`);
  }
  assert.equal(await client.llen('bull:kernpunkte:wait'), 0, 'nothing was queued');
});
