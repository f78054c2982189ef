/**
 * The HTTP API in process (`app.inject()`, no port) except the shutdown test, which needs a real
 * socket. The real library runs where the output matters; a fake with controllable timing runs
 * where the test is about the shell (limits, deadlines, shutdown).
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { InjectOptions } from 'fastify';
import { summarize as librarySummarize } from '../../src/index.js';
import { HTTP_STATUS, KernpunkteError, type ErrorCode } from '../../src/errors.js';
import { buildServer, type BuildServerOptions } from '../../src/server/index.js';
import { resolveSettings, SERVER_DEFAULTS } from '../../src/server/settings.js';
import { cacheKey } from '../../src/server/cache.js';
import type { Summary } from '../../src/types.js';
import { exampleArticle, fakeSummary, gatedSummarizer } from './helpers.js';

const ARTICLE = exampleArticle();
const real = (input: Parameters<typeof librarySummarize>[0], options: Parameters<typeof librarySummarize>[1]) => librarySummarize(input, options);

function server(options: Partial<BuildServerOptions> = {}) {
  return buildServer({ summarize: real, logLevel: 'silent', ...options });
}

function assertProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  assert.equal(res.statusCode, status, `status (body: ${JSON.stringify(res.json())})`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  for (const key of ['type', 'title', 'detail', 'instance', 'requestId']) assert.equal(typeof body[key], 'string', key);
  return body;
}

describe('POST /v1/summarize with the real library', () => {
  const app = server();
  after(() => app.close());

  it('returns a grounded Summary whose sources point into the input', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: ARTICLE, bullets: 3 } });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['x-cache'], 'miss');
    const summary = res.json() as Summary;
    assert.equal(summary.lang, 'de');
    assert.equal(summary.bullets.length, 3);
    for (const bullet of summary.bullets) {
      assert.ok(bullet.sources.length > 0);
      for (const s of bullet.sources) {
        assert.ok(s.start >= 0 && s.end <= ARTICLE.length && s.start < s.end);
        assert.ok(ARTICLE.slice(s.start, s.end).trim().length > 0);
      }
    }
  });

  it('answers the same request from the cache (x-cache: hit, same body)', async () => {
    const payload = { text: ARTICLE, bullets: 2 };
    const first = await app.inject({ method: 'POST', url: '/v1/summarize', payload });
    const second = await app.inject({ method: 'POST', url: '/v1/summarize', payload });
    assert.equal(first.headers['x-cache'], 'miss');
    assert.equal(second.headers['x-cache'], 'hit');
    assert.deepEqual(second.json(), first.json());
    // Different options are a different entry.
    const other = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: ARTICLE, bullets: 1 } });
    assert.equal(other.headers['x-cache'], 'miss');
    assert.equal((other.json() as Summary).bullets.length, 1);
  });

  it('accepts text/plain with options in the query string, and GET with query parameters', async () => {
    const plain = await app.inject({
      method: 'POST',
      url: '/v1/summarize?bullets=2',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: ARTICLE,
    });
    assert.equal(plain.statusCode, 200, plain.body);
    assert.equal((plain.json() as Summary).bullets.length, 2);
    const get = await app.inject({ method: 'GET', url: `/v1/summarize?text=${encodeURIComponent(ARTICLE)}&bullets=1` });
    assert.equal(get.statusCode, 200, get.body);
    assert.equal((get.json() as Summary).bullets.length, 1);
  });

  it('maps the library refusing a page without article to 422 with the library code', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { html: '<html><body><nav>Login</nav></body></html>' } });
    const body = assertProblem(res, 422, String((res.json() as { code: string }).code));
    assert.equal(res.statusCode, HTTP_STATUS[body.code as ErrorCode]);
  });

  it('passes library option errors through as 400 with their code (unknown method)', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: ARTICLE, method: 'no-such-method' } });
    assertProblem(res, 400, 'UNKNOWN_METHOD');
  });
});

describe('input validation and error statuses', () => {
  const app = server({ bodyLimit: 4096, summarize: async (i, o) => fakeSummary(i, o) });
  after(() => app.close());

  const cases: Array<[string, InjectOptions, number, string]> = [
    ['no text, html or url', { method: 'POST', url: '/v1/summarize', payload: { bullets: 3 } }, 400, 'INVALID_INPUT'],
    ['text and url together', { method: 'POST', url: '/v1/summarize', payload: { text: 'a', url: 'https://x.example/' } }, 400, 'INVALID_INPUT'],
    ['bullets out of range', { method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz.', bullets: 99 } }, 400, 'INVALID_OPTION'],
    ['bullets not a number in the query', { method: 'GET', url: '/v1/summarize?url=https://x.example/&bullets=drei' }, 400, 'INVALID_OPTION'],
    ['an unknown field', { method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz.', colour: 'red' } }, 400, 'INVALID_INPUT'],
    ['malformed JSON', { method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }, 400, 'INVALID_INPUT'],
    ['a JSON array', { method: 'POST', url: '/v1/summarize', payload: [1, 2] }, 400, 'INVALID_INPUT'],
    ['a body over the limit', { method: 'POST', url: '/v1/summarize', payload: { text: 'Wort '.repeat(2000) } }, 413, 'BODY_TOO_LARGE'],
    ['XML content type', { method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['form content type', { method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'text=a' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an unknown route', { method: 'GET', url: '/v2/nothing' }, 404, 'NOT_FOUND'],
  ];
  for (const [label, request, status, code] of cases) {
    it(`${label} → ${status} ${code}`, async () => {
      const res = await app.inject(request);
      const body = assertProblem(res, status, code);
      assert.equal(body.instance, String(request.url).split('?')[0]);
    });
  }

  it('names the offending field in `errors`', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz.', bullets: 0 } });
    const body = assertProblem(res, 400, 'INVALID_OPTION');
    assert.deepEqual((body.errors as Array<{ path: string }>).map((e) => e.path), ['bullets']);
  });

  it('echoes a sane x-request-id and puts it into the problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/v2/nothing', headers: { 'x-request-id': 'abc-123' } });
    assert.equal(res.headers['x-request-id'], 'abc-123');
    assert.equal((res.json() as { requestId: string }).requestId, 'abc-123');
    const odd = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'a b <c>' } });
    assert.notEqual(odd.headers['x-request-id'], 'a b <c>');
  });
});

describe('library errors map by code, never by message', () => {
  const codes: ErrorCode[] = ['TOO_SHORT', 'NO_ARTICLE', 'FETCH_TIMEOUT', 'FETCH_FAILED', 'PRIVATE_ADDRESS', 'FETCH_TOO_LARGE'];
  for (const code of codes) {
    it(`${code} → ${HTTP_STATUS[code]}`, async () => {
      const app = server({
        summarize: async () => {
          throw new KernpunkteError(code, 'message text that must not matter', { hint: 'x' });
        },
      });
      const res = await app.inject({ method: 'GET', url: '/v1/summarize?url=https://news.example/a' });
      const body = assertProblem(res, HTTP_STATUS[code], code);
      assert.deepEqual(body.details, { hint: 'x' });
      await app.close();
    });
  }

  it('hides the message of an unexpected error (500 INTERNAL)', async () => {
    const app = server({
      summarize: async () => {
        throw new Error('secret internal path /etc/xyz');
      },
    });
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'x' } });
    const body = assertProblem(res, 500, 'INTERNAL');
    assert.doesNotMatch(String(body.detail), /secret/);
    await app.close();
  });

  it('gives URL input the fetch timeout and SSRF setting, text input neither', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: async (i, o) => (gate.summarize(i, o), fakeSummary(i, o)), timeoutMs: 1000 });
    await app.inject({ method: 'GET', url: '/v1/summarize?url=https://news.example/a' });
    await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz. Noch einer.' } });
    assert.equal(gate.calls[0]?.options.timeoutMs, 900);
    assert.equal(gate.calls[0]?.options.allowPrivateHosts, false);
    assert.equal(gate.calls[1]?.options.timeoutMs, undefined);
    await app.close();
  });
});

describe('limits', () => {
  // The first request holds the only slot until releaseAll(): a 429 that waited for the slot
  // would never come, so the timeout (a hang guard, not a speed goal) catches that.
  it('answers 429 with Retry-After at once when the concurrency limit is reached', { timeout: 30_000 }, async () => {
    const gate = gatedSummarizer();
    // queue: 0: no waiting room, so the next request is refused at once.
    const app = server({ summarize: gate.summarize, concurrency: 1, queue: 0, retryAfterS: 3 });
    const first = app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Erster Satz. Zweiter.' } });
    await gate.called(1);
    const second = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Anderer Text. Hier.' } });
    assertProblem(second, 429, 'RATE_LIMITED');
    assert.equal(second.headers['retry-after'], '3');
    // Cached answers need no slot: not tested here; a freed slot serves the next request.
    gate.releaseAll();
    assert.equal((await first).statusCode, 200);
    const third = app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Anderer Text. Hier.' } });
    await gate.called(2);
    gate.releaseAll();
    assert.equal((await third).statusCode, 200);
    await app.close();
  });

  it('refuses before parsing the body when full (an invalid body also gets 429, not 400)', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, concurrency: 1, queue: 0 });
    const first = app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Erster Satz. Zweiter.' } });
    await gate.called(1);
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/json' }, payload: '{not json' });
    assertProblem(res, 429, 'RATE_LIMITED');
    // Other routes stay available under load.
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    gate.releaseAll();
    await first;
    await app.close();
  });

  it('answers 504 TIMEOUT when the summary misses the deadline', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, timeoutMs: 50 });
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz. Noch einer.' } });
    assertProblem(res, 504, 'TIMEOUT');
    gate.releaseAll();
    await app.close();
  });

  it('does not cache when cacheSize is 0', async () => {
    const app = server({ summarize: async (i, o) => fakeSummary(i, o), cacheSize: 0 });
    const payload = { text: 'Ein Satz. Noch einer.' };
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload });
      assert.equal(res.headers['x-cache'], 'miss');
    }
    await app.close();
  });
});

describe('API key', () => {
  const app = server({ summarize: async (i, o) => fakeSummary(i, o), apiKey: 's3cret-key' });
  after(() => app.close());
  const payload = { text: 'Ein Satz. Noch einer.' };

  it('rejects /v1/* without or with a wrong key (401, WWW-Authenticate)', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 's3cret-key' }]) {
      const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload, headers });
      assertProblem(res, 401, 'UNAUTHORIZED');
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
    }
    assertProblem(await app.inject({ method: 'GET', url: '/v1/methods' }), 401, 'UNAUTHORIZED');
  });

  it('accepts the right bearer key', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload, headers: { authorization: 'Bearer s3cret-key' } });
    assert.equal(res.statusCode, 200);
  });

  it('leaves the page, health and OpenAPI routes open', async () => {
    for (const url of ['/', '/healthz', '/openapi.json', '/assets/app.js']) {
      assert.equal((await app.inject({ method: 'GET', url })).statusCode, 200, url);
    }
  });
});

describe('CORS', () => {
  const app = server({ summarize: async (i, o) => fakeSummary(i, o), corsOrigins: ['https://portal.example'] });
  after(() => app.close());

  it('allows a configured origin (preflight and actual request)', async () => {
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/v1/summarize',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(pre.statusCode, 204);
    assert.equal(pre.headers['access-control-allow-origin'], 'https://portal.example');
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', headers: { origin: 'https://portal.example' }, payload: { text: 'Ein Satz. Zwei.' } });
    assert.equal(res.headers['access-control-allow-origin'], 'https://portal.example');
    assert.match(String(res.headers['access-control-expose-headers']), /x-cache/);
  });

  it('puts CORS headers on problems too (a 401 for an allowed origin is readable)', async () => {
    const locked = server({ summarize: async (i, o) => fakeSummary(i, o), corsOrigins: ['https://portal.example'], apiKey: 'k' });
    const res = await locked.inject({ method: 'POST', url: '/v1/summarize', headers: { origin: 'https://portal.example' }, payload: { text: 'a' } });
    assertProblem(res, 401, 'UNAUTHORIZED');
    assert.equal(res.headers['access-control-allow-origin'], 'https://portal.example');
    await locked.close();
  });

  it('sends no allow-origin for other origins, and none at all without configuration', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example' } });
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    const plain = server({ summarize: async (i, o) => fakeSummary(i, o) });
    const res2 = await plain.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://portal.example' } });
    assert.equal(res2.headers['access-control-allow-origin'], undefined);
    await plain.close();
  });
});

describe('documents and page', () => {
  const app = server();
  after(() => app.close());

  it('serves an OpenAPI 3.1 document whose schemas compile and match real responses', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/summarize']?.post && doc.paths['/v1/summarize']?.get);
    assert.ok(doc.paths['/healthz'] && doc.paths['/v1/methods']);
    const params = (doc.paths['/v1/summarize']!.get as { parameters: Array<{ name: string; schema: { type: string; maximum?: number } }> }).parameters;
    assert.deepEqual(params.find((p) => p.name === 'bullets')?.schema.type, 'integer');
    assert.equal(params.find((p) => p.name === 'bullets')?.schema.maximum, 7);
    assert.doesNotMatch(res.body, /"\$id"|#\/\$defs/);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // Compile each component inside the document, so #/components/schemas/… references resolve.
    const compile = (name: string) => {
      assert.ok(doc.components.schemas[name], `component ${name}`);
      return ajv.compile({ $id: `https://kernpunkte.test/openapi/${name}`, components: doc.components, $ref: `#/components/schemas/${name}` });
    };
    const request = compile('SummarizeRequest');
    assert.ok(request({ text: 'Artikel', bullets: 3 }), JSON.stringify(request.errors));
    assert.equal(request({ text: 'Artikel', bullets: 9 }), false);
    assert.equal(request({ text: 'Artikel', colour: 'red' }), false);
    const summarySchema = compile('Summary');
    const summary = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: ARTICLE } });
    assert.ok(summarySchema(summary.json()), JSON.stringify(summarySchema.errors));
    const problemSchema = compile('Problem');
    const problem = await app.inject({ method: 'POST', url: '/v1/summarize', payload: {} });
    assert.ok(problemSchema(problem.json()), JSON.stringify(problemSchema.errors));
  });

  it('lists methods and health', async () => {
    const withMethods = server({ methods: () => [{ name: 'lead', description: 'first sentences' }] });
    const m = await withMethods.inject({ method: 'GET', url: '/v1/methods' });
    assert.deepEqual(m.json(), { methods: [{ name: 'lead', description: 'first sentences' }] });
    await withMethods.close();
    const h = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal((h.json() as { status: string }).status, 'ok');
  });

  it('serves the page with a strict CSP and no inline script or style', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.doesNotMatch(res.body, /<script(?![^>]*\ssrc=)[^>]*>/);
    assert.doesNotMatch(res.body, /<style|\sstyle=|\son[a-z]+=/i);
    assert.doesNotMatch(res.body, /https?:\/\/(?!…)/);
    const js = await app.inject({ method: 'GET', url: '/assets/app.js' });
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.doesNotMatch(js.body, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    assert.equal(js.headers['x-content-type-options'], 'nosniff');
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, refuses new work, then runs onClose', async () => {
    const gate = gatedSummarizer();
    const events: string[] = [];
    const app = server({
      summarize: (i, o) =>
        gate.summarize(i, o).then((summary) => {
          events.push('summary done');
          return summary;
        }),
      onClose: async () => {
        events.push('onClose');
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    assert.ok(address && typeof address === 'object');
    const base = `http://127.0.0.1:${address.port}`;
    const inFlight = fetch(`${base}/v1/summarize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Erster Satz. Zweiter Satz.' }),
    }).then(async (r) => {
      events.push(`response ${r.status}`);
      return { status: r.status, body: (await r.json()) as Summary };
    });
    await gate.called(1);
    const closed = app.close().then(() => events.push('closed'));
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(events.length, 0, 'close waits for the in-flight request');
    // New work is refused: the listener is closed (connection refused) or, on a kept-alive socket, 503.
    const during = await fetch(`${base}/healthz`).then(
      (r) => r.status,
      () => 'refused',
    );
    assert.ok(during === 'refused' || during === 503, `new request during shutdown got ${String(during)}`);
    gate.releaseAll();
    const result = await inFlight;
    await closed;
    assert.equal(result.status, 200);
    assert.equal(result.body.bullets.length, 2);
    // The work finished before onClose (where the pool is destroyed), and the client got its answer.
    assert.ok(events.indexOf('summary done') < events.indexOf('onClose'), events.join(', '));
    assert.ok(events.indexOf('onClose') < events.indexOf('closed'), events.join(', '));
    assert.ok(events.includes('response 200'));
  });
});

describe('logs', () => {
  it('writes structured JSON lines with the request id', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const app = buildServer({ summarize: async (i, o) => fakeSummary(i, o), logger: { level: 'info', stream } });
    await app.inject({ method: 'GET', url: '/v2/nothing', headers: { 'x-request-id': 'log-test-1' } });
    await app.close();
    const records = lines.map((l) => JSON.parse(l) as { reqId?: string; code?: string });
    assert.ok(records.some((r) => r.reqId === 'log-test-1' && r.code === 'NOT_FOUND'), lines.join(''));
  });
});

describe('settings', () => {
  it('merges defaults ← env ← options and freezes the result', () => {
    const s = resolveSettings({ port: 0 }, { KERNPUNKTE_PORT: '9000', KERNPUNKTE_CONCURRENCY: '4', KERNPUNKTE_CORS_ORIGINS: 'https://a.example, https://b.example', KERNPUNKTE_TRUST_PROXY: '2' });
    assert.equal(s.port, 0);
    assert.equal(s.concurrency, 4);
    assert.deepEqual(s.corsOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(s.trustProxy, 2);
    assert.equal(s.timeoutMs, SERVER_DEFAULTS.timeoutMs);
    assert.ok(Object.isFrozen(s) && Object.isFrozen(SERVER_DEFAULTS));
  });

  const bad: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['port too big', { port: 70000 }, {}],
    ['concurrency 0 from env', {}, { KERNPUNKTE_CONCURRENCY: '0' }],
    ['non-numeric body limit', {}, { KERNPUNKTE_BODY_LIMIT: 'lots' }],
    ['unknown log level', { logLevel: 'loud' }, {}],
    ['unknown setting', { colour: 'red' }, {}],
  ];
  for (const [label, options, env] of bad) {
    it(`refuses ${label} with INVALID_OPTION`, () => {
      assert.throws(() => resolveSettings(options, env), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
    });
  }

  it('keys the cache on content and options, not on key order', () => {
    assert.equal(cacheKey({ text: 'a', title: 't' }, { bullets: 3, lang: 'de' }), cacheKey({ title: 't', text: 'a' }, { lang: 'de', bullets: 3 }));
    assert.notEqual(cacheKey({ text: 'a' }, { bullets: 3 }), cacheKey({ text: 'a' }, { bullets: 4 }));
    assert.notEqual(cacheKey({ text: 'a' }, {}), cacheKey({ url: 'a' }, {}));
  });
});
