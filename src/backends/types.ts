/**
 * What a model back-end is: something that answers a chat (system + user message) with text,
 * constrained to a JSON schema where it can. The grounding stage (src/ground/) writes the
 * messages and reads the reply; the back-end only talks to the model.
 */

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  /** JSON schema the reply must follow (response_format on a server, a grammar in process). */
  schema: Record<string, unknown>;
  /** Upper bound on the reply's tokens. */
  maxTokens: number;
  /** Receives the reply as it is written, piece by piece (streaming). */
  onText?: (delta: string) => void;
  signal?: AbortSignal;
}

/** How to reach and run a model. Each back-end reads the fields it needs. */
export interface BackendConfig {
  /** Model name (openai back-end). */
  model?: string;
  /** Base URL of an OpenAI-compatible server. Default https://api.openai.com/v1. */
  baseUrl?: string;
  /** GGUF file (llama back-end). */
  modelPath?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Retries on 429, 5xx and timeouts, with backoff honouring Retry-After. */
  retries?: number;
  /** Requests to the model at once; more wait their turn. */
  concurrency?: number;
  /** Environment to read the API key from (OPENAI_API_KEY, KERNPUNKTE_API_KEY). Default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A loaded model back-end. `generate` resolves to the reply text; `dispose` frees the model. */
export interface ModelBackend {
  readonly name: string;
  /** What wrote the summary: the model name or file, for `Summary.method` and cache keys. */
  readonly model: string;
  generate(request: GenerateRequest): Promise<string>;
  dispose(): Promise<void>;
}

/** A registry entry: a name, a line for `--help`, and a factory that loads its dependencies lazily. */
export interface BackendEntry {
  name: string;
  description: string;
  /** null for `extractive`, which needs no model. */
  create: ((config: BackendConfig) => Promise<ModelBackend>) | null;
}
