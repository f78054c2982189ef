/**
 * `kernpunkte summarize --backend openai …` as a user runs it, against the chat-completions
 * server on loopback: bullets on stdout, warnings on stderr, the key nowhere.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { askedCount, reply, sentenceBullets, startChatServer, type ChatServer } from '../helpers/chat-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = join(root, 'examples/de-wikinews-rumaenien-parlamentswahl.txt');
const KEY = 'sk-cli-test-9876543210';

/** The CLI in a child process (async: the fake server in this process must keep answering). */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
      cwd: root,
      env: { ...process.env, OPENAI_API_KEY: KEY, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

let server: ChatServer;
before(async () => {
  server = await startChatServer();
});
after(() => server.close());

describe('kernpunkte summarize --backend openai', () => {
  it('prints the model bullets under the heading', async () => {
    const r = await run(['summarize', article, '--backend', 'openai', '--model', 'm', '--base-url', server.url]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines[0], 'Zusammenfassung');
    assert.equal(lines.length, 4);
    const asked = server.requests.at(-1)!;
    assert.deepEqual(lines.slice(1), asked.numbered.slice(1, 4).map((s) => `• ${s}`));
    assert.equal(asked.headers.authorization, `Bearer ${KEY}`);
  });

  it('never prints a bullet that fails the check; says so on stderr, without the key', async () => {
    server.script.push((req, res) => reply(req, res, sentenceBullets(req, askedCount(req), (t) => t.replace('18,3', '19,3'))));
    const r = await run(['summarize', article, '--backend', 'openai', '--model', 'm', '--base-url', server.url]);
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes('19,3'));
    assert.match(r.err, /BULLET_REPLACED/);
    assert.ok(!(r.out + r.err).includes(KEY));
  });

  it('--format json shows each bullet\'s origin and check', async () => {
    server.script.push((req, res) => reply(req, res, sentenceBullets(req, askedCount(req), (t) => t.replace('18,3', '19,3'))));
    const r = await run(['summarize', article, '--backend', 'openai', '--model', 'm', '--base-url', server.url, '--guard', 'warn', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const summary = JSON.parse(r.out) as { backend: string; bullets: Array<{ origin: string; check?: { consistent: boolean; issues: unknown[] } }> };
    assert.equal(summary.backend, 'openai');
    assert.ok(summary.bullets.every((b) => b.origin === 'model' && b.check !== undefined));
    assert.equal(summary.bullets.filter((b) => !b.check!.consistent).length, 1);
  });

  it('exits 2 with a coded line for an unknown back-end and a missing model file', async () => {
    const unknown = await run(['summarize', article, '--backend', 'gpt4']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /UNKNOWN_BACKEND: unknown backend "gpt4": must be one of extractive, openai, llama/);
    const dir = mkdtempSync(join(tmpdir(), 'kp-llama-'));
    const missing = await run(['summarize', article, '--backend', 'llama', '--model-path', join(dir, 'none.gguf')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /INVALID_OPTION: --model-path ".*none\.gguf" is not a file/);
  });
});

describe('kernpunkte batch --backend openai', () => {
  it('summarizes every record with the model, no more requests at once than --model-concurrency', async () => {
    const slow = await startChatServer(async (req, res) => {
      await new Promise((r) => setTimeout(r, 50));
      await reply(req, res, sentenceBullets(req, askedCount(req)));
    });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'kp-batch-'));
      const text = readFileSync(article, 'utf8');
      const records = Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `${text}\n\nNachtrag ${i}: Die Wahllokale schließen um 21 Uhr.` }));
      writeFileSync(join(dir, 'in.jsonl'), `${records.join('\n')}\n`);
      const r = await run(['batch', join(dir, 'in.jsonl'), '-o', join(dir, 'out.jsonl'), '--backend', 'openai', '--model', 'm', '--base-url', slow.url, '--model-concurrency', '2', '--no-progress']);
      assert.equal(r.code, 0, r.err);
      const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; backend: string; bullets: Array<{ origin: string }> });
      assert.deepEqual(out.map((o) => o.id), ['r0', 'r1', 'r2', 'r3', 'r4']);
      assert.ok(out.every((o) => o.backend === 'openai' && o.bullets.every((b) => b.origin === 'model')));
      assert.equal(slow.requests.length, 5);
      assert.equal(slow.maxActive, 2);
    } finally {
      await slow.close();
    }
  });
});
