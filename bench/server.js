/**
 * HTTP load benchmark: the real server (worker pool, compiled dist/) in a child process on
 * 127.0.0.1, driven by autocannon with POST /v1/summarize on real article texts.
 *
 *   npm run build && node bench/server.js          # standalone: table on stderr, JSON on stdout
 *   npm run bench -- server                        # as part of bench/run.js
 *
 * Runs, each with the settings it used in the table:
 *   1. 32 and 128 connections against a server whose concurrency limit is above the connection
 *      count (every request must succeed: errors 0, non-2xx 0): the best unlimited rate;
 *   2. 128 and 1,000 connections against the default settings (limit 128, queue 4096, wait 5 s):
 *      successes must run at ≥ 0.8 × the unlimited rate measured next to them, in alternating rounds (overload must not starve them);
 *   3. 128 connections against a limit of 8 with no queue (`KERNPUNKTE_QUEUE=0`): the flood of
 *      immediate 429s the queue avoids;
 *   4. bombs: ordinary requests (16 connections) alone and while 16 clients (another address,
 *      their own process) keep sending 1.9 MB pages of `&amp;` (issue 11), in alternating windows,
 *      with the default settings and without the per-client penalty: the bombs must be refused
 *      (422, or 429 while their client waits), and with the defaults the ordinary requests must
 *      keep ≥ 0.8 × their rate. Also prints the CPU the server, autocannon and the bomb clients
 *      used: all three share the machine's cores.
 *   node bench/server.js bombs                     # run 4 alone (after `npm run build`)
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
// BENCH_SERVER_START: another build's start.js (e.g. the main branch's), to compare the same load.
const START = process.env.BENCH_SERVER_START ?? join(ROOT, 'dist/server/start.js');

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
  /** Run 2: connections against the default settings. */
  overloadConnections: [128, 1000],
  /**
   * Rounds of run 2, each: the unlimited server at the first overload count, then the defaults
   * at every count. Single runs one after another moved by up to ±40 % here, so each round's
   * ratio is taken against the unlimited run next to it, and the median of the rounds counts.
   */
  overloadRounds: 3,
  /** Run 3: limit and connections of the no-queue run. */
  noQueueLimit: 8,
  /** Run 4: ordinary connections, bomb clients, and the bomb: 1.9 MB of character references. */
  bombOrdinaryConnections: 16,
  bombClients: 16,
  bombReferences: 380_000,
  /** Alternating windows of ordinary load alone and beside bombs, per variant. */
  bombRounds: 3,
  /** The bomb clients' address: another client than autocannon's 127.0.0.1 (Linux routes all of 127/8 to loopback). */
  bombLocalAddress: '127.0.0.2',
  /** Server settings of the bomb runs: the defaults, and without the per-client penalty. */
  bombVariants: [
    ['defaults', {}],
    ['no penalty', { KERNPUNKTE_PENALTY_MS: '0' }],
  ],
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

function summarizeRun(name, connections, settings, result, peakRssMiB) {
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    name,
    connections,
    settings,
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
  const wide = Math.max(...SETTINGS.connections, ...SETTINGS.overloadConnections) * 2;
  const measure = async (server, name, connections, settings, durationS = SETTINGS.durationS) => {
    const [result, rss] = await withRss(server.child.pid, () => load(server.url, connections, bodies, durationS));
    const row = summarizeRun(name, connections, settings, result, rss);
    runs.push(row);
    log(`  ${name}: ${row.ok2xxPerS} 2xx/s, p99 ${row.p99ms} ms`);
    return row;
  };

  // 1. Unlimited: the best rate. 2. Default settings under overload, in rounds that alternate
  // with the unlimited server (both started, one loaded at a time).
  const server = await startChild({ KERNPUNKTE_CONCURRENCY: String(wide) });
  const threads = server.threads ?? os.availableParallelism();
  log(`server bench: ${bodies.length} articles, ${threads} worker threads, ${SETTINGS.durationS}s per run, cache off`);
  const overloadRounds = [];
  let defaults;
  try {
    defaults = await startChild({});
    // Warm-up: JIT-compiling the pipeline in every thread makes a summary ~5× faster (6 → 1 ms).
    await load(server.url, threads * 4, bodies, SETTINGS.warmupS);
    await load(defaults.url, threads * 4, bodies, SETTINGS.warmupS);
    for (const connections of SETTINGS.connections) await measure(server, `${connections} connections`, connections, `limit ${wide}`);
    const [reference] = SETTINGS.overloadConnections;
    for (let round = 1; round <= SETTINGS.overloadRounds; round++) {
      const unlimited = await measure(server, `${reference} connections, round ${round}`, reference, `limit ${wide}`);
      const ratios = {};
      for (const connections of SETTINGS.overloadConnections) {
        const row = await measure(defaults, `${connections} connections, defaults, round ${round}`, connections, 'limit 128, queue 4096, wait 5 s');
        ratios[connections] = unlimited.ok2xxPerS > 0 ? Math.round((row.ok2xxPerS / unlimited.ok2xxPerS) * 100) / 100 : 0;
      }
      overloadRounds.push(ratios);
      log(`  overload round ${round}: ${JSON.stringify(ratios)} × the unlimited rate next to it`);
    }
  } finally {
    await stopChild(server.child);
    if (defaults) await stopChild(defaults.child);
  }

  // 3. No queue: every request over the limit is refused at once.
  const limit = SETTINGS.noQueueLimit;
  const tight = await startChild({ KERNPUNKTE_CONCURRENCY: String(limit), KERNPUNKTE_QUEUE: '0' });
  try {
    await load(tight.url, threads * 2, bodies, SETTINGS.warmupS);
    await measure(tight, `128 connections, limit ${limit}, no queue`, 128, `limit ${limit}, queue 0`);
  } finally {
    await stopChild(tight.child);
  }

  // 4. Bombs next to ordinary requests, default settings.
  const bombs = await bombRun(bodies, threads, log);

  const table = toTable(runs);
  log(table);
  const best = Math.max(...runs.filter((r) => r.status429 === 0 && r.settings.startsWith('limit ') && !r.name.includes('defaults')).map((r) => r.ok2xxPerS));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const overloadGoodputRatios = Object.fromEntries(SETTINGS.overloadConnections.map((c) => [c, median(overloadRounds.map((r) => r[c]))]));
  const noQueue = runs.find((r) => r.name.includes('no queue'));
  return {
    threads,
    articles: bodies.length,
    durationS: SETTINGS.durationS,
    cache: 'off',
    // Other work on the machine skews every number; the load average says how much there was.
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    cores: os.availableParallelism(),
    runs,
    bombs,
    checks: {
      // Below the limit every request succeeds.
      unlimitedAllOk: runs.filter((r) => !r.name.includes('defaults') && !r.name.includes('no queue')).every((r) => r.errors + r.timeouts === 0 && r.non2xx === 0),
      // Under overload with the defaults, successes run at ≥ 0.8 × the best unlimited rate.
      overloadGoodput: Object.values(overloadGoodputRatios).every((r) => r >= 0.8),
      // Without a queue the overflow is 429 (nothing else fails) and some requests still succeed.
      noQueueOnly429: noQueue ? noQueue.errors + noQueue.timeouts === 0 && noQueue.non2xx === noQueue.status429 && noQueue.ok2xx > 0 : false,
      // Bombs are refused (422, or 429 while their client waits out its penalty), nothing else;
      // with the defaults, ordinary requests keep ≥ 0.8 × their rate without bombs.
      bombsRefused: bombs.variants.every((v) => v.bombStatuses['422'] > 0 && Object.keys(v.bombStatuses).every((k) => k === '422' || k === '429')),
      ordinaryKeepRate: (bombs.variants.find((v) => v.name === 'defaults')?.ordinaryRatio ?? 0) >= 0.8,
    },
    overloadGoodputRatios,
    overloadRounds,
    noQueueGoodputRatio: noQueue && best > 0 ? Math.round((noQueue.ok2xxPerS / best) * 100) / 100 : null,
  };
}

/**
 * The bomb clients' process: argv url, clients, references, local address. Each client sends the
 * same prebuilt body over its own kept-alive connection, back to back, from `localAddress`
 * (127.0.0.2: another client than the load generator on 127.0.0.1, as an attacker would be).
 * On SIGTERM it prints statuses, latencies and its own CPU time.
 */
const BOMBER = `
import http from 'node:http';
const [url, clients, refs, localAddress] = process.argv.slice(1);
const html = '<html><body><article><h1>T</h1><p>' + '&amp;'.repeat(Number(refs)) + '</p></article></body></html>';
const body = Buffer.from(JSON.stringify({ html }));
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(clients) });
const statuses = {}; const ms = []; let stop = false;
const started = performance.now();
process.on('SIGTERM', () => { stop = true; });
const once = () => new Promise((resolve) => {
  const req = http.request(url + '/v1/summarize', { method: 'POST', agent, localAddress, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
    res.resume();
    res.on('end', () => resolve(String(res.statusCode)));
    res.on('error', () => resolve('error'));
  });
  req.on('error', () => resolve('error'));
  req.end(body);
});
const client = async () => {
  while (!stop) {
    const t0 = performance.now();
    const status = await once();
    statuses[status] = (statuses[status] ?? 0) + 1;
    ms.push(performance.now() - t0);
  }
};
await Promise.all(Array.from({ length: Number(clients) }, client));
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ statuses, ms, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - started }));
`;

/** The bomb: a 1.9 MB page whose paragraph is nothing but character references. */
function bombBody() {
  const html = `<html><body><article><h1>T</h1><p>${'&amp;'.repeat(SETTINGS.bombReferences)}</p></article></body></html>`;
  return JSON.stringify({ html });
}

/** CPU time (user + system, all threads) of process `pid` so far, in ms. */
function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** One measured window of ordinary load, with the CPU the server and this process (autocannon) used in it. */
async function ordinaryWindow(server, bodies, name, settings) {
  const connections = SETTINGS.bombOrdinaryConnections;
  const serverCpu0 = processCpuMs(server.child.pid);
  const ownCpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await load(server.url, connections, bodies);
  const wallMs = performance.now() - t0;
  const own = process.cpuUsage(ownCpu0);
  const serverCpu1 = processCpuMs(server.child.pid);
  const row = summarizeRun(name, connections, settings, result, null);
  row.wallMs = Math.round(wallMs);
  row.serverCpuMs = serverCpu0 !== null && serverCpu1 !== null ? serverCpu1 - serverCpu0 : null;
  // Cores' worth of CPU (1.0 = one core busy for the whole window).
  row.serverCores = serverCpu0 !== null && serverCpu1 !== null ? Math.round(((serverCpu1 - serverCpu0) / wallMs) * 100) / 100 : null;
  row.loadGeneratorCores = Math.round(((own.user + own.system) / 1000 / wallMs) * 100) / 100;
  return row;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/**
 * Ordinary load alone and beside `bombClients` bomb clients, in alternating windows
 * (`bombRounds` of each) on one server, so that other work on the machine hits both alike.
 * The bomb clients run in a process of their own (one event loop for both would slow the
 * load generator), from another loopback address (the penalty is per client address).
 */
async function bombVariant(bodies, threads, log, name, env) {
  const server = await startChild(env);
  const bombTemplate = { references: SETTINGS.bombReferences };
  try {
    await load(server.url, threads * 4, bodies, SETTINGS.warmupS);
    const rounds = [];
    const bombMs = [];
    const bombStatuses = {};
    let bomberCpuMs = 0;
    let bomberWallMs = 0;
    for (let r = 0; r < SETTINGS.bombRounds; r++) {
      const alone = await ordinaryWindow(server, bodies, 'ordinary alone', name);
      const bomber = spawn(process.execPath, ['--input-type=module', '-e', BOMBER, server.url, String(SETTINGS.bombClients), String(bombTemplate.references), SETTINGS.bombLocalAddress], { stdio: ['ignore', 'pipe', 'inherit'] });
      let bomberOut = '';
      bomber.stdout.on('data', (d) => (bomberOut += d));
      const bomberDone = new Promise((resolve) => bomber.on('close', resolve));
      const withBombs = await ordinaryWindow(server, bodies, 'ordinary with bombs', name);
      bomber.kill('SIGTERM');
      await bomberDone;
      const out = JSON.parse(bomberOut || '{"statuses":{},"ms":[],"cpuMs":0,"wallMs":0}');
      for (const [k, v] of Object.entries(out.statuses)) bombStatuses[k] = (bombStatuses[k] ?? 0) + v;
      bombMs.push(...out.ms);
      bomberCpuMs += out.cpuMs;
      bomberWallMs += out.wallMs;
      const ratio = alone.ok2xxPerS > 0 ? Math.round((withBombs.ok2xxPerS / alone.ok2xxPerS) * 100) / 100 : 0;
      rounds.push({ alone, withBombs, ratio, bombs: out.ms.length, bomberCores: out.wallMs > 0 ? Math.round((out.cpuMs / out.wallMs) * 100) / 100 : null });
      log(`  bombs (${name}) round ${r + 1}: ordinary ${withBombs.ok2xxPerS} 2xx/s (p50 ${withBombs.p50ms}, p99 ${withBombs.p99ms} ms) with ${out.ms.length} bombs ${JSON.stringify(out.statuses)} vs ${alone.ok2xxPerS} 2xx/s (p50 ${alone.p50ms}, p99 ${alone.p99ms} ms) alone: ${ratio} ×; cores used: server ${withBombs.serverCores} / ${alone.serverCores}, autocannon ${withBombs.loadGeneratorCores} / ${alone.loadGeneratorCores}, bomb clients ${rounds.at(-1).bomberCores}`);
    }
    // Bombs alone: the server's CPU per bomb, against its CPU per ordinary request (alone windows).
    // CPU time, unlike rates, hardly depends on what else runs on the machine.
    const cpu0 = processCpuMs(server.child.pid);
    const bomber = spawn(process.execPath, ['--input-type=module', '-e', BOMBER, server.url, String(SETTINGS.bombClients), String(bombTemplate.references), SETTINGS.bombLocalAddress], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bomberOut = '';
    bomber.stdout.on('data', (d) => (bomberOut += d));
    const bomberDone = new Promise((resolve) => bomber.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, SETTINGS.durationS * 1000));
    bomber.kill('SIGTERM');
    await bomberDone;
    const cpu1 = processCpuMs(server.child.pid);
    const only = JSON.parse(bomberOut || '{"statuses":{},"ms":[]}');
    const bombsOnly = { bombs: only.ms.length, statuses: only.statuses, serverCpuMsPerBomb: cpu0 !== null && cpu1 !== null && only.ms.length > 0 ? Math.round(((cpu1 - cpu0) / only.ms.length) * 10) / 10 : null };
    const aloneCpu = rounds.reduce((a, x) => a + (x.alone.serverCpuMs ?? 0), 0);
    const aloneOk = rounds.reduce((a, x) => a + x.alone.ok2xx, 0);
    bombsOnly.serverCpuMsPerOrdinary = aloneOk > 0 ? Math.round((aloneCpu / aloneOk) * 10) / 10 : null;
    log(`  bombs (${name}) alone for ${SETTINGS.durationS} s: ${bombsOnly.bombs} bombs ${JSON.stringify(bombsOnly.statuses)}, server CPU ${bombsOnly.serverCpuMsPerBomb} ms per bomb (${bombsOnly.serverCpuMsPerOrdinary} ms per ordinary request)`);

    bombMs.sort((a, b) => a - b);
    const sum = (rows, key) => rows.reduce((a, row) => a + row[key], 0);
    const alones = rounds.map((x) => x.alone);
    const withs = rounds.map((x) => x.withBombs);
    return {
      name,
      settings: env,
      rounds,
      // Windows are equally long: the ratio of the summed successes is the ratio of the rates.
      ordinaryRatio: sum(alones, 'ok2xx') > 0 ? Math.round((sum(withs, 'ok2xx') / sum(alones, 'ok2xx')) * 100) / 100 : 0,
      medianRoundRatio: median(rounds.map((x) => x.ratio)),
      alone: { ok2xxPerS: median(alones.map((x) => x.ok2xxPerS)), p50ms: median(alones.map((x) => x.p50ms)), p99ms: median(alones.map((x) => x.p99ms)), non2xx: sum(alones, 'non2xx') },
      withBombs: { ok2xxPerS: median(withs.map((x) => x.ok2xxPerS)), p50ms: median(withs.map((x) => x.p50ms)), p99ms: median(withs.map((x) => x.p99ms)), non2xx: sum(withs, 'non2xx') },
      bombs: bombMs.length,
      bombStatuses,
      bombsOnly,
      bombP50ms: Math.round(bombMs[Math.floor(bombMs.length / 2)] ?? 0),
      bombP99ms: Math.round(bombMs[Math.floor(bombMs.length * 0.99)] ?? 0),
      cores: {
        serverWithBombs: median(withs.map((x) => x.serverCores)),
        serverAlone: median(alones.map((x) => x.serverCores)),
        loadGeneratorWithBombs: median(withs.map((x) => x.loadGeneratorCores)),
        loadGeneratorAlone: median(alones.map((x) => x.loadGeneratorCores)),
        bombClients: bomberWallMs > 0 ? Math.round((bomberCpuMs / bomberWallMs) * 100) / 100 : null,
      },
    };
  } finally {
    await stopChild(server.child);
  }
}

/** The bomb runs: default settings, then without the per-client penalty (the early refusal alone). */
async function bombRun(bodies, threads, log) {
  const variants = [];
  for (const [name, env] of SETTINGS.bombVariants) variants.push(await bombVariant(bodies, threads, log, name, env));
  return { bombBytes: Buffer.byteLength(bombBody()), bombClients: SETTINGS.bombClients, ordinaryConnections: SETTINGS.bombOrdinaryConnections, rounds: SETTINGS.bombRounds, durationS: SETTINGS.durationS, variants };
}

function toTable(runs) {
  const head = '| run | settings | req/s | 2xx/s | p50 ms | p99 ms | errors | non-2xx | 429 | peak RSS MiB |';
  const sep = '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const rows = runs.map((r) => `| ${r.name} | ${r.settings} | ${r.rps} | ${r.ok2xxPerS} | ${r.p50ms} | ${r.p99ms} | ${r.errors + r.timeouts} | ${r.non2xx} | ${r.status429} | ${r.peakRssMiB ?? ''} |`);
  return [head, sep, ...rows].join('\n');
}

export function toMarkdown(result) {
  if (!result || !Array.isArray(result.runs)) return '';
  const ratios = Object.entries(result.overloadGoodputRatios ?? {})
    .map(([c, r]) => `${r} × at ${c} connections`)
    .join(', ');
  const b = result.bombs;
  const variant = (v) =>
    `- ${v.name}${Object.keys(v.settings).length ? ` (${Object.entries(v.settings).map(([k, x]) => `${k}=${x}`).join(', ')})` : ''}: ${v.bombs} bombs answered ${JSON.stringify(v.bombStatuses)} (p50 ${v.bombP50ms} ms, p99 ${v.bombP99ms} ms); ordinary requests ${v.withBombs.ok2xxPerS} 2xx/s (p50 ${v.withBombs.p50ms} ms, p99 ${v.withBombs.p99ms} ms, ${v.withBombs.non2xx} non-2xx) against ${v.alone.ok2xxPerS} 2xx/s (p50 ${v.alone.p50ms} ms, p99 ${v.alone.p99ms} ms) alone: **${v.ordinaryRatio} ×** (rounds: ${v.rounds.map((r) => r.ratio).join(', ')}). Cores used with bombs / alone: server ${v.cores.serverWithBombs} / ${v.cores.serverAlone}, autocannon ${v.cores.loadGeneratorWithBombs} / ${v.cores.loadGeneratorAlone}, bomb clients ${v.cores.bombClients}. Bombs alone (${result.bombs.durationS} s): ${v.bombsOnly.bombs} bombs, server CPU ${v.bombsOnly.serverCpuMsPerBomb} ms per bomb against ${v.bombsOnly.serverCpuMsPerOrdinary} ms per ordinary request.`;
  const bombs = b?.variants
    ? `\n\nBombs (issue 11): ${b.bombClients} clients (from 127.0.0.2, their own process) sending ${(b.bombBytes / 1e6).toFixed(1)} MB pages of \`&amp;\` back to back, next to ordinary requests (${b.ordinaryConnections} connections from 127.0.0.1); ${b.rounds} alternating ${b.durationS} s windows without and with bombs, medians of the windows. The load generators share the machine's cores with the server, so what they use is not the server's.\n\n${b.variants.map(variant).join('\n')}`
    : '';
  return `## Server (HTTP load)\n\nPOST /v1/summarize, ${result.articles} real articles (de + en), cache off, ${result.threads} worker threads on ${result.cores} cores (load average ${result.loadAverage1m} at the end), ${result.durationS} s per run (autocannon on the same machine). Each row names the limits it ran with.\n\n${toTable(result.runs)}\n\nUnder overload with the default settings, successes ran at ${ratios} the unlimited rate${result.overloadRounds ? ` (median of ${result.overloadRounds.length} rounds, each against the unlimited ${SETTINGS.overloadConnections[0]}-connection run next to it; rounds: ${result.overloadRounds.map((r) => Object.values(r).join(' / ')).join(', ')})` : ''}; without a queue, ${result.noQueueGoodputRatio} × the best unlimited rate.${bombs}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'bombs') {
    const bodies = loadBodies();
    const bombs = await bombRun(bodies, os.availableParallelism(), (line) => process.stderr.write(`${line}\n`));
    process.stderr.write(`${toMarkdown({ runs: [], overloadGoodputRatios: {}, bombs, articles: bodies.length, threads: os.availableParallelism(), cores: os.availableParallelism(), loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100, durationS: SETTINGS.durationS })}\n`);
    process.stdout.write(`${JSON.stringify(bombs, null, 2)}\n`);
    process.exit(0);
  }
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
