/**
 * The HTTP API with a model back-end configured at start, against the chat-completions server
 * on loopback: the backend field, /v1/backends, server-sent events, the cache, and the
 * server's own key kept away from the model's host.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { summarize } from '../../src/index.js';
import { buildServer } from '../../src/server/index.js';
import { loadServerModel, type ServerModel } from '../../src/server/model.js';
import { disposeBackends } from '../../src/backends/index.js';
import { clearModelCache } from '../../src/ground/index.js';
import type { Bullet, Summary } from '../../src/types.js';
import { askedCount, reply, sentenceBullets, startChatServer, type ChatServer } from '../helpers/chat-server.js';

const DE = readFileSync(new URL('../../examples/de-wikinews-rumaenien-parlamentswahl.txt', import.meta.url), 'utf8');
const SERVER_KEY = 'kp-server-secret-123456';

let chat: ChatServer;
let model: ServerModel;
let app: FastifyInstance;
let base: string;

/** Reads a server-sent event stream into its events. */
async function events(res: Response): Promise<Array<{ event: string; data: unknown }>> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as unknown;
      return { event, data };
    });
}

before(async () => {
  chat = await startChatServer();
  // The server's own key is in the environment; no OPENAI_API_KEY: the model's host must not get it.
  model = await loadServerModel({ name: 'openai', options: { model: 'test-model', baseUrl: chat.url, modelRetries: 0 } }, { KERNPUNKTE_API_KEY: SERVER_KEY });
  app = buildServer({ summarize, model, logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await app.close();
  await chat.close();
  await disposeBackends();
});

const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${base}/v1/summarize`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('server with a model back-end', () => {
  it('lists it at /v1/backends, with the model name and without the address', async () => {
    const res = await fetch(`${base}/v1/backends`);
    const body = (await res.json()) as { default: string; backends: Array<{ name: string; model?: string }> };
    assert.equal(body.default, 'extractive');
    assert.deepEqual(body.backends, [{ name: 'extractive' }, { name: 'openai', model: 'test-model' }]);
    assert.ok(!JSON.stringify(body).includes(chat.url));
  });

  it('answers backend: openai with model bullets, then the same request from the cache', async () => {
    clearModelCache();
    const n = chat.requests.length;
    const first = await post({ text: DE, backend: 'openai' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('x-cache'), 'miss');
    const summary = (await first.json()) as Summary;
    assert.equal(summary.backend, 'openai');
    assert.ok(summary.bullets.every((b) => b.origin === 'model' && b.check?.consistent === true));
    const second = await post({ text: DE, backend: 'openai' });
    assert.equal(second.headers.get('x-cache'), 'hit');
    assert.deepEqual(await second.json(), summary);
    assert.equal(chat.requests.length, n + 1);
    assert.ok(!String(chat.requests[n]!.headers.authorization).includes(SERVER_KEY), "the server's own key went to the model's host");
  });

  it('without backend, the extractive path answers as before', async () => {
    const n = chat.requests.length;
    const res = await post({ text: DE });
    const summary = (await res.json()) as Summary;
    assert.equal(res.status, 200);
    assert.equal(chat.requests.length, n);
    assert.ok(summary.bullets.every((b) => b.origin === undefined));
  });

  it('streams bullets as server-sent events, each with sources and check, then the summary', async () => {
    clearModelCache();
    chat.script.push((req, res) => reply(req, res, sentenceBullets(req, askedCount(req), (t) => t.replace('18,3', '19,3'))));
    // bullets: 3 makes it a request the server has not cached.
    const res = await post({ text: DE, backend: 'openai', bullets: 3 }, { accept: 'text/event-stream' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const all = await events(res);
    const bullets = all.filter((e) => e.event === 'bullet').map((e) => e.data as { position: number; bullet: Bullet });
    assert.equal(bullets.length, 3);
    assert.deepEqual(bullets.map((b) => b.position), [0, 1, 2]);
    assert.ok(bullets.every((b) => b.bullet.sources.length > 0));
    assert.ok(bullets.every((b) => !b.bullet.text.includes('19,3')));
    assert.ok(bullets.some((b) => b.bullet.origin === 'extractive'), 'the bullet with the wrong number was not replaced');
    assert.ok(bullets.filter((b) => b.bullet.origin === 'model').every((b) => b.bullet.check?.consistent === true));
    assert.equal(all.at(-1)!.event, 'summary');
    const summary = all.at(-1)!.data as Summary;
    assert.deepEqual(summary.bullets, bullets.map((b) => b.bullet));
    assert.ok(summary.warnings.some((w) => w.code === 'BULLET_REPLACED'));
  });

  it('refuses a back-end it was not started with', async () => {
    const res = await post({ text: DE, backend: 'llama' });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { code: string; details?: { valid?: string[] } };
    assert.equal(problem.code, 'INVALID_OPTION');
    assert.deepEqual(problem.details?.valid, ['extractive', 'openai']);
  });
});

describe('server without a model back-end', () => {
  it('says so when a request asks for one, and lists only extractive', async () => {
    const plain = buildServer({ summarize, logLevel: 'silent' });
    const res = await plain.inject({ method: 'POST', url: '/v1/summarize', payload: { text: DE, backend: 'openai' } });
    assert.equal(res.statusCode, 400);
    assert.match(res.json<{ detail: string }>().detail, /no model back-end.*--backend/);
    const list = await plain.inject({ method: 'GET', url: '/v1/backends' });
    assert.deepEqual(list.json(), { default: 'extractive', backends: [{ name: 'extractive' }] });
    await plain.close();
  });
});
