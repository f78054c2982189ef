/**
 * The HTTP shell: Fastify routes over an injected `summarize` function. Production passes the
 * worker pool (see start.ts); tests pass the library directly or a fake, and call `app.inject()`.
 *
 * Order of a summarize request: request id → auth (/v1/* only, when a key is set) → a client
 * that just sent a bomb waits (penalty.ts) → early concurrency gate (429 before the body is
 * parsed) → bomb check as the body arrives (precheck.ts; 422) → body parse (JSON or
 * text/plain; 413/415) →
 * zod validation (400) → cache lookup (x-cache: hit) → concurrency gate again (429) → summarize
 * with a deadline (504) → cache store (x-cache: miss).
 *
 * @example
 *   const app = buildServer({ summarize: (input, options) => pool.run(input, options), concurrency: 8 });
 *   await app.listen({ port: 8080, host: '127.0.0.1' });
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { APP_CSS, APP_JS, PAGE_CSP, PAGE_HTML } from '../web/page.js';
import { cacheKey, createSummaryCache } from './cache.js';
import { backendsInfo, cacheable, streamSummary, wantsEventStream, wantsModel, type ServerModel } from './model.js';
import { openApiDocument } from './openapi.js';
import { createPenaltyBox } from './penalty.js';
import { htmlPrecheck, isJsonType } from './precheck.js';
import { PROBLEM_CONTENT_TYPE, ServerError, ValidationError, toProblem } from './problem.js';
import { SummarizeBody, SummarizeQuery, toLibraryCall } from './schemas.js';
import { resolveSettings, type ServerSettings } from './settings.js';

export { resolveSettings, SERVER_DEFAULTS, ENV_NAMES, type ServerSettings } from './settings.js';
export { ServerError, toProblem, type ProblemBody, type ProblemCode } from './problem.js';

/**
 * `signal` aborts when the request's deadline passes; the worker pool then stops the thread
 * doing the work, so a timed-out page does not keep a worker busy.
 */
export type SummarizeFn = (input: SummarizeInput, options: SummarizeOptions, signal?: AbortSignal) => Promise<Summary>;

export interface BuildServerOptions extends Partial<ServerSettings> {
  /** Does the work. Production: the worker pool's `run`. */
  summarize: SummarizeFn;
  /** The ranking methods to list at /v1/methods. */
  methods?: () => ReadonlyArray<{ name: string; description: string }>;
  /** Environment to read KERNPUNKTE_* settings from (options win). Default: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Runs after in-flight requests finished during close (e.g. destroy the pool). */
  onClose?: () => Promise<void>;
  /** Pool size, reported by /healthz. */
  poolThreads?: number;
  /** The model back-end configured at start (see model.ts); requests ask for it with `backend`. */
  model?: ServerModel | null;
  /** Override Fastify's logger (tests capture logs with a stream). */
  logger?: FastifyServerOptions['logger'];
}

/** Fraction of the request deadline given to the URL fetch, so the library's FETCH_TIMEOUT wins the race. */
const FETCH_SHARE_OF_DEADLINE = 0.9;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/**
 * Node checks its request timeout on this interval (default 30 s, so a slow request was cut
 * only 30-60 s after its deadline); 1 s keeps the cut close to the deadline at a negligible cost.
 */
const CONNECTIONS_CHECK_MS = 1000;
/**
 * After a 413, the rest of the body is read and thrown away (up to this many bytes) before
 * answering: a client that is still sending (Node's fetch writes the whole body first) then
 * reads the 413 instead of failing with EPIPE on a closed socket.
 */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
/** Headers every response carries, also those Fastify answers before any hook (bad URLs). */
const SECURITY_HEADERS = Object.freeze({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });

function packageVersion(): string {
  try {
    // src/server/ and dist/server/ are both two levels below the package root.
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && typeof (pkg as { version?: unknown }).version === 'string') {
      return (pkg as { version: string }).version;
    }
  } catch {
    // Fall through: a missing package.json must not stop the server.
  }
  return '0.0.0';
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Constant-time comparison of a bearer header against the key (hashing equalizes lengths). */
function bearerMatches(header: string | undefined, key: string): boolean {
  if (header === undefined) return false;
  const m = /^Bearer[ ]+(.+)$/i.exec(header.trim());
  return m?.[1] !== undefined && timingSafeEqual(sha256(m[1]), sha256(key));
}

function validate<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ValidationError['issues'] } } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(result.error.issues);
  return result.data;
}

export function buildServer(options: BuildServerOptions): FastifyInstance {
  const { summarize, methods = () => [], env = {}, onClose, poolThreads, logger, model = null, ...rest } = options;
  const settings = resolveSettings(rest, env);
  const cache = createSummaryCache(settings.cacheSize, settings.cacheTtlMs);
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  let openapi: Record<string, unknown> | null = null;

  const app = Fastify({
    logger: logger ?? (settings.logLevel === 'silent' ? false : { level: settings.logLevel }),
    bodyLimit: settings.bodyLimit,
    // A hop count is a function to Fastify's types (proxy-addr does the same with a number).
    trustProxy:
      typeof settings.trustProxy === 'number'
        ? ((hops: number) => (_address: string, hop: number) => hop < hops)(settings.trustProxy)
        : settings.trustProxy,
    // We answer 503 ourselves, as problem+json, from the onRequest hook below.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // A backstop for slow clients; the body itself has `timeoutMs` (preParsing below, a 408 problem).
    requestTimeout: settings.timeoutMs * 2,
    http: { connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
    // Errors Fastify raises before any hook runs (a path that is not valid percent-encoding):
    // the same problem+json, request id and headers as every other error.
    frameworkErrors: (error, request, reply) => {
      void reply.header('x-request-id', request.id).headers(SECURITY_HEADERS);
      sendProblem(error, request, reply);
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });

  if (settings.corsOrigins.length > 0) {
    const any = settings.corsOrigins.includes('*');
    void app.register(cors, {
      origin: any ? true : settings.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id'],
      exposedHeaders: ['x-cache', 'x-request-id', 'retry-after'],
      maxAge: 600,
    });
  }

  // After the CORS plugin has loaded, so its headers are already on a 401/429/503 reply and a
  // browser on an allowed origin can read the problem.
  app.after(() => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
      if (closing) throw new ServerError('SHUTTING_DOWN', 'the server is shutting down; retry on another instance', { 'retry-after': String(settings.retryAfterS) });
      const path = request.url.split('?')[0] ?? '';
      if (settings.apiKey !== null && path.startsWith('/v1/') && request.method !== 'OPTIONS') {
        if (!bearerMatches(request.headers.authorization, settings.apiKey)) {
          throw new ServerError('UNAUTHORIZED', 'send the API key as "Authorization: Bearer <key>"', {
            'www-authenticate': 'Bearer realm="kernpunkte"',
          });
        }
      }
    });

    // A client that just sent a bomb waits before its next request is read (penalty.ts);
    // before admission, so that a waiting request holds no slot.
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.url !== '/v1/summarize' || request.method === 'OPTIONS') return;
      await penalties.wait(request.ip, reply.raw);
    });

    // Admission before the body is read: a summarize request takes one of `concurrency` slots
    // until its answer is sent, or waits for one (first come, first served) for up to
    // `queueWaitMs`. Refusing at once only makes clients ask again at once, and a flood of 429s
    // takes the CPU the worker threads need; a waiting request costs an idle socket.
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.url !== '/v1/summarize' || request.method === 'OPTIONS') return;
      await admission.enter(reply);
    });
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    // While closing, a kept-alive socket would hold close() open until its idle timeout.
    if (closing) reply.header('connection', 'close');
    reply.headers(SECURITY_HEADERS);
    return payload;
  });

  // The body must arrive within the request deadline: a client trickling bytes gets a 408
  // problem then, instead of holding the connection until Node's own timeout.
  app.addHook('preParsing', async (request, reply, payload) => {
    if (request.raw.complete) return payload;
    const body = new PassThrough();
    // Fastify listens for errors only while it reads; a late one must not become uncaught.
    body.on('error', () => undefined);
    const timer = setTimeout(() => {
      if (request.raw.complete || body.readableEnded || body.destroyed) return;
      payload.unpipe(body);
      body.destroy(new ServerError('REQUEST_TIMEOUT', `the request body did not arrive within ${settings.timeoutMs} ms`));
    }, settings.timeoutMs);
    const done = () => clearTimeout(timer);
    payload.once('end', done);
    payload.once('close', done);
    body.once('end', done);
    body.once('close', done);
    reply.raw.once('finish', done);
    reply.raw.once('close', done);
    payload.pipe(body);
    return body;
  });

  // A page the extractor would refuse for its size in nodes (a "bomb": `&amp;` by the
  // hundred thousand) is refused as its body arrives, before JSON.parse, the cache key and the
  // worker (precheck.ts); its client waits a while before its next request is read.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.routeOptions.url !== '/v1/summarize' || request.method !== 'POST' || !isJsonType(request.headers['content-type'])) return payload;
    const check = htmlPrecheck(() => penalties.penalize(request.ip));
    // As above: errors after Fastify stopped listening must not become uncaught; one upstream
    // (the body deadline) reaches Fastify through this stream.
    check.on('error', () => undefined);
    payload.once('error', (error) => check.destroy(error));
    return payload.pipe(check);
  });

  const hints = {
    UNSUPPORTED_MEDIA_TYPE: 'send the body as application/json, or as text/plain for bare article text',
    BODY_TOO_LARGE: `the request body is larger than the limit of ${settings.bodyLimit} bytes; send less, or raise KERNPUNKTE_BODY_LIMIT`,
  } as const;

  function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const problem = toProblem(error, request.url.split('?')[0] ?? '/', String(request.id), hints);
    if (problem.status >= 500) request.log.error({ err: error, code: problem.body.code }, 'request failed');
    else request.log.info({ code: problem.body.code, status: problem.status }, problem.body.detail);
    void reply.status(problem.status).headers(problem.headers).type(PROBLEM_CONTENT_TYPE).send(problem.body);
  }

  app.setErrorHandler(async (error, request, reply) => {
    if ((error as { code?: unknown }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') await drainBody(request.raw, settings.timeoutMs);
    sendProblem(error, request, reply);
    return reply;
  });

  app.setNotFoundHandler((request) => {
    throw new ServerError('NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`);
  });

  const admission = createAdmission(settings, () => rateLimited());
  const penalties = createPenaltyBox(settings.penaltyMs, settings.queueWaitMs);

  const rateLimited = () =>
    new ServerError('RATE_LIMITED', `${settings.concurrency} summaries are already in progress; retry shortly`, {
      'retry-after': String(settings.retryAfterS),
    });

  /** Cache → gate → summarize with a deadline → cache. `hooks`: a model request's streaming and cancellation. */
  async function run(call: { input: SummarizeInput; options: SummarizeOptions }, reply: FastifyReply, hooks: Pick<SummarizeOptions, 'onBullet' | 'signal'> = {}): Promise<Summary> {
    const useModel = wantsModel(call.options.backend, model);
    // Aborted at the deadline, and a model request also when its client goes away. An ordinary
    // summary is not stopped for a client gone: ending a thread costs a fresh one (start-up,
    // cold JIT), far more than finishing the summary.
    const abort = new AbortController();
    const key = cacheKey(call.input, call.options);
    const cached = cache.get(key);
    if (cached !== undefined) {
      void reply.header('x-cache', 'hit');
      cached.bullets.forEach((b, i) => hooks.onBullet?.(b, i, { lang: cached.lang, heading: cached.heading }));
      return cached;
    }
    const isUrl = typeof call.input === 'object' && 'url' in call.input && !('html' in call.input);
    const libOptions: SummarizeOptions = {
      ...call.options,
      ...(isUrl
        ? { timeoutMs: Math.max(1, Math.floor(settings.timeoutMs * FETCH_SHARE_OF_DEADLINE)), allowPrivateHosts: settings.allowPrivateHosts }
        : {}),
    };
    hooks.signal?.addEventListener('abort', () => abort.abort(), { once: true });
    const work = useModel && model ? model.run(call.input, { ...libOptions, ...(hooks.onBullet ? { onBullet: hooks.onBullet } : {}), signal: abort.signal }) : summarize(call.input, libOptions, abort.signal);
    // The slot stays taken until the work really ends, even after a 504: the CPU is still busy.
    const tracked = work.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(tracked);
    void tracked.then(() => inFlight.delete(tracked));

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      const ms = useModel && model ? model.timeoutMs : settings.timeoutMs;
      timer = setTimeout(() => {
        const error = new ServerError('TIMEOUT', `no result within ${ms} ms`);
        reject(error);
        // Stop the work itself: the pool ends the thread (or the model request is cancelled).
        abort.abort(error);
      }, ms);
    });
    try {
      const summary = await Promise.race([work, deadline]);
      if (cacheable(summary)) cache.set(key, summary);
      void reply.header('x-cache', 'miss');
      return summary;
    } finally {
      clearTimeout(timer);
    }
  }

  /** JSON, or server-sent events (a bullet at a time) when the client accepts text/event-stream. */
  const respond = (call: { input: SummarizeInput; options: SummarizeOptions }, request: FastifyRequest, reply: FastifyReply) =>
    wantsEventStream(request)
      ? streamSummary(request, reply, (hooks) => run(call, reply, hooks), (e) => toProblem(e, request.url.split('?')[0] ?? '/', String(request.id), hints).body)
      : run(call, reply);

  app.post('/v1/summarize', async (request: FastifyRequest, reply) => {
    if (typeof request.body === 'string') {
      // text/plain: the body is the article, options come from the query string.
      const query = typeof request.query === 'object' && request.query !== null ? request.query : {};
      return respond(toLibraryCall(validate(SummarizeQuery, { ...query, text: request.body })), request, reply);
    }
    return respond(toLibraryCall(validate(SummarizeBody, request.body ?? {})), request, reply);
  });

  app.get('/v1/summarize', async (request, reply) => run(toLibraryCall(validate(SummarizeQuery, request.query)), reply));

  app.get('/v1/backends', async () => backendsInfo(model));

  app.get('/v1/methods', async () => ({ methods: methods().map((m) => ({ name: m.name, description: m.description })) }));

  app.get('/healthz', async () => ({
    status: 'ok',
    inFlight: inFlight.size,
    queued: admission.waiting(),
    concurrency: settings.concurrency,
    threads: poolThreads ?? null,
  }));

  app.get('/openapi.json', async () => (openapi ??= openApiDocument(packageVersion())));

  const page = (body: string, type: string) => async (_request: FastifyRequest, reply: FastifyReply) => {
    void reply
      .type(type)
      .header('content-security-policy', PAGE_CSP)
      .header('cache-control', 'no-cache')
      .header('x-frame-options', 'DENY');
    return body;
  };
  app.get('/', page(PAGE_HTML, 'text/html; charset=utf-8'));
  app.get('/assets/app.js', page(APP_JS, 'text/javascript; charset=utf-8'));
  app.get('/assets/app.css', page(APP_CSS, 'text/css; charset=utf-8'));

  // Let in-flight summaries finish (bounded by the grace period) before the listener closes:
  // Node closes idle kept-alive sockets as soon as it does, and a request already on its way
  // on one would meet a reset. Until then every new request gets the documented 503 (with
  // `connection: close`). Then release the pool.
  app.addHook('preClose', async () => {
    closing = true;
    admission.refuseWaiting(() => new ServerError('SHUTTING_DOWN', 'the server is shutting down; retry on another instance', { 'retry-after': String(settings.retryAfterS) }));
    let graceTimer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      graceTimer = setTimeout(resolve, settings.shutdownGraceMs);
    });
    await Promise.race([Promise.all([...inFlight]), grace]);
    clearTimeout(graceTimer);
    if (inFlight.size > 0) app.log.warn({ inFlight: inFlight.size }, 'shutdown grace period over with work in flight');
  });
  app.addHook('onClose', async () => {
    if (onClose) await onClose();
  });

  return app;
}

/**
 * Reads and discards what is left of a request body (up to DRAIN_MAX_BYTES, at most `ms`), so
 * the answer reaches a client that writes its whole body before reading.
 */
function drainBody(raw: FastifyRequest['raw'], ms: number): Promise<void> {
  if (raw.complete || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let bytes = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('close', finish);
      raw.off('error', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > DRAIN_MAX_BYTES) finish();
    };
    const timer = setTimeout(finish, ms);
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('close', finish);
    raw.once('error', finish);
    // Undo the preParsing pipe: nobody reads its other end any more, and it would hold the flow.
    raw.unpipe();
    raw.resume();
  });
}

/** One request waiting for a slot. */
interface Waiter {
  admit(): void;
  refuse(error: Error): void;
}

/**
 * The slots of `concurrency` and the queue in front of them. A slot is held from admission
 * until the response is sent or the client is gone; each freed slot goes to the longest waiter.
 */
function createAdmission(settings: Readonly<ServerSettings>, rateLimited: () => Error) {
  let busy = 0;
  const queue: Waiter[] = [];
  const hold = (reply: FastifyReply): void => {
    busy++;
    let held = true;
    const release = (): void => {
      if (!held) return;
      held = false;
      busy--;
      const next = queue.shift();
      if (next) next.admit();
    };
    // 'finish' when the answer is sent (a kept-alive socket stays open: no 'close' yet),
    // 'close' when the client went away first.
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
  };
  return {
    waiting: () => queue.length,
    enter(reply: FastifyReply): Promise<void> | void {
      if (busy < settings.concurrency && queue.length === 0) return hold(reply);
      if (queue.length >= settings.queue || settings.queueWaitMs === 0) throw rateLimited();
      return new Promise<void>((resolve, reject) => {
        const leave = (): void => {
          clearTimeout(timer);
          reply.raw.off('close', gone);
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
        };
        const waiter: Waiter = {
          admit() {
            leave();
            hold(reply);
            resolve();
          },
          refuse(error) {
            leave();
            reject(error);
          },
        };
        const timer = setTimeout(() => waiter.refuse(rateLimited()), settings.queueWaitMs);
        // A client that gives up leaves the queue.
        const gone = (): void => leave();
        reply.raw.once('close', gone);
        queue.push(waiter);
      });
    },
    refuseWaiting(error: () => Error): void {
      for (const w of queue.slice()) w.refuse(error());
    },
  };
}
