/**
 * The server's model back-end: configured once at start (`kernpunkte serve --backend openai
 * --model … --base-url …`), loaded then, and used for requests that ask for it by name.
 * Clients choose only whether to use it; the model, the server address and the key stay the
 * operator's, never the browser's. Model requests run on the main thread (they wait on the
 * network or on llama.cpp's own threads, not on the CPU of the pool) and can stream bullets
 * as server-sent events.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KernpunkteError } from '../errors.js';
import type { ModelBackend } from '../backends/index.js';
import type { Bullet, Summary, SummarizeInput, SummarizeOptions } from '../types.js';

export interface ServerBackendConfig {
  /** `openai` or `llama`. */
  name: string;
  /** model, baseUrl, modelPath, guard, outputLang, modelTimeoutMs, modelRetries, modelConcurrency. */
  options: SummarizeOptions;
  /** Deadline of one model request in ms (a model is slower than the extractive path). Default 120000. */
  timeoutMs?: number;
}

export interface ServerModel {
  name: string;
  model: string;
  options: SummarizeOptions;
  timeoutMs: number;
  run(input: SummarizeInput, options: SummarizeOptions): Promise<Summary>;
  dispose(): Promise<void>;
}

export const MODEL_DEADLINE_MS = 120_000;

/**
 * Loads the configured back-end. The key comes from OPENAI_API_KEY only: KERNPUNKTE_API_KEY is
 * this server's own key, which must not be sent to the model's host.
 */
export async function loadServerModel(config: ServerBackendConfig, env: Readonly<Record<string, string | undefined>> = process.env): Promise<ServerModel> {
  const [{ loadBackend }, { backendConfig }, { summarizeWithBackend }] = await Promise.all([
    import('../backends/index.js'),
    import('../ground/index.js'),
    import('../summarize/index.js'),
  ]);
  const backend: ModelBackend = await loadBackend(config.name, { ...backendConfig(config.options), env: { OPENAI_API_KEY: env.OPENAI_API_KEY } });
  return {
    name: backend.name,
    model: backend.model,
    options: config.options,
    timeoutMs: config.timeoutMs ?? MODEL_DEADLINE_MS,
    run: (input, options) =>
      summarizeWithBackend(input, { ...options, ...config.options, ...pick(options) }, backend).catch((e: unknown) => {
        // The model's address is the operator's business: clients get the status, the log gets the rest (as the cause).
        if (e instanceof KernpunkteError && e.code === 'MODEL_FAILED') {
          const status = typeof e.details.status === 'number' ? e.details.status : undefined;
          throw new KernpunkteError('MODEL_FAILED', `the model back-end failed${status ? ` (its server answered ${status})` : ''}`, status ? { status } : {}, { cause: e });
        }
        throw e;
      }),
    dispose: () => backend.dispose(),
  };
}

/** What a request may choose for itself (the rest is the operator's). */
function pick(options: SummarizeOptions): SummarizeOptions {
  return {
    ...(options.guard !== undefined ? { guard: options.guard } : {}),
    ...(options.outputLang !== undefined ? { outputLang: options.outputLang } : {}),
  };
}

/** True when the request asks for the model; INVALID_OPTION when it asks for one this server does not have. */
export function wantsModel(requested: string | undefined, model: ServerModel | null): boolean {
  if (requested === undefined || requested === 'extractive') return false;
  if (model && requested === model.name) return true;
  throw new KernpunkteError(
    'INVALID_OPTION',
    model
      ? `this server's back-ends are extractive and ${model.name}, not "${requested}"`
      : `this server has no model back-end: it was started without --backend (kernpunkte serve --backend openai --model NAME --base-url URL)`,
    { option: 'backend', valid: model ? ['extractive', model.name] : ['extractive'] },
  );
}

/** GET /v1/backends: what the page may offer. */
export function backendsInfo(model: ServerModel | null): { default: string; backends: Array<{ name: string; model?: string }> } {
  return { default: 'extractive', backends: [{ name: 'extractive' }, ...(model ? [{ name: model.name, model: model.model }] : [])] };
}

export function wantsEventStream(request: FastifyRequest): boolean {
  return /\btext\/event-stream\b/i.test(request.headers.accept ?? '');
}

/** Warnings that make a summary unfit for the cache: the model was away, the next try may reach it. */
export function cacheable(summary: Summary): boolean {
  return !summary.warnings.some((w) => w.code === 'MODEL_UNAVAILABLE' || w.code === 'MODEL_REPLY_INCOMPLETE' || w.code === 'MODEL_REPLY_UNUSABLE');
}

/**
 * Answers as server-sent events: `bullet` events (`{position, bullet}`, each with its sources
 * and check) as the model finishes them, then one `summary` event with the whole result, or
 * one `error` event with the problem. `work` gets the hook and a signal that fires when the
 * client goes away.
 */
export async function streamSummary(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (hooks: { onBullet: (bullet: Bullet, position: number) => void; signal: AbortSignal }) => Promise<Summary>,
  problem: (error: unknown) => unknown,
): Promise<void> {
  const controller = new AbortController();
  const raw = reply.raw;
  const onClose = (): void => {
    if (!raw.writableEnded) controller.abort();
  };
  raw.on('close', onClose);
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
      'x-content-type-options': 'nosniff',
    });
  };
  const send = (event: string, data: unknown): void => {
    start();
    raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    const summary = await work({ onBullet: (bullet, position) => send('bullet', { position, bullet }), signal: controller.signal });
    send('summary', summary);
  } catch (e) {
    // Before the first event, the error is an ordinary problem response.
    if (!started) throw e;
    send('error', problem(e));
  } finally {
    raw.off('close', onClose);
  }
  raw.end();
}
