/**
 * loadArticle: the glue summarize() calls for { html } and { url } input.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { KernpunkteError } from '../../src/errors.js';
import { loadArticle } from '../../src/extract/index.js';

const PARAS = [
  'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Innenstadt ab dem kommenden Frühjahr weitgehend für den Autoverkehr zu sperren.',
  'Anwohner und Lieferdienste sollen weiterhin zufahren dürfen, für alle anderen gelten künftig die Parkhäuser am Rand der Altstadt als Ziel.',
  'Der Einzelhandel reagierte gespalten: Während einige Geschäfte mehr Laufkundschaft erwarten, fürchten andere um ihre Kunden aus dem Umland.',
];
const ARTICLE = `<html lang="de"><head><title>Autofreie Innenstadt</title></head><body><article><h1>Autofreie Innenstadt</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const INDEX = `<html><body><h1>Lokales</h1><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/n${i}">Meldung ${i}</a></li>`).join('')}</ul></body></html>`;

let base = '';
let server: http.Server;
before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    else if (req.url === '/text') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(PARAS.join('\n\n'));
    else if (req.url === '/index') res.writeHead(200, { 'content-type': 'text/html' }).end(INDEX);
    else if (req.url === '/empty') res.writeHead(200, { 'content-type': 'text/html' }).end('');
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof KernpunkteError, String(e));
    return e.code;
  }
  return 'resolved';
}

test('{ html } → article', async () => {
  const r = await loadArticle({ html: ARTICLE, url: 'https://stadt.example/a' });
  assert.equal(r.kind, 'article');
  if (r.kind === 'article') {
    assert.ok(r.article.text.includes(PARAS[2]!));
    assert.equal(r.article.meta?.url, 'https://stadt.example/a');
  }
});

test('{ url } of an HTML page → fetched and extracted', async () => {
  const r = await loadArticle({ url: `${base}/article` }, { allowPrivateHosts: true });
  assert.equal(r.kind, 'article');
  if (r.kind === 'article') {
    assert.equal(r.article.title, 'Autofreie Innenstadt');
    assert.equal(r.article.meta?.url, `${base}/article`);
  }
});

test('{ url } of a plain-text page → handed back as text for the text cleaner', async () => {
  const r = await loadArticle({ url: `${base}/text` }, { allowPrivateHosts: true });
  assert.deepEqual(r, { kind: 'text', text: PARAS.join('\n\n'), url: `${base}/text` });
});

test('no article → NO_ARTICLE (index page, empty body; html and url input)', async () => {
  assert.equal(await code(loadArticle({ html: INDEX })), 'NO_ARTICLE');
  assert.equal(await code(loadArticle({ html: '' })), 'NO_ARTICLE');
  assert.equal(await code(loadArticle({ url: `${base}/index` }, { allowPrivateHosts: true })), 'NO_ARTICLE');
  assert.equal(await code(loadArticle({ url: `${base}/empty` }, { allowPrivateHosts: true })), 'NO_ARTICLE');
});

test('SSRF protection is on by default for { url }', async () => {
  assert.equal(await code(loadArticle({ url: `${base}/article` })), 'PRIVATE_ADDRESS');
});

// Refused before parsing; how fast is measured by `npm run bench` (bench/pathological.js).
// The timeout is only a hang guard.
test('a 50 MB HTML string → INPUT_TOO_LARGE', { timeout: 60_000 }, async () => {
  const huge = '<html><body>' + '<p>Text</p>'.repeat(5 * 1024 * 1024) + '</body></html>';
  assert.ok(huge.length > 50_000_000);
  assert.equal(await code(loadArticle({ html: huge })), 'INPUT_TOO_LARGE');
});

test('bad input shapes → INVALID_INPUT / INVALID_URL', async () => {
  assert.equal(await code(loadArticle({} as unknown as { url: string })), 'INVALID_INPUT');
  assert.equal(await code(loadArticle({ url: 'ftp://x.example/' })), 'INVALID_URL');
});
