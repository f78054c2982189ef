/**
 * A real HTTP server on loopback that speaks OpenAI's chat-completions protocol, for testing
 * the `openai` back-end without a model. Each request is answered by the next scripted
 * responder (the default one when the script is used up). Its "model" reads the numbered
 * sentences [1], [2], … of the prompt and answers with them as bullets, so replies are
 * derived from the request, not canned.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    stream?: boolean;
    response_format?: { type: string; json_schema?: { schema?: unknown } };
    max_tokens?: number;
  };
  headers: IncomingMessage['headers'];
  /** Sentences the prompt numbered, by number (1-based, index 0 unused). */
  numbered: string[];
  /** When the request arrived (performance.now()). */
  at: number;
}

export type Responder = (req: ChatRequest, res: ServerResponse) => void | Promise<void>;

export interface ChatServer {
  /** Base URL, ending in /v1 as the clients expect. */
  url: string;
  requests: ChatRequest[];
  /** Requests being answered right now, and the most at once so far. */
  active: number;
  maxActive: number;
  /** Responders for the next requests, in order. */
  script: Responder[];
  close(): Promise<void>;
}

export function numberedSentences(prompt: string): string[] {
  const out: string[] = [''];
  for (const m of prompt.matchAll(/^\[(\d+)\] (.*)$/gm)) out[Number(m[1])] = m[2]!;
  return out;
}

/** The model's reply: the first `count` numbered sentences, each citing itself, optionally changed. */
export function sentenceBullets(req: ChatRequest, count = 3, edit: (text: string, i: number) => string = (t) => t): string {
  const bullets = req.numbered.slice(1, count + 1).map((text, i) => ({ text: edit(text, i), sources: [i + 1] }));
  return JSON.stringify({ bullets });
}

/** Bullets asked for, read from the prompt's task line ("Write the 3 most important …", "Schreibe die 3 …"). */
export function askedCount(req: ChatRequest): number {
  const user = req.body.messages.find((m) => m.role === 'user')?.content ?? '';
  return Number(/(?:the|die) (\d+) (?:most important|wichtigsten)/.exec(user)?.[1] ?? 1);
}

export function completion(model: string, content: string): Record<string, unknown> {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function chunk(model: string, content: string | null): string {
  const delta = content === null ? {} : { content };
  return `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: content === null ? 'stop' : null }] })}\n\n`;
}

/** Answers `content`, as one JSON body or, when the client asked to stream, as server-sent chunks. */
export async function reply(req: ChatRequest, res: ServerResponse, content: string, between?: (piece: number) => Promise<void>): Promise<void> {
  if (!req.body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(req.body.model, content)));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  // Pieces of about 20 characters, as a model's tokens arrive.
  const pieces = content.match(/[\s\S]{1,20}/g) ?? [];
  for (let i = 0; i < pieces.length; i++) {
    res.write(chunk(req.body.model, pieces[i]!));
    if (between) await between(i);
  }
  res.write(chunk(req.body.model, null));
  res.end('data: [DONE]\n\n');
}

export const faithful: Responder = (req, res) => reply(req, res, sentenceBullets(req, askedCount(req)));

export function error(status: number, headers: Record<string, string> = {}, message = 'scripted error'): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ error: { message, type: 'server_error', code: null } }));
  };
}

/** Never answers (the connection stays open until the client gives up or the server closes). */
export const hang: Responder = () => new Promise<void>(() => undefined);

export async function startChatServer(fallback: Responder = faithful): Promise<ChatServer> {
  const sockets = new Set<import('node:net').Socket>();
  const state: ChatServer = {
    url: '',
    requests: [],
    active: 0,
    maxActive: 0,
    script: [],
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      let body: ChatRequest['body'];
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest['body'];
      } catch {
        res.writeHead(400).end('{"error":{"message":"bad json"}}');
        return;
      }
      if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
        res.writeHead(404).end('{"error":{"message":"not found"}}');
        return;
      }
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const request: ChatRequest = { body, headers: req.headers, numbered: numberedSentences(user), at };
      state.requests.push(request);
      state.active++;
      state.maxActive = Math.max(state.maxActive, state.active);
      res.on('close', () => state.active--);
      const responder = state.script.shift() ?? fallback;
      void Promise.resolve(responder(request, res)).catch(() => res.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
