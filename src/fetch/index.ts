/**
 * URL → decoded page, safely. `fetchPage(url, options)`:
 *   1. accept only http(s) URLs;
 *   2. resolve the host ourselves and refuse non-public addresses (SSRF), then connect to
 *      exactly the address that was checked (a pinned `lookup`), so DNS cannot answer
 *      differently between check and connect;
 *   3. follow redirects by hand, checking every hop the same way;
 *   4. refuse content types we cannot read before reading the body (PDF, images, …);
 *   5. read at most `maxBytes` (after decompression: a gzip bomb stops at the limit too);
 *   6. decode the charset (decodeHtml).
 * Every failure is a KernpunkteError with a code; the total timeout bounds all of it.
 *
 * @example
 * await fetchPage('https://example.org/artikel')
 * // → { url: 'https://example.org/artikel', status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html>…', kind: 'html' }
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { KernpunkteError } from '../errors.js';
import { decodeHtml } from '../extract/charset.js';
import { classifyAddress } from './ip.js';

export interface FetchOptions {
  /** Total time for DNS, connect, redirects and body, in ms. Default 15000. */
  timeoutMs?: number;
  /** Time to establish each connection, in ms. Default 5000. */
  connectTimeoutMs?: number;
  /** Largest body read (decompressed), in bytes. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed before TOO_MANY_REDIRECTS. Default 5. */
  maxRedirects?: number;
  /** Allow loopback and private addresses (local use, tests). Default false: SSRF protection on. */
  allowPrivateHosts?: boolean;
  userAgent?: string;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** The decoded body. */
  body: string;
  kind: 'html' | 'text';
}

export const FETCH_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateHosts: false,
  userAgent: 'kernpunkte/0.1 (+https://github.com/kernpunkte/kernpunkte)',
});

/** Seams for tests: name resolution and the address policy. Not part of the public API. */
export interface FetchInternals {
  lookup?: (host: string) => Promise<Array<{ address: string; family: number }>>;
  isPublicAddress?: (address: string) => boolean;
}

type Resolved = Required<Omit<FetchOptions, 'userAgent'>> & { userAgent: string };

function checkNumber(name: string, v: unknown, min: number): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be a number ≥ ${min}.`, { option: name, value: v });
  }
}

function resolveOptions(o: FetchOptions): Resolved {
  checkNumber('timeoutMs', o.timeoutMs, 1);
  checkNumber('connectTimeoutMs', o.connectTimeoutMs, 1);
  checkNumber('maxBytes', o.maxBytes, 1);
  checkNumber('maxRedirects', o.maxRedirects, 0);
  return {
    timeoutMs: o.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    connectTimeoutMs: o.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    maxBytes: o.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: o.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    allowPrivateHosts: o.allowPrivateHosts ?? FETCH_DEFAULTS.allowPrivateHosts,
    userAgent: o.userAgent ?? FETCH_DEFAULTS.userAgent,
  };
}

export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new KernpunkteError('INVALID_URL', `Not a valid URL: ${JSON.stringify(raw.slice(0, 200))}.`, { url: raw.slice(0, 2000) });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new KernpunkteError('INVALID_URL', `Only http and https URLs can be fetched, not ${u.protocol}.`, { url: u.href, scheme: u.protocol });
  }
  if (!u.hostname) throw new KernpunkteError('INVALID_URL', 'The URL has no host.', { url: u.href });
  return u;
}

/** What the Content-Type says we may read, or an UNSUPPORTED_CONTENT_TYPE error. */
export function classifyContentType(header: string | undefined): 'html' | 'text' | 'unknown' | KernpunkteError {
  const mime = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!mime) return 'unknown';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'text';
  if (mime === 'application/pdf' || mime === 'application/x-pdf') {
    return new KernpunkteError('UNSUPPORTED_CONTENT_TYPE', 'PDF is not supported; pass the article text or an HTML page.', { contentType: mime });
  }
  return new KernpunkteError('UNSUPPORTED_CONTENT_TYPE', `Content type ${mime} is not supported; only HTML and plain text pages can be read.`, {
    contentType: mime,
  });
}

function timeoutError(phase: string, ms: number, url: string): KernpunkteError {
  return new KernpunkteError('FETCH_TIMEOUT', `Fetching ${url} took longer than ${ms} ms (${phase}).`, { url, phase, timeoutMs: ms });
}

function tooLarge(limit: number, url: string): KernpunkteError {
  return new KernpunkteError('FETCH_TOO_LARGE', `The page at ${url} is larger than ${limit} bytes.`, { url, limit });
}

/** Resolves the host and checks every address; returns the one to connect to. */
async function resolveChecked(u: URL, opts: Resolved, internals: FetchInternals): Promise<{ address: string; family: number }> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const isPublic = internals.isPublicAddress ?? ((a: string) => classifyAddress(a).public);
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (internals.lookup ?? ((h: string) => dnsLookup(h, { all: true, verbatim: true })))(host);
    } catch (e) {
      throw new KernpunkteError('FETCH_FAILED', `Could not resolve the host ${host}.`, { url: u.href, host }, { cause: e });
    }
    if (addresses.length === 0) throw new KernpunkteError('FETCH_FAILED', `The host ${host} has no address.`, { url: u.href, host });
  }
  if (!opts.allowPrivateHosts) {
    // One non-public answer is enough to refuse: a name that also points inside is not an article host.
    const bad = addresses.find((a) => !isPublic(a.address));
    if (bad) {
      const c = classifyAddress(bad.address);
      throw new KernpunkteError('PRIVATE_ADDRESS', `Refusing to fetch ${u.href}: ${host} is a ${c.range} address (${bad.address}), not a public one.`, {
        url: u.href,
        host,
        address: bad.address,
        range: c.range,
      });
    }
  }
  return addresses[0] as { address: string; family: number };
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  res: http.IncomingMessage;
  req: http.ClientRequest;
}

/** One request to a pinned address; resolves with the response head. */
function request(u: URL, target: { address: string; family: number }, opts: Resolved, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const pinned: LookupFunction = (_host, options, cb) => {
      // Node asks with { all: true } when it may try several families (autoSelectFamily).
      if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [target]);
      else cb(null, target.address, target.family);
    };
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, {
      method: 'GET',
      lookup: pinned,
      signal,
      headers: {
        'user-agent': opts.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const connectTimer = setTimeout(() => req.destroy(timeoutError('connect', opts.connectTimeoutMs, u.href)), opts.connectTimeoutMs);
    req.on('socket', (s) => {
      const done = (): void => clearTimeout(connectTimer);
      if (!s.connecting) done();
      s.once(u.protocol === 'https:' ? 'secureConnect' : 'connect', done);
    });
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      resolve({ status: res.statusCode ?? 0, headers: res.headers, res, req });
    });
    req.on('error', (e) => {
      clearTimeout(connectTimer);
      reject(e);
    });
    req.end();
  });
}

function decoder(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  return null;
}

/** Reads the (decompressed) body, stopping at maxBytes. */
async function readBody(hop: Hop, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(hop.headers['content-length']);
  const encoding = hop.headers['content-encoding'];
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, url);
  const dec = decoder(encoding);
  const stream: Readable = dec ? hop.res.pipe(dec) : hop.res;
  if (dec) hop.res.on('error', (e) => dec.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > maxBytes) throw tooLarge(maxBytes, url);
      chunks.push(b);
    }
  } catch (e) {
    hop.req.destroy();
    dec?.destroy();
    throw e;
  }
  return Buffer.concat(chunks, size);
}

function asKernpunkteError(e: unknown, url: string, signal: AbortSignal, timeoutMs: number): KernpunkteError {
  if (e instanceof KernpunkteError) return e;
  if (signal.aborted) return timeoutError('total', timeoutMs, url);
  const code = (e as { code?: string }).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR__ERROR_FORMAT_PADDING_1' || /^ERR_.*BROTLI/.test(code ?? '')) {
    return new KernpunkteError('FETCH_FAILED', `The page at ${url} sent a broken compressed body.`, { url, cause: code }, { cause: e });
  }
  return new KernpunkteError('FETCH_FAILED', `Fetching ${url} failed: ${(e as Error).message ?? String(e)}.`, { url, cause: code ?? null }, { cause: e });
}

export async function fetchPage(url: string, options: FetchOptions = {}, internals: FetchInternals = {}): Promise<FetchedPage> {
  if (typeof url !== 'string') throw new KernpunkteError('INVALID_URL', 'The URL must be a string.', { got: typeof url });
  const opts = resolveOptions(options);
  let current = parseHttpUrl(url);
  const controller = new AbortController();
  const total = setTimeout(() => controller.abort(), opts.timeoutMs);
  // The promise races the timer so that even a slow DNS answer cannot outlive the deadline.
  let rejectOnTimeout: (e: KernpunkteError) => void = () => {};
  const deadline = new Promise<never>((_, reject) => (rejectOnTimeout = reject));
  controller.signal.addEventListener('abort', () => rejectOnTimeout(timeoutError('total', opts.timeoutMs, current.href)));
  deadline.catch(() => {});

  const run = async (): Promise<FetchedPage> => {
    for (let redirects = 0; ; redirects++) {
      const target = await resolveChecked(current, opts, internals);
      if (controller.signal.aborted) throw timeoutError('total', opts.timeoutMs, current.href);
      const hop = await request(current, target, opts, controller.signal);
      if (hop.status >= 300 && hop.status < 400 && hop.headers.location) {
        hop.res.resume();
        hop.req.destroy();
        if (redirects >= opts.maxRedirects) {
          throw new KernpunkteError('TOO_MANY_REDIRECTS', `More than ${opts.maxRedirects} redirects from ${url}.`, { url, limit: opts.maxRedirects });
        }
        let next: URL;
        try {
          next = new URL(hop.headers.location, current);
        } catch {
          throw new KernpunkteError('INVALID_URL', `The page redirects to an invalid URL: ${hop.headers.location}.`, { url: current.href });
        }
        current = parseHttpUrl(next.href);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        hop.res.resume();
        hop.req.destroy();
        throw new KernpunkteError('FETCH_FAILED', `The server answered ${hop.status} for ${current.href}.`, { url: current.href, status: hop.status });
      }
      const contentType = hop.headers['content-type'] ?? '';
      const kind = classifyContentType(contentType);
      if (kind instanceof KernpunkteError) {
        hop.res.resume();
        hop.req.destroy();
        throw kind;
      }
      const bytes = await readBody(hop, current.href, opts.maxBytes);
      const body = decodeHtml(bytes, contentType);
      // No Content-Type: a page that starts like markup is HTML, anything else plain text.
      const finalKind = kind === 'unknown' ? (/^\s*</.test(body) ? 'html' : 'text') : kind;
      return { url: current.href, status: hop.status, contentType, body, kind: finalKind };
    }
  };

  try {
    return await Promise.race([run(), deadline]);
  } catch (e) {
    throw asKernpunkteError(e, current.href, controller.signal, opts.timeoutMs);
  } finally {
    clearTimeout(total);
    controller.abort();
  }
}
