/**
 * The `openai` back-end against a real chat-completions server on loopback (test/helpers/
 * chat-server.ts): plain and streamed replies, 429 with Retry-After, 500, a hanging reply,
 * malformed JSON, a bullet with a wrong number, the key, the cache and the concurrency limit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { summarize } from '../../src/index.js';
import { disposeBackends } from '../../src/backends/index.js';
import { clearModelCache } from '../../src/ground/index.js';
import { KernpunkteError } from '../../src/errors.js';
import type { Summary, SummarizeOptions } from '../../src/types.js';
import { askedCount, error, hang, reply, sentenceBullets, startChatServer, type ChatServer } from '../helpers/chat-server.js';

const DE = readFileSync(new URL('../../examples/de-wikinews-rumaenien-parlamentswahl.txt', import.meta.url), 'utf8');
const EN = readFileSync(new URL('../../examples/en-wikinews-ozone-warming-crops.txt', import.meta.url), 'utf8');
const KEY = 'sk-test-0123456789abcdef';

let server: ChatServer;
const opts = (extra: SummarizeOptions = {}): SummarizeOptions => ({ backend: 'openai', model: 'test-model', baseUrl: server.url, modelRetries: 0, ...extra });

/** Every bullet's sources point at text that is in the input where the summary says. */
function assertOffsets(input: string, summary: Summary): void {
  for (const b of summary.bullets) {
    assert.ok(b.sources.length > 0, `bullet without sources: ${b.text}`);
    for (const s of b.sources) assert.ok(input.slice(s.start, s.end).trim().length > 0);
  }
}

before(async () => {
  process.env.OPENAI_API_KEY = KEY;
  server = await startChatServer();
});
after(async () => {
  await server.close();
  await disposeBackends();
  delete process.env.OPENAI_API_KEY;
});

describe('openai back-end: replies', () => {
  it('turns a plain reply into model bullets whose sources are the cited sentences, checked', async () => {
    clearModelCache();
    const before = server.requests.length;
    const summary = await summarize(DE, opts());
    const req = server.requests[before]!;
    assert.equal(summary.backend, 'openai');
    assert.equal(summary.model, 'test-model');
    assert.equal(summary.bullets.length, 3);
    assert.equal(req.body.model, 'test-model');
    assert.equal(req.body.response_format?.type, 'json_schema');
    assert.equal(req.headers.authorization, `Bearer ${KEY}`);
    assert.match(req.body.messages[0]!.content, /Schreibe nur, was in den nummerierten Sätzen steht/);
    summary.bullets.forEach((b, i) => {
      assert.equal(b.origin, 'model');
      assert.equal(b.check?.consistent, true);
      // The fake model cites sentence [i+1] and copies it: the offsets must find that text.
      assert.equal(DE.slice(b.sources[0]!.start, b.sources[0]!.end).replace(/\s+/g, ' '), req.numbered[i + 1]);
    });
    assert.deepEqual(summary.warnings.filter((w) => w.code.startsWith('BULLET')), []);
  });

  it('asks in English for an English article, and in German when outputLang is de', async () => {
    clearModelCache();
    const n = server.requests.length;
    await summarize(EN, opts());
    assert.match(server.requests[n]!.body.messages[0]!.content, /Write only what the numbered sentences say/);
    await summarize(EN, opts({ outputLang: 'de', guard: 'warn' }));
    assert.match(server.requests[n + 1]!.body.messages[0]!.content, /Schreibe nur, was/);
  });

  it('asks for a headline or a tl;dr when the type says so, and keeps the type', async () => {
    clearModelCache();
    const headline = await summarize(DE, opts({ type: 'headline', length: 'long' }));
    assert.match(server.requests.at(-1)!.body.messages[1]!.content, /Schlagzeile \(ein Eintrag, höchstens 22 Wörter\)/);
    assert.equal(headline.type, 'headline');
    assert.equal(headline.bullets.length, 1);
    const tldr = await summarize(DE, opts({ type: 'tldr', length: 'medium' }));
    assert.match(server.requests.at(-1)!.body.messages[1]!.content, /aus 2 Sätzen/);
    assert.equal(tldr.type, 'tldr');
    const long = await summarize(DE, opts({ length: 'long' }));
    assert.match(server.requests.at(-1)!.body.messages[1]!.content, /die 7 wichtigsten Kernpunkte/);
    assert.ok(long.bullets.length > 3);
  });

  it('streams: bullets reach onBullet while the reply is still being written', async () => {
    clearModelCache();
    let firstBulletSeen!: () => void;
    const seen = new Promise<void>((resolve) => (firstBulletSeen = resolve));
    let piecesAfterFirst = 0;
    server.script.push((req, res) =>
      reply(req, res, sentenceBullets(req, 3), async () => {
        // Hold the stream until the client has shown its first bullet (or the reply ends).
        if (got.length > 0) piecesAfterFirst++;
        if (got.length === 0 && req.body.stream) await Promise.race([seen, new Promise((r) => setTimeout(r, 5))]);
      }),
    );
    const got: string[] = [];
    const summary = await summarize(DE, opts({ onBullet: (b) => { got.push(b.text); firstBulletSeen(); } }));
    assert.equal(server.requests.at(-1)!.body.stream, true);
    assert.deepEqual(got, summary.bullets.map((b) => b.text));
    assert.ok(piecesAfterFirst > 0, 'the first bullet arrived only after the whole reply');
  });

  it('reads replies wrapped in code fences and preambles', async () => {
    clearModelCache();
    server.script.push((req, res) => reply(req, res, `Hier ist die Zusammenfassung:\n\`\`\`json\n${sentenceBullets(req, 3)}\n\`\`\`\n`));
    const summary = await summarize(DE, opts());
    assert.equal(summary.bullets.length, 3);
    assert.ok(summary.bullets.every((b) => b.origin === 'model'));
  });

  it('retries a malformed reply once with a reminder, then uses the second reply', async () => {
    clearModelCache();
    const n = server.requests.length;
    server.script.push((req, res) => reply(req, res, '{"bullets": [{"text": "Rumänien wählt", "sources": [1'));
    const summary = await summarize(DE, opts());
    assert.equal(server.requests.length, n + 2);
    assert.match(server.requests[n + 1]!.body.messages[1]!.content, /kein gültiges JSON/);
    assert.ok(summary.bullets.every((b) => b.origin === 'model'));
  });

  it('falls back to the extractive summary with a warning when both replies are unusable', async () => {
    clearModelCache();
    server.script.push((req, res) => reply(req, res, 'Sorry, I cannot help with that.'), (req, res) => reply(req, res, '{"bullets": ['));
    const summary = await summarize(DE, opts());
    const extractive = await summarize(DE, {});
    assert.ok(summary.warnings.some((w) => w.code === 'MODEL_REPLY_UNUSABLE'));
    assert.deepEqual(summary.bullets.map((b) => b.text), extractive.bullets.map((b) => b.text));
    assert.ok(summary.bullets.every((b) => b.origin === 'extractive'));
  });
});

describe('openai back-end: the guard', () => {
  const wrongNumber = (req: Parameters<typeof sentenceBullets>[0], res: Parameters<typeof reply>[1]) =>
    reply(req, res, sentenceBullets(req, askedCount(req), (t) => t.replace(/18,3/, '19,3')));

  it('replaces a bullet with a wrong number by an article sentence (guard: replace, the default)', async () => {
    clearModelCache();
    server.script.push(wrongNumber);
    const summary = await summarize(DE, opts());
    const req = server.requests.at(-1)!;
    const bad = req.numbered.findIndex((s) => s.includes('18,3')) - 1;
    assert.ok(bad >= 0 && bad < 3, 'the article sentence with 18,3 should be among the first three');
    assert.ok(summary.bullets.every((b) => !b.text.includes('19,3')), 'the wrong number reached the reader');
    assert.equal(summary.bullets[bad]!.origin, 'extractive');
    const warning = summary.warnings.find((w) => w.code === 'BULLET_REPLACED');
    assert.ok(warning, 'no BULLET_REPLACED warning');
    assert.equal(warning.details?.bullet, bad);
    assert.match(String(warning.details?.text), /19,3/);
    assert.ok(Array.isArray(warning.details?.issues) && (warning.details.issues as unknown[]).length > 0);
    assertOffsets(DE, summary);
  });

  it('keeps it with a warning under guard: warn, and unchecked under guard: off', async () => {
    clearModelCache();
    server.script.push(wrongNumber, wrongNumber);
    const warned = await summarize(DE, opts({ guard: 'warn' }));
    const kept = warned.bullets.find((b) => b.text.includes('19,3'));
    assert.ok(kept);
    assert.equal(kept.check?.consistent, false);
    assert.ok(warned.warnings.some((w) => w.code === 'BULLET_FAILED_CHECK'));
    const off = await summarize(DE, opts({ guard: 'off' }));
    const unchecked = off.bullets.find((b) => b.text.includes('19,3'));
    assert.ok(unchecked);
    assert.equal(unchecked.check, undefined);
  });

  it('re-anchors a true bullet that cites the wrong sentence', async () => {
    clearModelCache();
    server.script.push((req, res) => {
      const bullets = [{ text: req.numbered[2]!, sources: [1] }];
      return reply(req, res, JSON.stringify({ bullets }));
    });
    const summary = await summarize(DE, opts({ bullets: 1 }));
    assert.equal(summary.bullets[0]!.origin, 'model');
    assert.ok(summary.warnings.some((w) => w.code === 'SOURCES_CORRECTED'));
    const src = summary.bullets[0]!.sources.map((s) => DE.slice(s.start, s.end).replace(/\s+/g, ' '));
    assert.ok(src.includes(server.requests.at(-1)!.numbered[2]!));
  });
});

describe('openai back-end: failures', () => {
  it('waits as Retry-After says after a 429, then succeeds', async () => {
    clearModelCache();
    const n = server.requests.length;
    server.script.push(error(429, { 'retry-after': '1' }));
    const summary = await summarize(DE, opts({ modelRetries: 2 }));
    assert.equal(server.requests.length, n + 2);
    const waited = server.requests[n + 1]!.at - server.requests[n]!.at;
    assert.ok(waited >= 900, `retried after ${waited.toFixed(0)} ms, Retry-After said 1 s`);
    assert.ok(summary.bullets.every((b) => b.origin === 'model'));
  });

  it('retries a 500; when the server keeps failing, shows the extractive summary with MODEL_UNAVAILABLE', async () => {
    clearModelCache();
    const n = server.requests.length;
    server.script.push(error(500), error(500));
    const summary = await summarize(DE, opts({ modelRetries: 1 }));
    assert.equal(server.requests.length, n + 2);
    const w = summary.warnings.find((x) => x.code === 'MODEL_UNAVAILABLE');
    assert.ok(w);
    assert.equal(w.details?.status, 500);
    assert.ok(summary.bullets.length > 0 && summary.bullets.every((b) => b.origin === 'extractive'));
  });

  it('gives up on a hanging reply after the timeout, and falls back', async () => {
    clearModelCache();
    server.script.push(hang);
    const summary = await summarize(DE, opts({ modelTimeoutMs: 300 }));
    const w = summary.warnings.find((x) => x.code === 'MODEL_UNAVAILABLE');
    assert.ok(w);
    assert.equal(w.details?.reason, 'timeout');
  });

  it('cancels a hanging request when the signal aborts (ABORTED, no fallback)', async () => {
    clearModelCache();
    server.script.push(hang);
    const controller = new AbortController();
    const n = server.requests.length;
    const running = summarize(DE, opts({ signal: controller.signal }));
    while (server.requests.length === n) await new Promise((r) => setImmediate(r));
    controller.abort();
    await assert.rejects(running, (e: unknown) => e instanceof KernpunkteError && e.code === 'ABORTED');
  });

  it('reports a refused key as MODEL_FAILED without echoing the key', async () => {
    clearModelCache();
    server.script.push(error(401, {}, `Incorrect API key provided: ${KEY}`));
    await assert.rejects(summarize(DE, opts()), (e: unknown) => {
      assert.ok(e instanceof KernpunkteError);
      assert.equal(e.code, 'MODEL_FAILED');
      assert.ok(!JSON.stringify({ m: e.message, d: e.details }).includes(KEY), 'the key leaked into the error');
      assert.match(e.message, /401/);
      return true;
    });
  });

  it('says what is missing: unknown back-end, no model name', async () => {
    await assert.rejects(summarize(DE, { backend: 'gpt' }), (e: unknown) => e instanceof KernpunkteError && e.code === 'UNKNOWN_BACKEND' && /extractive, openai, llama/.test(e.message));
    await assert.rejects(summarize(DE, { backend: 'openai', baseUrl: server.url }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION' && /--model/.test(e.message));
    await assert.rejects(summarize(DE, opts({ guard: 'maybe' as 'off' })), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
  });
});

describe('openai back-end: cache and concurrency', () => {
  it('answers an identical request from the cache, and a different one from the model', async () => {
    clearModelCache();
    const n = server.requests.length;
    const a = await summarize(DE, opts());
    const b = await summarize(DE, opts());
    assert.equal(server.requests.length, n + 1);
    assert.deepEqual(b, a);
    await summarize(DE, opts({ bullets: 2 }));
    assert.equal(server.requests.length, n + 2);
  });

  it('holds requests to one model to the concurrency limit', async () => {
    clearModelCache();
    const slow = await startChatServer(async (req, res) => {
      await new Promise((r) => setTimeout(r, 30));
      await reply(req, res, sentenceBullets(req, askedCount(req)));
    });
    try {
      const texts = Array.from({ length: 6 }, (_, i) => `${DE}\n\nNachtrag ${i}: Die Wahllokale schließen um 21 Uhr.`);
      const results = await Promise.all(texts.map((t) => summarize(t, { backend: 'openai', model: 'm', baseUrl: slow.url, modelConcurrency: 2 })));
      assert.equal(slow.requests.length, 6);
      assert.equal(slow.maxActive, 2);
      assert.ok(results.every((s) => s.bullets.every((b) => b.origin === 'model')));
    } finally {
      await slow.close();
    }
  });
});
