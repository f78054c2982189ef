/**
 * The model back-end flags, one definition for `summarize`, `batch`, `worker` and `serve`:
 * --backend, --model, --base-url, --model-path, --output-lang, --guard, --model-timeout,
 * --model-concurrency. The API key is never a flag: it comes from OPENAI_API_KEY (or
 * KERNPUNKTE_API_KEY), so it does not end up in shell history or `ps`.
 */
import { type Command, Option } from 'commander';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { intOption } from './options.js';

export interface BackendFlags {
  backend?: string;
  model?: string;
  baseUrl?: string;
  modelPath?: string;
  outputLang?: string;
  guard?: 'replace' | 'warn' | 'off';
  modelTimeout?: number;
  modelConcurrency?: number;
}

export function addBackendOptions(cmd: Command): Command {
  return cmd
    .option('--backend <name>', 'who writes the bullets: extractive (default), openai, llama')
    .option('--model <name>', 'openai back-end: the model name (e.g. llama3.2 on Ollama)')
    .option('--base-url <url>', 'openai back-end: an OpenAI-compatible server, e.g. http://localhost:11434/v1 (key from OPENAI_API_KEY)')
    .option('--model-path <file>', 'llama back-end: a GGUF model file (needs node-llama-cpp)')
    .option('--output-lang <code>', 'model back-ends: language to write the bullets in (default: the article\'s)')
    .addOption(new Option('--guard <mode>', 'model bullets failing the faithfulness check: replace (default), warn, off').choices(['replace', 'warn', 'off']))
    .option('--model-timeout <ms>', 'model back-ends: per-request timeout in milliseconds (default 60000)', intOption('--model-timeout'))
    .option('--model-concurrency <n>', 'model back-ends: requests to the model at once (default 4; llama 1)', intOption('--model-concurrency', 1, 64));
}

/** The flags as library options (only those given). */
export function backendOptions(flags: BackendFlags): SummarizeOptions {
  return {
    ...(flags.backend !== undefined ? { backend: flags.backend } : {}),
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
    ...(flags.modelPath !== undefined ? { modelPath: flags.modelPath } : {}),
    ...(flags.outputLang !== undefined ? { outputLang: flags.outputLang } : {}),
    ...(flags.guard !== undefined ? { guard: flags.guard } : {}),
    ...(flags.modelTimeout !== undefined ? { modelTimeoutMs: flags.modelTimeout } : {}),
    ...(flags.modelConcurrency !== undefined ? { modelConcurrency: flags.modelConcurrency } : {}),
  };
}

/**
 * For batch and queue workers: with a model back-end, records are summarized in this process
 * (they wait on the model, not on the CPU), as many at once as the back-end's concurrency
 * limit lets through; null for the extractive back-end, which runs on the worker pool.
 * Unknown back-end names and missing models fail here, before the first record.
 */
export async function modelRunner(options: SummarizeOptions): Promise<{ summarize: (input: SummarizeInput, options?: SummarizeOptions) => Promise<Summary>; concurrency: number; dispose: () => Promise<void> } | null> {
  const { isModelBackend, loadBackend, disposeBackends } = await import('../backends/index.js');
  if (!isModelBackend(options.backend)) return null;
  const [{ summarize }, { backendConfig }] = await Promise.all([import('../summarize/index.js'), import('../ground/index.js')]);
  const backend = await loadBackend(options.backend!, backendConfig(options));
  const { OPENAI_DEFAULTS } = await import('../backends/openai.js');
  const { LLAMA_DEFAULTS } = await import('../backends/llama.js');
  const concurrency = options.modelConcurrency ?? (backend.name === 'llama' ? LLAMA_DEFAULTS.concurrency : OPENAI_DEFAULTS.concurrency);
  return { summarize: (input, opts) => summarize(input, { ...options, ...opts }), concurrency, dispose: disposeBackends };
}
