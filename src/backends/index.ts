/**
 * The back-ends that write a summary's bullets, by name. `extractive` (the default) picks
 * article sentences and needs nothing; the model back-ends load their dependencies on first
 * use and are kept, one instance per configuration, until `disposeBackends()`.
 *
 * @example
 *   backends().map((b) => b.name)   // → ['extractive', 'openai', 'llama']
 *   const model = await loadBackend('openai', { model: 'llama3.2', baseUrl: 'http://localhost:11434/v1' });
 */
import { createHash } from 'node:crypto';
import { KernpunkteError } from '../errors.js';
import { OPENAI_DEFAULTS } from './openai.js';
import type { BackendConfig, BackendEntry, ModelBackend } from './types.js';

export type { BackendConfig, BackendEntry, ChatMessage, GenerateRequest, ModelBackend } from './types.js';
export { createLimiter, type Limiter } from './limit.js';
export { NODE_LLAMA_CPP_VERSION, loadNodeLlamaCpp } from './llama.js';

export const DEFAULT_BACKEND = 'extractive';

const ENTRIES: readonly BackendEntry[] = Object.freeze([
  { name: 'extractive', description: 'article sentences chosen by a ranking method (offline, no model)', create: null },
  {
    name: 'openai',
    description: 'any OpenAI-compatible chat-completions server: OpenAI, Ollama, llama.cpp server, vLLM, LM Studio (--model, --base-url)',
    create: async (config) => (await import('./openai.js')).createOpenAiBackend(config),
  },
  {
    name: 'llama',
    description: 'a GGUF model file run in process (--model-path; needs node-llama-cpp@3.21.1)',
    create: async (config) => (await import('./llama.js')).createLlamaBackend(config),
  },
]);
const REGISTRY: ReadonlyMap<string, BackendEntry> = new Map(ENTRIES.map((e) => [e.name, Object.freeze(e)]));

/** The back-ends, default first. */
export function backends(): Array<{ name: string; description: string }> {
  return ENTRIES.map(({ name, description }) => ({ name, description }));
}

export function getBackendEntry(name: string): BackendEntry {
  const entry = REGISTRY.get(name);
  if (!entry) {
    const valid = [...REGISTRY.keys()];
    throw new KernpunkteError('UNKNOWN_BACKEND', `unknown backend "${name}": must be one of ${valid.join(', ')}`, { backend: name, valid });
  }
  return entry;
}

/** True for back-ends that call a model (everything but `extractive`). Throws for unknown names. */
export function isModelBackend(name: string | undefined): boolean {
  return name !== undefined && getBackendEntry(name).create !== null;
}

const loaded = new Map<string, Promise<ModelBackend>>();

/** One instance per back-end and configuration; the key's hash stands in for the key. */
function instanceKey(name: string, config: BackendConfig): string {
  const env = config.env ?? process.env;
  const keys = OPENAI_DEFAULTS.keyVariables.map((v) => env[v] ?? '').join('\u0000');
  const { env: _env, ...rest } = config;
  return JSON.stringify([name, rest, createHash('sha256').update(keys).digest('hex')]);
}

/**
 * The model back-end `name` with `config`, loaded once and shared (by the library, the CLI,
 * batch, workers and the server), so its concurrency limit holds across all of them.
 */
export async function loadBackend(name: string, config: BackendConfig = {}): Promise<ModelBackend> {
  const entry = getBackendEntry(name);
  if (!entry.create) throw new KernpunkteError('INVALID_OPTION', `the ${name} back-end has no model to load`, { backend: name });
  const key = instanceKey(name, config);
  let backend = loaded.get(key);
  if (!backend) {
    backend = entry.create(config);
    loaded.set(key, backend);
    // A failed load is not kept: the next call tries again (the server may have come up).
    backend.catch(() => loaded.delete(key));
  }
  return backend;
}

/** Frees every loaded model (llama's memory; openai's have nothing to free). */
export async function disposeBackends(): Promise<void> {
  const all = [...loaded.values()];
  loaded.clear();
  await Promise.all(all.map(async (p) => (await p.catch(() => null))?.dispose()));
}
