/**
 * Speed of our methods against the npm peers, on the same articles in the same process:
 * warm articles per second on one core, per-article latency percentiles, ratios to the fastest
 * peer and to `lead`, and each method's time as a multiple of the floor (a pass that only reads
 * each article once with one Unicode word regex: the least any summarizer must do). Plus the
 * peak RSS of summarizing one generated 10 MB article, measured in a child process so the
 * number is that run's own, and the start-up of one-shot use: `kernpunkte summarize FILE` as a
 * whole process beside `node -e ''` and a one-shot node-summarizer script (median of several runs).
 *
 * Library use: `import { run } from './summarizers.js'; const result = await run({ articles, log })`.
 * Standalone:  `npm run build && node bench/summarizers.js [--limit N]` writes bench/results.json and
 *              bench/results.md. Articles default to ../shared/data (German and English sets).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
const DIST = join(REPO, 'dist');

/** Tuning numbers of the bench. */
export const BENCH = Object.freeze({
  /** Our methods, as `methods()` names them. */
  methods: ['kernpunkte', 'lead', 'textrank', 'lexrank', 'centroid'],
  /** Bullets (sentences, for peers) asked of every method. */
  bullets: 3,
  /**
   * Warm-up before timing: passes over all the articles until this long has gone by (at least
   * one pass), so the numbers are for a warm process (JIT compiled, the articles' word stems
   * cached), as in a server or a batch run. One pass was not enough: V8 optimises a function
   * after many calls, and a method with more functions was timed partly unoptimised (the same
   * build read 0.41-0.60 × node-summarizer in single-pass runs, 0.67 × in alternating rounds).
   * Our methods share the stem caches: with a short warm-up the first method timed would pay for all.
   */
  warmupMs: 1500,
  /** Each method is timed in whole passes over all the articles until its slices add up to this (see timeMethods): one pass of a fast method lasted under 0.2 s, where one GC or compile moved it by tens of percent. */
  timedMs: 3000,
  /** The methods are timed in turns, each for whole passes in slices of about this long (see timeMethods). */
  sliceMs: 250,
  /** The data sets, relative to the repo root. */
  datasets: ['../shared/data/de-news-teaser-fundus.jsonl', '../shared/data/en-cnndm-frank.jsonl'],
  /** Size of the generated article for the memory check. */
  memoryBytes: 10 * 1024 * 1024,
  /** The memory child is killed after this long. */
  memoryTimeoutMs: 180_000,
  /** The floor: one Unicode word regex, run once over each article. */
  floorWord: /[\p{L}\p{N}]+/gu,
  /** One-shot start-up: runs of each command (the median is reported) and the article file. */
  startupRuns: 9,
  startupFile: 'examples/de-wikinews-rumaenien-parlamentswahl.txt',
});

/** The floor's work for one article: read it once, counting words with one Unicode regex. */
function floor(a) {
  let n = 0;
  for (const _ of a.text.matchAll(BENCH.floorWord)) n++;
  return n;
}

/** Reads the default article sets: [{ id, lang, title, text }]. */
export function loadArticles(paths = BENCH.datasets) {
  const out = [];
  for (const p of paths) {
    const file = resolve(REPO, p);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line);
        if (typeof r.text === 'string' && r.text) out.push({ id: r.id, lang: r.lang, title: r.title ?? null, text: r.text });
      } catch {
        // A broken line is not an article; the data sets are checked by `eval summaries`.
      }
    }
  }
  return out;
}

function percentile(sorted, q) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;

/** One method's passes over all the articles until `ms` have gone by (at least one); every call is timed on its own. */
async function passes(call, articles, ms, into) {
  const t0 = performance.now();
  do {
    into.passes++;
    for (const a of articles) {
      const s = performance.now();
      try {
        await call(a);
      } catch (e) {
        const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : 'FAILED';
        into.errors[code] = (into.errors[code] ?? 0) + 1;
      }
      into.lat.push(performance.now() - s);
    }
  } while (performance.now() - t0 < ms);
  into.total += performance.now() - t0;
}

/**
 * Times every method over all articles: each is warmed up first (BENCH.warmupMs), then the
 * methods take turns in slices (BENCH.sliceMs, whole passes), the order turning each round, until
 * each has been timed for BENCH.timedMs. Timed one after another, a method met whatever else the
 * machine was doing in its own seconds, and the ratios between methods drifted with it (the same
 * build read 0.67 and 0.94 × node-summarizer in two runs a minute apart, 2026-12-02).
 */
async function timeMethods(entries, articles, log) {
  for (const e of entries) {
    log(`bench: ${e.name}: warm-up on ${articles.length} articles …`);
    await passes(e.call, articles, BENCH.warmupMs, { passes: 0, total: 0, lat: [], errors: {} });
  }
  const acc = entries.map(() => ({ passes: 0, total: 0, lat: [], errors: {} }));
  log(`bench: timing ${entries.length} methods in turns …`);
  for (let round = 0; acc.some((a) => a.total < BENCH.timedMs); round++) {
    for (let j = 0; j < entries.length; j++) {
      const k = (j + round) % entries.length;
      if (acc[k].total < BENCH.timedMs) await passes(entries[k].call, articles, BENCH.sliceMs, acc[k]);
    }
  }
  return acc.map((a) => {
    a.lat.sort((x, y) => x - y);
    return {
      articlesPerSecond: r1((a.passes * articles.length) / (a.total / 1000)),
      passes: a.passes,
      latencyMs: {
        p50: r2(percentile(a.lat, 0.5)),
        p95: r2(percentile(a.lat, 0.95)),
        p99: r2(percentile(a.lat, 0.99)),
        mean: r2(a.lat.reduce((s, v) => s + v, 0) / (a.lat.length || 1)),
        max: r2(a.lat[a.lat.length - 1] ?? 0),
      },
      errors: Object.fromEntries(Object.entries(a.errors).map(([code, n]) => [code, Math.round(n / a.passes)])),
    };
  });
}

/** Peak RSS of one 10 MB article, in a child process (its RSS is only its own). */
export function memoryCheck({ method = 'kernpunkte', bytes = BENCH.memoryBytes, timeoutMs = BENCH.memoryTimeoutMs } = {}) {
  return new Promise((resolveResult) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--memory-child', method, String(bytes)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolveResult(JSON.parse(out));
      } catch {
        resolveResult({ method, inputBytes: bytes, error: signal ? `killed (${signal}) after ${timeoutMs} ms` : `exit ${code}: ${err.trim().slice(-500)}` });
      }
    });
  });
}

/** The child side: build a varied German text of `bytes` UTF-8 bytes and summarize it once. */
async function memoryChild(method, bytes) {
  const lib = await import(join(DIST, 'index.js'));
  const baselineRss = process.memoryUsage().rss;
  const words = ['Regierung', 'Haushalt', 'Stadt', 'Bahn', 'Schule', 'Klima', 'Gericht', 'Wahl', 'Preise', 'Energie', 'Verkehr', 'Polizei'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = (k) => words[(i * 7 + k * 5) % words.length];
    const p = `Die ${w(0)} von Neustadt ${i} meldete am Montag ${(i * 37) % 1000} neue Fälle zur ${w(1)}. Der Sprecher für ${w(2)} sagte, die ${w(3)} werde bis ${2030 + (i % 20)} ausgebaut. Kritiker der ${w(4)} verlangen mehr Geld für ${w(5)} und ${w(6)}.\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  const text = parts.join('');
  const t0 = performance.now();
  let bullets = 0;
  let error;
  try {
    bullets = lib.summarizeText({ text, lang: 'de' }, { method, bullets: BENCH.bullets }).bullets.length;
  } catch (e) {
    error = e && typeof e === 'object' && 'code' in e ? String(e.code) : String(e);
  }
  const ms = performance.now() - t0;
  const result = {
    method,
    inputBytes: Buffer.byteLength(text),
    inputChars: text.length,
    ms: Math.round(ms),
    bullets,
    baselineRssMB: r1(baselineRss / 2 ** 20),
    // resourceUsage().maxRSS is the peak resident set of this process, in KiB (includes the input text itself).
    peakRssMB: r1((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
    ...(error ? { error } : {}),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

/**
 * Runs the bench. `articles`: [{ text, lang, title? }] (default: the shared de and en sets);
 * `log`: a progress line sink (default: nothing). Returns plain JSON.
 */
export async function run({ articles, log = () => {}, limit, memory = true, startupRuns = BENCH.startupRuns } = {}) {
  const lib = await import(join(DIST, 'index.js'));
  const { loadPeers } = await import(join(DIST, 'eval', 'peers.js'));
  let set = articles ?? loadArticles();
  if (limit) set = set.slice(0, limit);
  if (!set.length) throw new Error('no articles: pass { articles } or provide ../shared/data');

  const available = new Set(lib.methods().map((m) => m.name));
  const entries = [{ name: 'floor', kind: 'floor', call: floor }];
  const skipped = {};
  for (const name of BENCH.methods) {
    if (!available.has(name)) {
      skipped[name] = 'not in methods()';
      continue;
    }
    entries.push({
      name,
      kind: 'library',
      call: async (a) => lib.summarizeText({ text: a.text, title: a.title ?? null, lang: a.lang }, { method: name, bullets: BENCH.bullets, lang: a.lang }),
    });
  }
  const peers = await loadPeers();
  Object.assign(skipped, peers.skipped);
  for (const p of peers.peers) {
    entries.push({ name: p.name, kind: 'peer', call: (a) => p.summarize({ text: a.text, title: a.title ?? null, lang: a.lang, sentences: BENCH.bullets }) });
  }

  const timed = await timeMethods(entries, set, log);
  const rows = entries.map((e, k) => ({ name: e.name, kind: e.kind, ...timed[k] }));
  const peerRows = rows.filter((r) => r.kind === 'peer');
  const fastestPeer = peerRows.reduce((best, r) => (!best || r.articlesPerSecond > best.articlesPerSecond ? r : best), null);
  const lead = rows.find((r) => r.name === 'lead');
  const floorRow = rows.find((r) => r.kind === 'floor');
  for (const r of rows) {
    r.vsFastestPeer = fastestPeer ? r2(r.articlesPerSecond / fastestPeer.articlesPerSecond) : null;
    r.vsLead = lead ? r2(r.articlesPerSecond / lead.articlesPerSecond) : null;
    // Time per article as a multiple of the floor's: 1 is the floor itself, 10 is ten times its work.
    r.floorMultiple = floorRow ? r1(floorRow.articlesPerSecond / r.articlesPerSecond) : null;
  }

  let mem = null;
  if (memory) {
    log(`bench: memory check, one ${BENCH.memoryBytes / 2 ** 20} MB article (child process) …`);
    mem = await memoryCheck();
  }
  let startup = null;
  if (startupRuns > 0) {
    log(`bench: start-up of one-shot use, ${startupRuns} runs each …`);
    startup = await startupCheck(startupRuns);
  }
  return {
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: 'one (sequential calls in one thread)',
    articles: set.length,
    languages: [...new Set(set.map((a) => a.lang))].sort(),
    warmupMs: BENCH.warmupMs,
    timedMs: BENCH.timedMs,
    sliceMs: BENCH.sliceMs,
    bullets: BENCH.bullets,
    fastestPeer: fastestPeer?.name ?? null,
    methods: rows,
    skipped,
    memory: mem,
    startup,
  };
}

/** Wall time of one process from spawn to exit, in ms; rejects when it fails. */
function timeProcess(args) {
  return new Promise((resolveTime, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveTime(performance.now() - t0) : reject(new Error(`${args.join(' ')}: exit ${code}: ${err.trim().slice(-300)}`))));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One-shot use as a user meets it: a whole process that summarizes one article file and exits,
 * beside an empty Node process and a one-shot node-summarizer script on the same file. The
 * commands take turns, so load on the machine falls on all of them alike; the median is reported.
 */
export async function startupCheck(runs = BENCH.startupRuns) {
  const file = BENCH.startupFile;
  const peerScript = `const { Summarizer } = require('node-summarizer/src/Summarizer.js'); const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'); process.stdout.write(String(new Summarizer(text, 3).summarizeByFrequency().summary) + '\\n')`;
  const commands = [
    { name: 'node -e \'\'', args: ['-e', ''] },
    { name: 'kernpunkte summarize FILE', args: [join(DIST, 'cli', 'main.js'), 'summarize', file] },
    { name: 'node-summarizer one-shot script', args: ['-e', peerScript] },
  ];
  const times = commands.map(() => []);
  const errors = {};
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < commands.length; k++) {
      try {
        times[k].push(await timeProcess(commands[k].args));
      } catch (e) {
        errors[commands[k].name] = e instanceof Error ? e.message : String(e);
      }
    }
  }
  const base = times[0].length ? median(times[0]) : null;
  return {
    file,
    runs,
    commands: commands.map((c, k) => ({
      name: c.name,
      medianMs: times[k].length ? Math.round(median(times[k])) : null,
      minMs: times[k].length ? Math.round(Math.min(...times[k])) : null,
      overNodeMs: times[k].length && base !== null ? Math.round(median(times[k]) - base) : null,
      ...(errors[c.name] ? { error: errors[c.name] } : {}),
    })),
  };
}

/** The result as a Markdown table. */
export function toMarkdown(result) {
  const lines = [
    '# Summarizer speed',
    '',
    `${result.articles} articles (${result.languages.join(', ')}), ${result.bullets} bullets/sentences each, warm-up passes over them for ${result.warmupMs / 1000} s per method, then timed for at least ${result.timedMs / 1000} s each (whole passes, the methods taking turns in slices of ${result.sliceMs} ms), ${result.cores}. Node ${result.node}, ${result.cpu}.`,
    '',
    `| method | kind | articles/s | p50 ms | p95 ms | p99 ms | max ms | × fastest peer (${result.fastestPeer ?? '–'}) | × lead | time × floor | errors |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of [...result.methods].sort((a, b) => b.articlesPerSecond - a.articlesPerSecond)) {
    const errs = Object.entries(r.errors).map(([c, n]) => `${n}× ${c}`).join(', ');
    lines.push(
      `| ${r.name} | ${r.kind} | ${r.articlesPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.vsFastestPeer ?? '–'} | ${r.vsLead ?? '–'} | ${r.floorMultiple ?? '–'} | ${errs} |`,
    );
  }
  lines.push(
    '',
    '`floor` only reads each article once with one Unicode word regex (`/[\\p{L}\\p{N}]+/gu`): the least any summarizer must do. "time × floor" is each method\'s time per article as a multiple of the floor\'s.',
  );
  if (Object.keys(result.skipped).length) {
    lines.push('', 'Skipped: ' + Object.entries(result.skipped).map(([n, why]) => `${n} (${why})`).join('; '));
  }
  if (result.memory) {
    const m = result.memory;
    lines.push(
      '',
      '## Memory',
      '',
      m.error && !m.peakRssMB
        ? `One ${(m.inputBytes / 2 ** 20).toFixed(1)} MB article with ${m.method}: failed (${m.error}).`
        : `One generated ${(m.inputBytes / 2 ** 20).toFixed(1)} MB German article (${m.inputChars} characters) with \`${m.method}\`: peak RSS ${m.peakRssMB} MB (process after loading the library: ${m.baselineRssMB} MB), ${m.ms} ms, ${m.error ? `error ${m.error}` : `${m.bullets} bullets`}.`,
    );
  }
  if (result.startup) {
    const st = result.startup;
    lines.push('', '## Start-up (one-shot use)', '', `Whole processes, one after another in turns, median of ${st.runs} runs each; the article is \`${st.file}\`.`, '', '| command | median ms | min ms | over `node -e \'\'` ms |', '| --- | ---: | ---: | ---: |');
    for (const c of st.commands) lines.push(`| ${c.name} | ${c.medianMs ?? `failed: ${c.error}`} | ${c.minMs ?? '–'} | ${c.overNodeMs ?? '–'} |`);
  }
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--memory-child') {
    await memoryChild(args[1] ?? 'kernpunkte', Number(args[2] ?? BENCH.memoryBytes));
  } else {
    const li = args.indexOf('--limit');
    const limit = li >= 0 ? Number(args[li + 1]) : undefined;
    if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'eval', 'peers.js'))) {
      process.stderr.write('bench/summarizers.js: dist/ is missing or incomplete; run `npm run build` first\n');
      process.exit(2);
    }
    const result = await run({ log: (s) => process.stderr.write(s + '\n'), limit, memory: !args.includes('--no-memory'), startupRuns: args.includes('--no-startup') ? 0 : BENCH.startupRuns });
    writeFileSync(join(HERE, 'results.json'), JSON.stringify(result, null, 2) + '\n');
    const md = toMarkdown(result);
    writeFileSync(join(HERE, 'results.md'), md);
    process.stdout.write(md);
  }
}
