/**
 * The HTTP shell under hostile or unlucky clients (issue 11): malformed paths, requests on
 * kept-alive sockets during shutdown, bodies that trickle in, bodies over the limit, and work
 * that outlives its deadline. Real server on loopback where sockets matter; no timing asserts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { buildServer, type BuildServerOptions } from '../../src/server/index.js';
import type { Summary } from '../../src/types.js';
import { fakeSummary, gatedSummarizer } from './helpers.js';

function server(options: Partial<BuildServerOptions> = {}) {
  return buildServer({ summarize: async (i, o) => fakeSummary(i, o), logLevel: 'silent', ...options });
}

async function listen(app: ReturnType<typeof server>): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  assert.ok(address && typeof address === 'object');
  return address.port;
}

function assertProblemHeaders(headers: Record<string, unknown>) {
  assert.match(String(headers['content-type']), /^application\/problem\+json/);
  assert.equal(typeof headers['x-request-id'], 'string');
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'no-referrer');
}

/** Sends raw bytes and collects the whole answer until the server closes or `untilEnd` matches. */
function rawExchange(port: number, write: (socket: net.Socket) => void): Promise<{ response: string; error: string | null }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    let error: string | null = null;
    socket.on('data', (d) => {
      response += d.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? String(e);
    });
    socket.on('close', () => resolve({ response, error }));
    socket.on('connect', () => write(socket));
  });
}

function parseRaw(response: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', ...rest] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

describe('every error in the documented format', () => {
  for (const path of ['/%c0', '/%', '/%zz', '/v1/%', '/v1/summarize/%zz?x=1']) {
    it(`a path that is not valid percent-encoding (${path}) is a 400 problem with request id and security headers`, async () => {
      const app = server();
      const res = await app.inject({ method: 'GET', url: path, headers: { 'x-request-id': 'abc-123' } });
      assert.equal(res.statusCode, 400);
      assertProblemHeaders(res.headers);
      assert.equal(res.headers['x-request-id'], 'abc-123');
      const body = res.json() as Record<string, unknown>;
      assert.equal(body.code, 'INVALID_INPUT');
      assert.equal(body.status, 400);
      assert.equal(body.requestId, 'abc-123');
      assert.equal(typeof body.detail, 'string');
      await app.close();
    });
  }

  it('a body that trickles in is cut at the request timeout with a 408 problem', async () => {
    const app = server({ timeoutMs: 300 });
    const port = await listen(app);
    let timer: NodeJS.Timeout | undefined;
    const { response } = await rawExchange(port, (socket) => {
      socket.write('POST /v1/summarize HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: 100000\r\n\r\n');
      // One byte every 50 ms: the body would take well over an hour.
      timer = setInterval(() => {
        if (!socket.destroyed && socket.writable) socket.write('x');
      }, 50);
    });
    clearInterval(timer);
    const res = parseRaw(response);
    assert.equal(res.status, 408, response.slice(0, 200));
    assertProblemHeaders(res.headers);
    assert.equal((JSON.parse(res.body) as { code: string }).code, 'REQUEST_TIMEOUT');
    await app.close();
  });

  it('a client still sending 5 MB over the limit reads the 413 problem (the rest of the body is drained)', async () => {
    const app = server();
    const port = await listen(app);
    const total = 5 * 1024 * 1024;
    const { response, error } = await rawExchange(port, (socket) => {
      socket.write(`POST /v1/summarize HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: ${total}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        if (sent >= total || socket.destroyed) return;
        sent += chunk.length;
        socket.write(chunk, () => setImmediate(pump));
      };
      pump();
    });
    assert.equal(error, null, 'no EPIPE or reset while sending');
    const res = parseRaw(response);
    assert.equal(res.status, 413);
    assertProblemHeaders(res.headers);
    assert.equal((JSON.parse(res.body) as { code: string }).code, 'BODY_TOO_LARGE');
    await app.close();
  });

  it('a request on a kept-alive socket during shutdown gets the documented 503, not a reset', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: (i, o) => gate.summarize(i, o) });
    const port = await listen(app);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; socket: unknown }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: req.socket }));
        });
        req.on('error', reject);
      });
    const first = await get('/healthz');
    assert.equal(first.status, 200);
    // Work in flight on another connection keeps the shutdown in its grace period.
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/summarize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Erster Satz. Zweiter Satz.' }),
    });
    await gate.called(1);
    const closed = app.close();
    // Let the shutdown begin (its hooks run asynchronously) before using the idle socket again.
    await new Promise((r) => setTimeout(r, 100));
    const during = await get('/healthz');
    assert.equal(during.socket, first.socket, 'the same kept-alive socket');
    assert.equal(during.status, 503);
    assertProblemHeaders(during.headers);
    assert.equal(during.headers.connection, 'close');
    assert.equal((JSON.parse(during.body) as { code: string }).code, 'SHUTTING_DOWN');
    gate.releaseAll();
    assert.equal((await inFlight).status, 200);
    await closed;
    agent.destroy();
  });
});

describe('work past its deadline stops', () => {
  it('the summarizer is told to stop (its signal aborts) when the request times out, and the slot frees', async () => {
    let seen: AbortSignal | undefined;
    let stopped!: () => void;
    const stop = new Promise<void>((r) => (stopped = r));
    const app = server({
      timeoutMs: 200,
      summarize: (_i, _o, signal) =>
        new Promise<Summary>((_, reject) => {
          seen = signal;
          // Like the worker pool: the work ends only when told to.
          signal?.addEventListener('abort', () => {
            reject(signal.reason);
            stopped();
          });
        }),
    });
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', payload: { text: 'Ein Satz. Noch einer.' } });
    assert.equal(res.statusCode, 504);
    assert.ok(seen, 'the summarizer got a signal');
    await stop;
    assert.equal(seen.aborted, true);
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal((health.json() as { inFlight: number }).inFlight, 0);
    await app.close();
  });
});

describe('overload: requests over the limit wait their turn instead of flooding the server with 429s', () => {
  const post = (app: ReturnType<typeof server>, text: string) =>
    app.inject({ method: 'POST', url: '/v1/summarize', payload: { text } });
  const queued = async (app: ReturnType<typeof server>) =>
    ((await app.inject({ method: 'GET', url: '/healthz' })).json() as { queued: number }).queued;
  async function until(check: () => Promise<boolean>): Promise<void> {
    while (!(await check())) await new Promise((r) => setImmediate(r));
  }

  it('a request over the concurrency limit waits for the slot and then succeeds, first come first served', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, concurrency: 1 });
    const first = post(app, 'Erster Text. Eins.');
    await gate.called(1);
    const second = post(app, 'Zweiter Text. Zwei.');
    const third = post(app, 'Dritter Text. Drei.');
    await until(async () => (await queued(app)) === 2);
    assert.equal(gate.calls.length, 1, 'the waiting requests have not started');
    gate.releaseAll();
    assert.equal((await first).statusCode, 200);
    await gate.called(2);
    assert.match(JSON.stringify(gate.calls[1]!.input), /Zweiter/);
    gate.releaseAll();
    await gate.called(3);
    gate.releaseAll();
    assert.deepEqual([(await second).statusCode, (await third).statusCode], [200, 200]);
    await app.close();
  });

  it('a request that waited queueWaitMs without a slot gets 429 with Retry-After', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, concurrency: 1, queueWaitMs: 50, retryAfterS: 2 });
    const first = post(app, 'Erster Text. Eins.');
    await gate.called(1);
    const res = await post(app, 'Zweiter Text. Zwei.');
    assert.equal(res.statusCode, 429);
    assert.equal((res.json() as { code: string }).code, 'RATE_LIMITED');
    assert.equal(res.headers['retry-after'], '2');
    assert.equal(await queued(app), 0);
    gate.releaseAll();
    await first;
    await app.close();
  });

  it('beyond the queue, 429 at once', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, concurrency: 1, queue: 1 });
    const first = post(app, 'Erster Text. Eins.');
    await gate.called(1);
    const second = post(app, 'Zweiter Text. Zwei.');
    await until(async () => (await queued(app)) === 1);
    const third = await post(app, 'Dritter Text. Drei.');
    assert.equal(third.statusCode, 429);
    gate.releaseAll();
    await first;
    await gate.called(2);
    gate.releaseAll();
    assert.equal((await second).statusCode, 200);
    await app.close();
  });

  it('waiting requests get 503 when the server shuts down', async () => {
    const gate = gatedSummarizer();
    const app = server({ summarize: gate.summarize, concurrency: 1 });
    const first = post(app, 'Erster Text. Eins.');
    await gate.called(1);
    const second = post(app, 'Zweiter Text. Zwei.');
    await until(async () => (await queued(app)) === 1);
    const closed = app.close();
    const res = await second;
    assert.equal(res.statusCode, 503);
    assert.equal((res.json() as { code: string }).code, 'SHUTTING_DOWN');
    gate.releaseAll();
    assert.equal((await first).statusCode, 200);
    await closed;
  });
});
