/**
 * Bombs (issue 11): pages the extractor refuses for their node count are refused as their body
 * arrives, with the extractor's own problem, before the body is parsed or reaches the
 * summarizer; pages just under the limits still summarize; ordinary requests are served while
 * bombs are on their way; a client that sent a bomb waits before its next request is read.
 * Real server on loopback; no timing asserts (the speed lives in `npm run bench -- server`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { summarize as librarySummarize } from '../../src/index.js';
import { isKernpunkteError } from '../../src/errors.js';
import { markupStats } from '../../src/extract/00-limits.js';
import { EXTRACT_RULES } from '../../src/extract/rules.js';
import { buildServer, type BuildServerOptions } from '../../src/server/index.js';
import type { SummarizeInput, SummarizeOptions } from '../../src/types.js';
import { exampleArticle, fakeSummary } from './helpers.js';

/** A summarizer that records its calls and answers with the fake summary. */
function recording() {
  const calls: SummarizeInput[] = [];
  return {
    calls,
    summarize: async (input: SummarizeInput, options: SummarizeOptions) => {
      calls.push(input);
      return fakeSummary(input, options);
    },
  };
}

async function listen(options: Partial<BuildServerOptions> & Pick<BuildServerOptions, 'summarize'>) {
  const app = buildServer({ logLevel: 'silent', ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address && typeof address === 'object');
  return { app, url: `http://127.0.0.1:${address.port}`, port: address.port };
}

/** The bomb: a paragraph of nothing but character references (1.9 MB with 380,000). */
function bomb(references = 380_000): string {
  return `<html><body><article><h1>T</h1><p>${'&amp;'.repeat(references)}</p></article></body></html>`;
}

/** The Wikinews example as a page, with `padding` extra nodes (" &amp;" is two) in one more paragraph. */
function page(padding: number): string {
  const paragraphs = exampleArticle()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<html lang="de"><head><title>Wahl</title></head><body><article>${paragraphs}<p>Zeichen:${' &amp;'.repeat(Math.ceil(padding / 2))}</p></article></body></html>`;
}

async function post(url: string, body: unknown) {
  const res = await fetch(`${url}/v1/summarize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { res, body: (await res.json()) as Record<string, unknown> };
}

function assertProblem(res: Response) {
  assert.match(String(res.headers.get('content-type')), /^application\/problem\+json/);
  assert.equal(typeof res.headers.get('x-request-id'), 'string');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
}

describe('bombs are refused as they arrive', () => {
  it('answers the extractor’s own 422 problem, and the summarizer never sees the page', async () => {
    const rec = recording();
    const { app, url } = await listen({ summarize: rec.summarize, penaltyMs: 0 });
    const { res, body } = await post(url, { html: bomb(), bullets: 3 });
    assert.equal(res.status, 422);
    assertProblem(res);
    assert.equal(body.code, 'NO_ARTICLE');
    const details = body.details as { reason: string; nodes: number; limit: number };
    assert.equal(details.reason, 'too-many-nodes');
    assert.equal(details.limit, EXTRACT_RULES.maxNodes);
    assert.ok(details.nodes > EXTRACT_RULES.maxNodes && details.nodes <= 380_000 + 10, `nodes ${details.nodes}: a count the page has at least`);
    assert.equal(rec.calls.length, 0, 'refused before the summarizer');
    // The library, given the same page, refuses it with the same code and words.
    const library = await librarySummarize({ html: bomb(60_000) }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(isKernpunkteError(library));
    assert.equal(library.code, body.code);
    assert.equal(library.message, body.detail);
    await app.close();
  });

  it('refuses a bomb whose references are written as JSON escapes, and keeps the last of two html members', async () => {
    const rec = recording();
    const { app, url } = await listen({ summarize: rec.summarize, penaltyMs: 0 });
    const escaped = JSON.stringify({ html: bomb(60_000) }).replace(/&/g, '\\u0026');
    const res = await fetch(`${url}/v1/summarize`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: escaped });
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { code: string }).code, 'NO_ARTICLE');
    // JSON.parse keeps the last member of a name: a bomb followed by an ordinary page is that page.
    const twice = `{"html":${JSON.stringify(bomb(60_000))},"html":${JSON.stringify(page(0))}}`;
    const ok = await fetch(`${url}/v1/summarize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: twice });
    assert.equal(ok.status, 200);
    assert.equal(rec.calls.length, 1);
    const first = rec.calls[0];
    assert.ok(typeof first === 'object' && 'html' in first && !first.html.includes('&amp;&amp;'), 'the page summarized is the second one');
    await app.close();
  });

  it('summarizes a page just under the node limit, and refuses one just over it', async () => {
    const base = markupStats(page(0)).nodes;
    const under = page(EXTRACT_RULES.maxNodes - base - 4);
    const over = page(EXTRACT_RULES.maxNodes - base + 4);
    const underNodes = markupStats(under).nodes;
    assert.ok(underNodes <= EXTRACT_RULES.maxNodes && underNodes > EXTRACT_RULES.maxNodes - 10, `under: ${underNodes} nodes`);
    assert.ok(markupStats(over).nodes > EXTRACT_RULES.maxNodes);
    const { app, url } = await listen({ summarize: (input, options) => librarySummarize(input, options), penaltyMs: 0 });
    const ok = await post(url, { html: under, bullets: 3 });
    assert.equal(ok.res.status, 200, JSON.stringify(ok.body).slice(0, 300));
    assert.ok(Array.isArray(ok.body.bullets) && ok.body.bullets.length > 0);
    const refused = await post(url, { html: over, bullets: 3 });
    assert.equal(refused.res.status, 422);
    assert.equal(refused.body.code, 'NO_ARTICLE');
    await app.close();
  });

  it('serves an ordinary request while bombs are half sent, then refuses each bomb', async () => {
    const rec = recording();
    const { app, url, port } = await listen({ summarize: rec.summarize, penaltyMs: 0 });
    const body = Buffer.from(JSON.stringify({ html: bomb() }));
    const half = Math.floor(body.length / 2);
    const bombs = Array.from({ length: 8 }, () => {
      const socket = net.connect(port, '127.0.0.1');
      let response = '';
      socket.on('data', (d) => (response += d.toString('latin1')));
      const answered = new Promise<string>((resolve) => socket.on('data', () => response.includes('\r\n\r\n') && resolve(response)));
      // The first half holds far more references than the limit: the refusal is decided.
      const sentHalf = new Promise<void>((resolve) =>
        socket.on('connect', () => {
          socket.write(`POST /v1/summarize HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
          socket.write(body.subarray(0, half), () => resolve());
        }),
      );
      return { socket, answered, sentHalf };
    });
    await Promise.all(bombs.map((b) => b.sentHalf));
    const ordinary = await post(url, { text: exampleArticle(), bullets: 2 });
    assert.equal(ordinary.res.status, 200);
    assert.equal(rec.calls.length, 1);
    for (const b of bombs) b.socket.write(body.subarray(half));
    for (const b of bombs) {
      const response = await b.answered;
      assert.match(response, /^HTTP\/1\.1 422 /);
      b.socket.destroy();
    }
    assert.equal(rec.calls.length, 1, 'no bomb reached the summarizer');
    await app.close();
  });
});

describe('a client that sent a bomb waits', () => {
  /** Sends only the head of a request that announces a body, and reads the answer. */
  function headOnly(port: number): Promise<string> {
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let response = '';
      socket.on('data', (d) => (response += d.toString('latin1')));
      socket.on('close', () => resolve(response));
      socket.on('error', () => undefined);
      socket.on('connect', () => socket.write('POST /v1/summarize HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n'));
    });
  }

  it('gets 429 with Retry-After before its body is read when the penalty is longer than the queue wait', async () => {
    const rec = recording();
    const { app, url, port } = await listen({ summarize: rec.summarize, penaltyMs: 60_000, queueWaitMs: 10 });
    const first = await post(url, { html: bomb(60_000) });
    assert.equal(first.res.status, 422);
    // The body is never sent: the answer comes from the head alone, and the connection is closed.
    const response = await headOnly(port);
    assert.match(response, /^HTTP\/1\.1 429 /);
    assert.match(response, /\r\nretry-after: (\d+)\r\n/i);
    assert.ok(Number(/\r\nretry-after: (\d+)\r\n/i.exec(response)![1]) > 1);
    assert.match(response, /\r\nconnection: close\r\n/i);
    assert.match(response, /"code":"RATE_LIMITED"/);
    // Other routes are not held.
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    await app.close();
  });

  it('is served after the penalty when it is within the queue wait; without a penalty at once', async () => {
    for (const penaltyMs of [50, 0]) {
      const rec = recording();
      const { app, url } = await listen({ summarize: rec.summarize, penaltyMs });
      assert.equal((await post(url, { html: bomb(60_000) })).res.status, 422);
      const next = await post(url, { text: exampleArticle(), bullets: 2 });
      assert.equal(next.res.status, 200);
      assert.equal(rec.calls.length, 1);
      await app.close();
    }
  });
});
