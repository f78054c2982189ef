/**
 * HTTP load benchmark: the real server (worker pool, compiled dist/) in a child process on
 * 127.0.0.1, driven by autocannon with POST /v1/summarize on real article texts.
 *
 *   npm run build && node bench/server.js          # standalone: table on stderr, JSON on stdout
 *   npm run bench -- server                        # as part of bench/run.js
 *
 * Runs: 32 and 128 connections against a server whose concurrency limit is above the connection
 * count (every request must succeed: errors 0, non-2xx 0), then 128 connections against a limit
 * of four requests per worker thread, where the overflow must come back as fast 429s, not as a collapse.
 * The result cache is off (KERNPUNKTE_CACHE_SIZE=0) so every request is summarized.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const START = join(ROOT, 'dist/server/start.js');

/** Tuning of the benchmark itself. */
export const SETTINGS = Object.freeze({
  durationS: 5,
  /** Untimed load first, so the runs measure warm worker threads. */
  warmupS: 3,
  connections: [32, 128],
  /** Articles per language from the shared evaluation data (varied bodies, seed-sized). */
  articlesPerSet: 40,
  sets: ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl'],
  /** RSS sampling interval of the server process (ms). */
  rssSampleMs: 100,
});

function dataDir() {
  for (const dir of [join(ROOT, '../shared/data'), join(ROOT, 'shared/data'), '/work/shared/data']) {
    if (existsSync(dir)) return dir;
  }
  throw new Error('bench/server.js: shared/data not found (expected ../shared/data next to the repo)');
}

function loadBodies() {
  const dir = dataDir();
  const bodies = [];
  for (const set of SETTINGS.sets) {
    const lines = readFileSync(join(dir, set), 'utf8').split('\n').filter(Boolean);
    for (const line of lines.slice(0, SETTINGS.articlesPerSet)) {
      const { title, text } = JSON.parse(line);
      bodies.push(JSON.stringify({ text, ...(title ? { title } : {}), bullets: 3 }));
    }
  }
  return bodies;
}

/** Start `startServer()` from dist/ in a child process; resolves with its URL and pid. */
function startChild(env) {
  if (!existsSync(START)) throw new Error('bench/server.js: dist/server/start.js is missing; run `npm run build` first');
  const code = [
    `import { startServer, closeOnSignals } from ${JSON.stringify(pathToFileURL(START).href)};`,
    `const server = await startServer({ port: 0, host: '127.0.0.1' });`,
    `closeOnSignals(server);`,
    `process.send({ url: server.url, threads: server.threads });`,
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    env: { ...process.env, KERNPUNKTE_LOG_LEVEL: 'warn', KERNPUNKTE_CACHE_SIZE: '0', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => reject(new Error(`server exited early with code ${c}`)));
    child.once('message', (m) => resolve({ child, url: m.url, threads: m.threads }));
  });
}

async function stopChild(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function readKb(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Sample the process's RSS while `fn` runs; returns [result, peak MiB]. */
async function withRss(pid, fn) {
  let peak = readKb(pid, 'VmRSS') ?? 0;
  const timer = setInterval(() => {
    const kb = readKb(pid, 'VmRSS');
    if (kb !== null && kb > peak) peak = kb;
  }, SETTINGS.rssSampleMs);
  try {
    const result = await fn();
    return [result, Math.round((peak / 1024) * 10) / 10];
  } finally {
    clearInterval(timer);
  }
}

function load(url, connections, bodies, durationS = SETTINGS.durationS) {
  let i = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/v1/summarize`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections,
        duration: durationS,
        requests: [
          {
            setupRequest(req) {
              req.body = bodies[i++ % bodies.length];
              return req;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

function summarizeRun(name, connections, limit, result, peakRssMiB) {
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    name,
    connections,
    concurrencyLimit: limit,
    requests: result.requests.total,
    ok2xx: result['2xx'],
    rps: Math.round(result.requests.average * 10) / 10,
    ok2xxPerS: Math.round((result['2xx'] / result.duration) * 10) / 10,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status429: codes['429'] ?? 0,
    statusCodes: codes,
    peakRssMiB,
  };
}

export async function run({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const bodies = loadBodies();
  const runs = [];
  const wide = Math.max(...SETTINGS.connections) * 2;
  const server = await startChild({ KERNPUNKTE_CONCURRENCY: String(wide) });
  const threads = server.threads ?? os.availableParallelism();
  log(`server bench: ${bodies.length} articles, ${threads} worker threads, ${SETTINGS.durationS}s per run, cache off`);
  try {
    // Warm-up: JIT-compiling the pipeline in every thread makes a summary ~5× faster (6 → 1 ms).
    await load(server.url, threads * 4, bodies, SETTINGS.warmupS);
    for (const connections of SETTINGS.connections) {
      const [result, rss] = await withRss(server.child.pid, () => load(server.url, connections, bodies));
      runs.push(summarizeRun(`${connections} connections`, connections, wide, result, rss));
      log(`  ${connections} connections done`);
    }
  } finally {
    await stopChild(server.child);
  }

  // Overload: a limit of four requests per thread (enough queued work to keep the pool busy,
  // far below 128 connections). Expect many fast 429s, no errors, and successes still coming.
  const limit = threads * 4;
  const tight = await startChild({ KERNPUNKTE_CONCURRENCY: String(limit) });
  try {
    await load(tight.url, threads * 2, bodies, SETTINGS.warmupS);
    const connections = Math.max(...SETTINGS.connections);
    const [result, rss] = await withRss(tight.child.pid, () => load(tight.url, connections, bodies));
    runs.push(summarizeRun(`${connections} connections, limit ${limit}`, connections, limit, result, rss));
  } finally {
    await stopChild(tight.child);
  }

  const table = toTable(runs);
  log(table);
  const best = Math.max(...runs.filter((r) => r.status429 === 0).map((r) => r.ok2xxPerS));
  const overload = runs[runs.length - 1];
  return {
    threads,
    articles: bodies.length,
    durationS: SETTINGS.durationS,
    cache: 'off',
    // Other work on the machine skews every number; the load average says how much there was.
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    cores: os.availableParallelism(),
    runs,
    checks: {
      // Below the limit every request succeeds.
      unlimitedAllOk: runs.filter((r) => r.concurrencyLimit >= r.connections).every((r) => r.errors + r.timeouts === 0 && r.non2xx === 0),
      // Above it, the overflow is 429 (nothing else fails) and some requests still succeed.
      overloadOnly429: overload ? overload.errors + overload.timeouts === 0 && overload.non2xx === overload.status429 && overload.status429 > 0 && overload.ok2xx > 0 : false,
    },
    overloadGoodputRatio: overload && best > 0 ? Math.round((overload.ok2xxPerS / best) * 100) / 100 : null,
  };
}

function toTable(runs) {
  const head = '| run | req/s | 2xx/s | p50 ms | p99 ms | errors | non-2xx | 429 | peak RSS MiB |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const rows = runs.map((r) => `| ${r.name} | ${r.rps} | ${r.ok2xxPerS} | ${r.p50ms} | ${r.p99ms} | ${r.errors + r.timeouts} | ${r.non2xx} | ${r.status429} | ${r.peakRssMiB} |`);
  return [head, sep, ...rows].join('\n');
}

export function toMarkdown(result) {
  if (!result || !Array.isArray(result.runs)) return '';
  return `## Server (HTTP load)\n\nPOST /v1/summarize, ${result.articles} real articles (de + en), cache off, ${result.threads} worker threads on ${result.cores} cores (load average ${result.loadAverage1m} at the end), ${result.durationS} s per run (autocannon on the same machine).\n\n${toTable(result.runs)}\n\nUnder overload, successes ran at ${result.overloadGoodputRatio} × the best unlimited rate.\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
