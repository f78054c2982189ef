/**
 * Production wiring: settings from env + options, the worker pool as the summarizer, listen,
 * and graceful shutdown on SIGTERM/SIGINT. The CLI (`kernpunkte serve`) and the benchmark use it.
 *
 * @example
 *   const server = await startServer({ port: 0 });   // → { url: 'http://127.0.0.1:43817', … }
 *   await server.close();
 */
import type { FastifyInstance } from 'fastify';
import { methods } from '../rank/index.js';
import { createSummaryPool } from '../pool/index.js';
import { buildServer } from './index.js';
import { loadServerModel, type ServerBackendConfig } from './model.js';
import { resolveSettings, type ServerSettings, type SettingsInput } from './settings.js';

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port with the port actually bound. */
  url: string;
  settings: Readonly<ServerSettings>;
  /** Worker threads of the pool. */
  threads: number;
  /** Stop accepting, let in-flight requests finish, destroy the pool. */
  close(): Promise<void>;
}

export async function startServer(
  options: SettingsInput = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** A model back-end for requests that ask for it (`serve --backend openai --model …`); loaded before listening. */
  backend?: ServerBackendConfig,
): Promise<RunningServer> {
  const settings = resolveSettings(options, env);
  const model = backend && backend.name !== 'extractive' ? await loadServerModel(backend, env) : null;
  const pool = createSummaryPool(settings.threads > 0 ? { threads: settings.threads } : {});
  const app = buildServer({
    ...settings,
    summarize: (input, opts, signal) => pool.run(input, opts, signal),
    methods,
    model,
    poolThreads: pool.threads,
    onClose: async () => {
      await pool.destroy();
      await model?.dispose();
    },
  });
  try {
    await app.listen({ port: settings.port, host: settings.host });
  } catch (e) {
    await pool.destroy();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return { app, url: `http://${host}:${port}`, settings, threads: pool.threads, close: () => app.close() };
}

/**
 * Close gracefully on the first SIGTERM/SIGINT; a second signal, or the grace period running
 * out, exits at once. Returns a function that removes the handlers.
 */
export function closeOnSignals(server: RunningServer, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) {
      server.app.log.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    closing = true;
    server.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      server.app.log.error('shutdown took too long: exiting');
      exit(1);
    }, server.settings.shutdownGraceMs + 5_000);
    force.unref();
    server.close().then(
      () => {
        clearTimeout(force);
        exit(0);
      },
      (e: unknown) => {
        server.app.log.error({ err: e }, 'error during shutdown');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
