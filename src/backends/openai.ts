/**
 * The `openai` back-end: any server that speaks OpenAI's chat-completions protocol (OpenAI,
 * Ollama at http://localhost:11434/v1, llama.cpp's server, vLLM, LM Studio), through the
 * official `openai` package. That package retries 429, 5xx and timeouts with exponential
 * backoff and honours Retry-After; this file adds the concurrency limit, the JSON schema and
 * coded errors that never contain the key.
 */
import { KernpunkteError } from '../errors.js';
import { createLimiter } from './limit.js';
import type { BackendConfig, GenerateRequest, ModelBackend } from './types.js';

export const OPENAI_DEFAULTS = Object.freeze({
  baseUrl: 'https://api.openai.com/v1',
  /** Per attempt; a hanging server costs (retries + 1) × this. */
  timeoutMs: 60_000,
  retries: 2,
  /** Requests at once per back-end instance: enough to keep a local GPU busy, polite to an API. */
  concurrency: 4,
  /** Environment variables holding the key, first set wins. */
  keyVariables: ['OPENAI_API_KEY', 'KERNPUNKTE_API_KEY'] as readonly string[],
});

/** HTTP statuses worth a fallback to the extractive summary rather than an error: the server is busy or down. */
const TRANSIENT_STATUS = (status: number | undefined): boolean => status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;

function apiKey(config: BackendConfig, baseUrl: string): string {
  const env = config.env ?? process.env;
  for (const name of OPENAI_DEFAULTS.keyVariables) {
    const value = env[name];
    if (value) return value;
  }
  if (baseUrl === OPENAI_DEFAULTS.baseUrl) {
    throw new KernpunkteError('INVALID_OPTION', `the openai back-end needs an API key for ${baseUrl}: set OPENAI_API_KEY (or give --base-url of a local server)`, {
      option: 'apiKey',
    });
  }
  // Local servers (Ollama, llama.cpp) ignore the key, but the client insists on one.
  return 'no-key';
}

/** A message from the server with the key taken out, in case it echoes it. */
function scrub(message: string, key: string): string {
  return key.length >= 4 ? message.split(key).join('[key]') : message;
}

export async function createOpenAiBackend(config: BackendConfig): Promise<ModelBackend> {
  const model = config.model;
  if (!model) throw new KernpunkteError('INVALID_OPTION', 'the openai back-end needs a model name: --model NAME (e.g. llama3.2 on Ollama, gpt-4o-mini on OpenAI)', { option: 'model' });
  const baseUrl = (config.baseUrl ?? OPENAI_DEFAULTS.baseUrl).replace(/\/+$/, '');
  try {
    new URL(baseUrl);
  } catch {
    throw new KernpunkteError('INVALID_OPTION', `--base-url must be a URL such as http://localhost:11434/v1, got "${baseUrl}"`, { option: 'baseUrl' });
  }
  const key = apiKey(config, baseUrl);
  const { default: OpenAI, APIError, APIUserAbortError, APIConnectionTimeoutError } = await import('openai');
  const timeoutMs = config.timeoutMs ?? OPENAI_DEFAULTS.timeoutMs;
  const client = new OpenAI({ apiKey: key, baseURL: baseUrl, timeout: timeoutMs, maxRetries: config.retries ?? OPENAI_DEFAULTS.retries });
  const limiter = createLimiter(config.concurrency ?? OPENAI_DEFAULTS.concurrency);

  const failure = (e: unknown, signal: AbortSignal | undefined): KernpunkteError => {
    if (e instanceof KernpunkteError) return e;
    if (e instanceof APIUserAbortError || signal?.aborted) return new KernpunkteError('ABORTED', 'the model request was cancelled', {}, { cause: e });
    if (e instanceof APIConnectionTimeoutError) {
      return new KernpunkteError('MODEL_FAILED', `the model server at ${baseUrl} did not answer within ${timeoutMs} ms`, { backend: 'openai', baseUrl, transient: true, reason: 'timeout' });
    }
    if (e instanceof APIError) {
      const status = e.status;
      const what = status === undefined ? 'could not be reached' : `answered ${status}`;
      const hint = status === 401 || status === 403 ? ': check OPENAI_API_KEY' : status === 404 ? `: is "${model}" a model it serves, and does the base URL end in /v1?` : '';
      return new KernpunkteError('MODEL_FAILED', `the model server at ${baseUrl} ${what}${hint} (${scrub(e.message, key)})`, {
        backend: 'openai',
        baseUrl,
        transient: TRANSIENT_STATUS(status),
        ...(status !== undefined ? { status } : {}),
      });
    }
    const why = e instanceof Error ? e.message : String(e);
    return new KernpunkteError('MODEL_FAILED', `the model request to ${baseUrl} failed: ${scrub(why, key)}`, { backend: 'openai', baseUrl, transient: true });
  };

  async function generate(request: GenerateRequest): Promise<string> {
    const { signal } = request;
    const body = {
      model: model!,
      messages: request.messages,
      max_tokens: request.maxTokens,
      temperature: 0,
      // Not strict: OpenAI's strict mode accepts only a subset of JSON Schema (untested here, no key); grammar-based
      // servers (Ollama, llama.cpp) use minItems and maxLength, and OpenAI treats a non-strict schema as guidance.
      response_format: { type: 'json_schema' as const, json_schema: { name: 'kernpunkte_bullets', strict: false, schema: request.schema } },
    };
    const options = signal ? { signal } : {};
    return limiter.run(async () => {
      try {
        if (!request.onText) {
          const reply = await client.chat.completions.create({ ...body, stream: false }, options);
          return reply.choices[0]?.message?.content ?? '';
        }
        const stream = await client.chat.completions.create({ ...body, stream: true }, options);
        let text = '';
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content;
          if (delta) {
            text += delta;
            request.onText(delta);
          }
        }
        return text;
      } catch (e) {
        throw failure(e, signal);
      }
    }, signal).catch((e: unknown) => {
      throw failure(e, signal);
    });
  }

  return { name: 'openai', model, generate, dispose: async () => undefined };
}
