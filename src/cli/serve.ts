/**
 * `kernpunkte serve`: the shell around startServer(). Flags win over KERNPUNKTE_* variables,
 * which win over the defaults (see src/server/settings.ts). A bad setting throws the server's
 * KernpunkteError; main.ts reports it (exit 2). The server (fastify) loads when the action runs.
 */
import { Command, Option } from 'commander';
import { ENV_NAMES, SERVER_DEFAULTS, type SettingsInput } from '../server/settings.js';
import { addBackendOptions, backendOptions, type BackendFlags } from './backend-options.js';

interface ServeFlags extends BackendFlags {
  port?: string;
  host?: string;
  bodyLimit?: string;
  timeout?: string;
  concurrency?: string;
  cors?: string;
  apiKey?: string;
  trustProxy?: string;
  threads?: string;
  cacheSize?: string;
  logLevel?: string;
}

/** Flags → settings (strings; resolveSettings checks and converts them). */
export function flagsToSettings(flags: ServeFlags): SettingsInput {
  const out: SettingsInput = {};
  if (flags.port !== undefined) out.port = flags.port;
  if (flags.host !== undefined) out.host = flags.host;
  if (flags.bodyLimit !== undefined) out.bodyLimit = flags.bodyLimit;
  if (flags.timeout !== undefined) out.timeoutMs = flags.timeout;
  if (flags.concurrency !== undefined) out.concurrency = flags.concurrency;
  if (flags.cors !== undefined) out.corsOrigins = flags.cors;
  if (flags.apiKey !== undefined) out.apiKey = flags.apiKey;
  if (flags.trustProxy !== undefined) out.trustProxy = flags.trustProxy;
  if (flags.threads !== undefined) out.threads = flags.threads;
  if (flags.cacheSize !== undefined) out.cacheSize = flags.cacheSize;
  if (flags.logLevel !== undefined) out.logLevel = flags.logLevel;
  return out;
}

export function serveCommand(): Command {
  const env = (name: keyof typeof ENV_NAMES, flag: string, description: string) =>
    new Option(flag, `${description} (env ${ENV_NAMES[name]})`);
  return addBackendOptions(new Command('serve'))
    .description('HTTP API (POST /v1/summarize, GET /openapi.json) and the web page at /')
    .addOption(env('port', '-p, --port <port>', `port, 0 = any free one (default ${SERVER_DEFAULTS.port})`))
    .addOption(env('host', '--host <host>', `address to bind (default ${SERVER_DEFAULTS.host})`))
    .addOption(env('bodyLimit', '--body-limit <bytes>', `largest request body (default ${SERVER_DEFAULTS.bodyLimit})`))
    .addOption(env('timeoutMs', '--timeout <ms>', `per-request deadline (default ${SERVER_DEFAULTS.timeoutMs})`))
    .addOption(env('concurrency', '--concurrency <n>', `summaries in flight before 429 (default ${SERVER_DEFAULTS.concurrency})`))
    .addOption(env('corsOrigins', '--cors <origins>', 'comma-separated allowed origins, or * (default: no CORS)'))
    .addOption(env('apiKey', '--api-key <key>', 'require "Authorization: Bearer <key>" on /v1/* (prefer the env variable)'))
    .addOption(env('trustProxy', '--trust-proxy <value>', 'true, a hop count, or addresses/CIDRs (default false)'))
    .addOption(env('threads', '--threads <n>', 'worker threads, 0 = one per core (default 0)'))
    .addOption(env('cacheSize', '--cache-size <n>', `cached results, 0 = off (default ${SERVER_DEFAULTS.cacheSize})`))
    .addOption(env('logLevel', '--log-level <level>', `pino level or silent (default ${SERVER_DEFAULTS.logLevel})`))
    .action(async (flags: ServeFlags) => {
      const { closeOnSignals, startServer } = await import('../server/start.js');
      // The model back-end is the operator's: requests may only ask to use it (key from OPENAI_API_KEY).
      const { backend, ...modelOptions } = backendOptions(flags);
      const server = await startServer(flagsToSettings(flags), process.env, backend ? { name: backend, options: modelOptions } : undefined);
      closeOnSignals(server);
      process.stderr.write(`kernpunkte listening on ${server.url}\n`);
    });
}
