/**
 * `kernpunkte serve` as a real process: flags over env, JSON logs, the real worker pool,
 * and a clean exit (code 0) on SIGTERM.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Summary } from '../../src/types.js';
import { exampleArticle, REPO_ROOT } from './helpers.js';

const MAIN = fileURLToPath(new URL('./fixtures/serve-main.ts', import.meta.url));

describe('kernpunkte serve (process)', { timeout: 60_000 }, () => {
  it('starts, serves with the pool, logs JSON with request ids, exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--concurrency', '5', '--threads', '1'], {
      cwd: REPO_ROOT,
      env: { ...process.env, KERNPUNKTE_CONCURRENCY: '3', KERNPUNKTE_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line within 30 s: ${stderr}`)), 30_000);
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });

    const health = (await (await fetch(`${url}/healthz`)).json()) as { concurrency: number; threads: number };
    assert.equal(health.concurrency, 5, 'the flag wins over KERNPUNKTE_CONCURRENCY');
    assert.equal(health.threads, 1);

    const res = await fetch(`${url}/v1/summarize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'serve-test-42' },
      body: JSON.stringify({ text: exampleArticle(), bullets: 3 }),
    });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as Summary).bullets.length, 3);

    child.kill('SIGTERM');
    assert.equal(await exited, 0, `exit code (stderr: ${stderr})`);
    const records = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { reqId?: string; level?: number });
    assert.ok(records.some((r) => r.reqId === 'serve-test-42'), 'a log line carries the request id');
  });

  it('refuses a bad setting with a coded message and exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '99999'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /INVALID_OPTION: port must be an integer from 0 to 65535/);
  });
});
