/**
 * fetchPage against a real HTTP server on loopback (random port). Private hosts are allowed
 * in these tests except where SSRF protection itself is tested.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { KernpunkteError } from '../../src/errors.js';
import { fetchPage } from '../../src/fetch/index.js';

const ARTICLE = '<!doctype html><html lang="de"><head><title>Grüße</title></head><body><p>Größere Übungen für Bürger.</p></body></html>';
const requests: string[] = [];
let base = '';
let server: http.Server;
/** Bytes /huge has handed to its socket so far: stays far below 50 MB when the client stops reading. */
let hugeSent = 0;

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const m = /^\/hop\/(\d+)$/.exec(path);
    if (m) {
      const n = Number(m[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/ok' });
      res.end();
      return;
    }
    switch (path) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE);
        return;
      case '/loop':
        res.writeHead(301, { location: '/loop' });
        res.end();
        return;
      case '/text':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Nur Text.');
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        // Never finishes: the total timeout must fire.
        return;
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        hugeSent = 0;
        const pump = (): void => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            hugeSent = sent;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.end('<html></html>');
        return;
      case '/cp1252-header':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(iconv.encode(ARTICLE, 'windows-1252'));
        return;
      case '/latin1-meta':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(iconv.encode(ARTICLE.replace('<head>', '<head><meta charset="ISO-8859-1">'), 'latin1'));
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(ARTICLE));
        return;
      case '/br':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync(ARTICLE));
        return;
      case '/deflate':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync(ARTICLE));
        return;
      case '/bomb':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 'a')));
        return;
      case '/broken-gzip':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end('this is not gzip');
        return;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4');
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('not found');
        return;
      case '/error':
        res.writeHead(503);
        res.end();
        return;
      case '/to-private':
        res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/secret` });
        res.end();
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivateHosts: true } as const;

async function rejectsWith(p: Promise<unknown>, code: string): Promise<KernpunkteError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof KernpunkteError, `expected KernpunkteError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail(`expected ${code}, but it resolved`);
}

test('fetches an HTML page with the kernpunkte User-Agent', async () => {
  let ua = '';
  server.once('request', (req) => (ua = req.headers['user-agent'] ?? ''));
  const page = await fetchPage(`${base}/ok`, local);
  assert.equal(page.status, 200);
  assert.equal(page.kind, 'html');
  assert.equal(page.body, ARTICLE);
  assert.match(ua, /^kernpunkte\/0\.1 \(\+https:\/\/github\.com\/kernpunkte\/kernpunkte\)$/);
});

test('follows a redirect chain and reports the final URL', async () => {
  const page = await fetchPage(`${base}/hop/3`, local);
  assert.equal(page.url, `${base}/ok`);
  assert.equal(page.body, ARTICLE);
});

test('too many redirects → TOO_MANY_REDIRECTS', async () => {
  await rejectsWith(fetchPage(`${base}/loop`, local), 'TOO_MANY_REDIRECTS');
  await rejectsWith(fetchPage(`${base}/hop/3`, { ...local, maxRedirects: 2 }), 'TOO_MANY_REDIRECTS');
});

// /slow never finishes its body, so FETCH_TIMEOUT shows the total timeout fired; the test
// timeout is only a hang guard, not a speed goal.
test('a slow body hits the total timeout', { timeout: 30_000 }, async () => {
  const e = await rejectsWith(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 }), 'FETCH_TIMEOUT');
  assert.equal(e.details.timeoutMs, 300);
});

test('a huge streamed body stops at maxBytes → FETCH_TOO_LARGE', { timeout: 30_000 }, async () => {
  const e = await rejectsWith(fetchPage(`${base}/huge`, { ...local, maxBytes: 1024 * 1024 }), 'FETCH_TOO_LARGE');
  assert.equal(e.details.limit, 1024 * 1024);
  // Stopped reading: the server, held back by the socket, never got to send all 50 MB.
  assert.ok(hugeSent < 50 * 1024 * 1024, `server sent ${hugeSent} bytes`);
});

test('a declared Content-Length over the limit is refused before reading', async () => {
  await rejectsWith(fetchPage(`${base}/huge-declared`, { ...local, maxBytes: 1000 }), 'FETCH_TOO_LARGE');
});

test('a gzip bomb stops at maxBytes after decompression', async () => {
  await rejectsWith(fetchPage(`${base}/bomb`, { ...local, maxBytes: 1024 * 1024 }), 'FETCH_TOO_LARGE');
});

test('windows-1252 bytes with the charset in the header decode with umlauts', async () => {
  const page = await fetchPage(`${base}/cp1252-header`, local);
  assert.match(page.body, /Größere Übungen für Bürger/);
});

test('ISO-8859-1 bytes with only a <meta charset> decode with umlauts', async () => {
  const page = await fetchPage(`${base}/latin1-meta`, local);
  assert.match(page.body, /Größere Übungen für Bürger/);
});

for (const enc of ['gzip', 'br', 'deflate']) {
  test(`${enc} bodies are decompressed`, async () => {
    const page = await fetchPage(`${base}/${enc}`, local);
    assert.equal(page.body, ARTICLE);
  });
}

test('a broken compressed body → FETCH_FAILED', async () => {
  await rejectsWith(fetchPage(`${base}/broken-gzip`, local), 'FETCH_FAILED');
});

test('plain text pages come back as kind "text"', async () => {
  const page = await fetchPage(`${base}/text`, local);
  assert.equal(page.kind, 'text');
  assert.equal(page.body, 'Nur Text.');
});

test('PDF → UNSUPPORTED_CONTENT_TYPE saying PDF is not supported', async () => {
  const e = await rejectsWith(fetchPage(`${base}/pdf`, local), 'UNSUPPORTED_CONTENT_TYPE');
  assert.match(e.message, /PDF is not supported/);
});

test('an image → UNSUPPORTED_CONTENT_TYPE', async () => {
  const e = await rejectsWith(fetchPage(`${base}/image`, local), 'UNSUPPORTED_CONTENT_TYPE');
  assert.equal(e.details.contentType, 'image/png');
});

test('4xx and 5xx → FETCH_FAILED with the status', async () => {
  assert.equal((await rejectsWith(fetchPage(`${base}/missing`, local), 'FETCH_FAILED')).details.status, 404);
  assert.equal((await rejectsWith(fetchPage(`${base}/error`, local), 'FETCH_FAILED')).details.status, 503);
});

test('only http and https URLs → INVALID_URL', async () => {
  for (const u of ['file:///etc/passwd', 'ftp://example.org/', 'javascript:alert(1)', 'not a url', '']) {
    await rejectsWith(fetchPage(u), 'INVALID_URL');
  }
  await rejectsWith(fetchPage(`${base}/to-file`, local), 'INVALID_URL');
});

test('bad options → INVALID_OPTION', async () => {
  await rejectsWith(fetchPage(`${base}/ok`, { timeoutMs: -1 }), 'INVALID_OPTION');
  await rejectsWith(fetchPage(`${base}/ok`, { maxBytes: Number.NaN }), 'INVALID_OPTION');
});

test('SSRF protection on: 127.0.0.1 is refused before any connection is made', async () => {
  const seen = requests.length;
  let connections = 0;
  const count = (): void => void connections++;
  server.on('connection', count);
  const e = await rejectsWith(fetchPage(`${base}/ok`), 'PRIVATE_ADDRESS');
  server.off('connection', count);
  assert.equal(e.details.range, 'loopback');
  assert.equal(connections, 0);
  assert.equal(requests.length, seen);
});

test('SSRF protection on: names resolving to private addresses, and mapped IPv6 literals, are refused', async () => {
  await rejectsWith(fetchPage('http://intranet.example/', {}, { lookup: async () => [{ address: '10.0.0.5', family: 4 }] }), 'PRIVATE_ADDRESS');
  // One private answer among public ones is enough to refuse.
  await rejectsWith(
    fetchPage('http://mixed.example/', {}, { lookup: async () => [{ address: '93.184.216.34', family: 4 }, { address: '169.254.169.254', family: 4 }] }),
    'PRIVATE_ADDRESS',
  );
  await rejectsWith(fetchPage('http://[::ffff:127.0.0.1]/'), 'PRIVATE_ADDRESS');
  await rejectsWith(fetchPage('http://[::1]/'), 'PRIVATE_ADDRESS');
  await rejectsWith(fetchPage('http://2130706433/'), 'PRIVATE_ADDRESS');
});

test('SSRF protection on: a redirect from an allowed host to a private address is refused', async () => {
  // The test host "news.example" resolves to the loopback server, which this policy treats as
  // public; the redirect target 127.0.0.2 is judged by the real rules.
  const port = (server.address() as AddressInfo).port;
  const seen = requests.length;
  const e = await rejectsWith(
    fetchPage(`http://news.example:${port}/to-private`, {}, {
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
      isPublicAddress: (a) => a === '127.0.0.1',
    }),
    'PRIVATE_ADDRESS',
  );
  assert.equal(e.details.address, '127.0.0.2');
  assert.deepEqual(requests.slice(seen), ['/to-private']);
});

test('the pinned address is the one connected to (the Host header keeps the name)', async () => {
  let host = '';
  server.once('request', (req) => (host = req.headers.host ?? ''));
  const port = (server.address() as AddressInfo).port;
  const page = await fetchPage(`http://news.example:${port}/ok`, {}, {
    lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    isPublicAddress: (a) => a === '127.0.0.1',
  });
  assert.equal(page.body, ARTICLE);
  assert.equal(host, `news.example:${port}`);
});

test('an unresolvable host → FETCH_FAILED', async () => {
  await rejectsWith(fetchPage('http://no-such-host.invalid/', {}, { lookup: async () => { throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }); } }), 'FETCH_FAILED');
});

test('a refused connection → FETCH_FAILED', async () => {
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  await rejectsWith(fetchPage(`http://127.0.0.1:${port}/`, local), 'FETCH_FAILED');
});

// The lookup never answers: only the total timeout can end this (the test timeout is a hang guard).
test('the total timeout also bounds a name lookup that never answers', { timeout: 30_000 }, async () => {
  await rejectsWith(fetchPage('http://slow-dns.example/', { timeoutMs: 200 }, { lookup: () => new Promise(() => {}) }), 'FETCH_TIMEOUT');
});
