/**
 * The `llama` back-end: a GGUF model file run in this process by node-llama-cpp, its reply
 * held to the JSON schema by a grammar. node-llama-cpp is optional (its prebuilt binaries,
 * CUDA variants included, come to about 700 MB), so it is not in package.json: it is imported
 * when this back-end is first used, and missing it is a coded error saying what to install.
 */
import os from 'node:os';
import { KernpunkteError } from '../errors.js';
import { createLimiter } from './limit.js';
import type { BackendConfig, GenerateRequest, ModelBackend } from './types.js';

/** The release the back-end was written against; newer ones broke `npm ci` here. */
export const NODE_LLAMA_CPP_VERSION = '3.21.1';

export const LLAMA_DEFAULTS = Object.freeze({
  /** Tokens of context: the numbered article plus the reply. Longer articles are cut by the grounding stage. */
  contextSize: 8192,
  /** One model in memory serves this many requests at once (one context sequence each). */
  concurrency: 1,
  /**
   * CPU threads: half the logical cores (the physical ones, with SMT). llama.cpp's threads
   * spin while they wait, so more threads than free cores is far slower: on a loaded 2-core
   * machine, 60 tokens of a tiny model took 0.4 s with 1 thread and about a minute with the default.
   */
  threads: Math.max(1, Math.floor(os.availableParallelism() / 2)),
});

/** The few parts of node-llama-cpp used here, typed locally so the build does not need the package. */
interface LlamaModule {
  getLlama(options?: { build?: 'never' | 'auto'; logLevel?: unknown; gpu?: unknown }): Promise<Llama>;
  LlamaChatSession: new (options: { contextSequence: LlamaSequence; systemPrompt?: string }) => LlamaSession;
  LlamaLogLevel?: Record<string, unknown>;
}
interface Llama {
  loadModel(options: { modelPath: string }): Promise<LlamaModel>;
  createGrammarForJsonSchema(schema: unknown): Promise<unknown>;
  dispose(): Promise<void>;
}
interface LlamaModel {
  createContext(options: { contextSize?: number; sequences?: number; threads?: number }): Promise<LlamaContext>;
  dispose(): Promise<void>;
}
interface LlamaContext {
  getSequence(): LlamaSequence;
  dispose(): Promise<void>;
}
interface LlamaSequence {
  dispose(): void;
}
interface LlamaSession {
  prompt(text: string, options: { grammar?: unknown; maxTokens?: number; signal?: AbortSignal; onTextChunk?: (text: string) => void; temperature?: number }): Promise<string>;
  dispose(): void;
}

/** Imports node-llama-cpp, or says how to install it. The name is a variable so TypeScript does not look for its types. */
export async function loadNodeLlamaCpp(specifier = 'node-llama-cpp'): Promise<LlamaModule> {
  try {
    return (await import(specifier)) as LlamaModule;
  } catch (e) {
    const missing = e instanceof Error && 'code' in e && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND');
    throw new KernpunkteError(
      'BACKEND_UNAVAILABLE',
      missing
        ? `the llama back-end needs node-llama-cpp, which is not installed: run \`npm i -E node-llama-cpp@${NODE_LLAMA_CPP_VERSION}\` (or use --backend openai with Ollama or llama.cpp's server)`
        : `node-llama-cpp could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
      { backend: 'llama', install: `npm i -E node-llama-cpp@${NODE_LLAMA_CPP_VERSION}` },
      { cause: e },
    );
  }
}

export async function createLlamaBackend(config: BackendConfig): Promise<ModelBackend> {
  const modelPath = config.modelPath;
  if (!modelPath) throw new KernpunkteError('INVALID_OPTION', 'the llama back-end needs a model file: --model-path FILE.gguf', { option: 'modelPath' });
  const { stat } = await import('node:fs/promises');
  const info = await stat(modelPath).catch(() => null);
  if (!info?.isFile()) throw new KernpunkteError('INVALID_OPTION', `--model-path "${modelPath}" is not a file`, { option: 'modelPath', path: modelPath });

  const lib = await loadNodeLlamaCpp();
  const concurrency = config.concurrency ?? LLAMA_DEFAULTS.concurrency;
  let llama: Llama | undefined;
  let model: LlamaModel | undefined;
  let context: LlamaContext;
  try {
    // Never build llama.cpp from source here: that downloads from GitHub. The prebuilt binaries come from npm.
    llama = await lib.getLlama({ build: 'never', ...(lib.LlamaLogLevel ? { logLevel: lib.LlamaLogLevel.error } : {}) });
    model = await llama.loadModel({ modelPath });
    context = await model.createContext({ contextSize: LLAMA_DEFAULTS.contextSize, sequences: concurrency, threads: LLAMA_DEFAULTS.threads });
  } catch (e) {
    await model?.dispose().catch(() => undefined);
    await llama?.dispose().catch(() => undefined);
    throw new KernpunkteError('MODEL_FAILED', `cannot load the GGUF model "${modelPath}": ${e instanceof Error ? e.message : String(e)}`, { backend: 'llama', modelPath, transient: false }, { cause: e });
  }
  const limiter = createLimiter(concurrency);
  const grammars = new Map<string, Promise<unknown>>();

  async function generate(request: GenerateRequest): Promise<string> {
    const key = JSON.stringify(request.schema);
    let grammar = grammars.get(key);
    if (!grammar) grammars.set(key, (grammar = llama!.createGrammarForJsonSchema(request.schema)));
    const system = request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
    const user = request.messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n\n');
    return limiter.run(async () => {
      const sequence = context.getSequence();
      const session = new lib.LlamaChatSession({ contextSequence: sequence, systemPrompt: system });
      try {
        return await session.prompt(user, {
          grammar: await grammar,
          maxTokens: request.maxTokens,
          temperature: 0,
          ...(request.signal ? { signal: request.signal } : {}),
          ...(request.onText ? { onTextChunk: request.onText } : {}),
        });
      } catch (e) {
        if (request.signal?.aborted) throw new KernpunkteError('ABORTED', 'the model request was cancelled', {}, { cause: e });
        throw new KernpunkteError('MODEL_FAILED', `the llama model failed: ${e instanceof Error ? e.message : String(e)}`, { backend: 'llama', transient: false }, { cause: e });
      } finally {
        session.dispose();
        sequence.dispose();
      }
    }, request.signal);
  }

  return {
    name: 'llama',
    model: modelPath,
    generate,
    async dispose() {
      await context.dispose();
      await model!.dispose();
      await llama!.dispose();
    },
  };
}
