/**
 * Batch and queue benchmarks (plain JS over ../dist; run `npm run build` first).
 *
 *   node bench/batch.js            # full: 3,000 articles; RSS at 100 MB and 1 GB inputs
 *   node bench/batch.js --quick    # 1,000 articles; RSS at 20 MB and 100 MB
 *
 * Environment (all optional):
 *   KERNPUNKTE_BENCH_ARTICLES   records for the throughput runs (default 3000, quick 1000)
 *   KERNPUNKTE_BENCH_WORKERS    thread counts to compare, e.g. "1,2,4" (default "1,2")
 *   KERNPUNKTE_BENCH_SMALL_MB   smaller RSS input in MB (default 100, quick 20)
 *   KERNPUNKTE_BENCH_BIG_MB     larger RSS input in MB (default 1024, quick 100); 0 skips RSS
 *   KERNPUNKTE_BENCH_RSS_WORKERS threads for the RSS runs (default: one per core)
 *   KERNPUNKTE_BENCH_QUEUE_RECORDS records for the queue-against-batch run (default 30000, quick 3000)
 *   KERNPUNKTE_BENCH_QUEUE_ONLY  "1": only the queue-against-batch run (for working on the queue)
 *   REDIS_URL                   use this Redis for the queue run instead of a private redis-server
 *                               (scripts/redis.mjs, the same start-up as the tests)
 *
 * Every run is a child process (`batchAction` from dist/cli/batch.js), which reports its own
 * peak RSS (getrusage maxRSS: the whole process, worker threads included). Input is real
 * articles from ../shared/data (de + en), repeated with distinct ids, written to a temp dir.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { redisAvailable, startRedis } from '../scripts/redis.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, '..', 'shared', 'data');
const SETS = ['de-news-teaser-fundus', 'en-cnndm-frank'];

function settings(quick) {
  const env = process.env;
  const num = (name, fallback) => (env[name] !== undefined && env[name] !== '' ? Number(env[name]) : fallback);
  return {
    articles: num('KERNPUNKTE_BENCH_ARTICLES', quick ? 1000 : 3000),
    workers: (env.KERNPUNKTE_BENCH_WORKERS ?? '1,2').split(',').map(Number).filter((n) => n >= 1),
    smallMB: num('KERNPUNKTE_BENCH_SMALL_MB', quick ? 20 : 100),
    bigMB: num('KERNPUNKTE_BENCH_BIG_MB', quick ? 100 : 1024),
    rssWorkers: num('KERNPUNKTE_BENCH_RSS_WORKERS', os.availableParallelism()),
    queueRecords: num('KERNPUNKTE_BENCH_QUEUE_RECORDS', quick ? 3000 : 30000),
    queueOnly: env.KERNPUNKTE_BENCH_QUEUE_ONLY === '1',
  };
}

function loadArticles() {
  return SETS.flatMap((set) =>
    readFileSync(join(DATA, `${set}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const r = JSON.parse(l);
        return { title: r.title, text: r.text };
      }),
  );
}

/** Writes records until `count` records or `bytes` bytes, honouring backpressure. */
async function writeInput(path, articles, { count = Infinity, bytes = Infinity }) {
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  while (n < count && written < bytes) {
    const a = articles[n % articles.length];
    const line = JSON.stringify({ id: `b${n}`, ...(a.title ? { title: a.title } : {}), text: a.text }) + '\n';
    n += 1;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
  return { records: n, bytes: written };
}

/** Runs `kernpunkte batch` in a child that reports its exit code, stats line and peak RSS. */
function batchChild(input, output, errors, workers) {
  const cli = pathToFileURL(join(DIST, 'cli', 'batch.js')).href;
  const code = `
    const { batchAction } = await import(${JSON.stringify(cli)});
    const [input, output, errors, workers] = process.argv.slice(1);
    const code = await batchAction(input, { output, errors, workers: Number(workers), progress: false });
    const cpu = process.cpuUsage();
    process.stderr.write('BENCH ' + JSON.stringify({ code, maxRssKB: process.resourceUsage().maxRSS, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + '\\n');
    process.exitCode = code;`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', code, input, output, errors, String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exit) => {
      const wall = (performance.now() - started) / 1000;
      const report = /BENCH (.*)/.exec(stderr);
      const line = /batch: (\d+) ok, (\d+) failed.* in ([\d.]+) s/.exec(stderr);
      if (exit !== 0 || !report || !line) return reject(new Error(`batch child failed (exit ${exit}): ${stderr.slice(-500)}`));
      const { maxRssKB, cpuSeconds } = JSON.parse(report[1]);
      const ok = Number(line[1]);
      const seconds = Number(line[3]);
      // cores actually used: on a busy machine this shows whether N threads got N cores at all.
      const coresUsed = round(cpuSeconds / wall, 2);
      resolve({ workers, ok, failed: Number(line[2]), seconds, wallSeconds: round(wall), perSecond: round(ok / seconds), perCpuSecond: round(ok / cpuSeconds), coresUsed, peakRssMB: round(maxRssKB / 1024) });
    });
  });
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** `kernpunkte queue …` / `kernpunkte worker …`: the real command line from dist. */
function queueChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli', 'main.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exit) => (exit === 0 ? resolve(stderr) : reject(new Error(`queue child failed (exit ${exit}): ${stderr.slice(-500)}`))));
  });
}

export async function run({ log = (line) => process.stderr.write(`${line}\n`), quick = process.argv.includes('--quick') } = {}) {
  if (!existsSync(join(DIST, 'cli', 'batch.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const s = settings(quick);
  const articles = loadArticles();
  const dir = mkdtempSync(join(os.tmpdir(), 'kp-bench-batch-'));
  const result = { settings: s, cores: os.availableParallelism(), distinctArticles: articles.length, throughput: [], rss: [], queue: null };
  try {
    if (!s.queueOnly) {
      // 1. Throughput and scaling.
      const input = join(dir, 'throughput.jsonl');
      const written = await writeInput(input, articles, { count: s.articles });
      log(`batch bench: ${written.records} articles (${round(written.bytes / 2 ** 20)} MB), workers ${s.workers.join(', ')}`);
      for (const workers of s.workers) {
        const r = await batchChild(input, join(dir, `out-${workers}.jsonl`), join(dir, `err-${workers}.jsonl`), workers);
        result.throughput.push(r);
        log(`  ${workers} worker(s): ${r.ok} ok in ${r.seconds} s → ${r.perSecond} articles/s (${r.perCpuSecond} per CPU-second, ${r.coresUsed} cores used), peak RSS ${r.peakRssMB} MB`);
      }
      const base = result.throughput[0];
      for (const r of result.throughput) r.speedup = round(r.perSecond / base.perSecond, 2);

      // 2. Peak RSS against input size: flat means streaming works.
      if (s.bigMB > 0) {
        for (const mb of [s.smallMB, s.bigMB]) {
          const big = join(dir, `big-${mb}.jsonl`);
          const w = await writeInput(big, articles, { bytes: mb * 2 ** 20 });
          log(`batch bench: RSS run on ${round(statSync(big).size / 2 ** 20)} MB (${w.records} records), ${s.rssWorkers} workers …`);
          const r = await batchChild(big, join(dir, 'big-out.jsonl'), join(dir, 'big-err.jsonl'), s.rssWorkers);
          rmSync(big, { force: true });
          rmSync(join(dir, 'big-out.jsonl'), { force: true });
          result.rss.push({ inputMB: mb, records: w.records, ...r });
          log(`  ${mb} MB: peak RSS ${r.peakRssMB} MB, ${r.perSecond} articles/s`);
        }
      }
    }

    // 3. Queue against batch, same records, same number of summarizing threads (two), in one
    //    run so that the ratio is fair on a busy machine: batch with 2 threads in one process,
    //    then 2 worker processes × 1 thread. Both are wall time of whole processes, start-up
    //    included; `queue add` is timed on its own.
    const redis = redisAvailable() ? await startRedis() : null;
    if (!redis) {
      log('batch bench: queue part skipped: no redis-server and no REDIS_URL');
      result.queue = { skipped: 'no redis-server and no REDIS_URL' };
    } else {
      try {
        const qInput = join(dir, 'queue.jsonl');
        const qWritten = await writeInput(qInput, articles, { count: s.queueRecords });
        log(`batch bench: queue against batch on ${qWritten.records} records, 2 threads each …`);
        const batch = await batchChild(qInput, join(dir, 'queue-batch-out.jsonl'), join(dir, 'queue-batch-err.jsonl'), 2);
        const batchWallRate = qWritten.records / batch.wallSeconds;
        log(`  batch, 2 threads: ${batch.wallSeconds} s wall → ${round(batchWallRate)} articles/s (${batch.perSecond}/s inside the run)`);
        const q = ['--redis', redis.url, '--queue', 'bench'];
        const t0 = performance.now();
        await queueChild(['queue', 'add', qInput, ...q]);
        const addSeconds = (performance.now() - t0) / 1000;
        const t1 = performance.now();
        await Promise.all([1, 2].map(() => queueChild(['worker', ...q, '--concurrency', '1', '--until-empty'])));
        const workSeconds = (performance.now() - t1) / 1000;
        const out = join(dir, 'queue-out.jsonl');
        await queueChild(['queue', 'export', out, ...q]);
        const exported = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
        const perSecond = qWritten.records / workSeconds;
        result.queue = {
          records: qWritten.records,
          exported,
          addSeconds: round(addSeconds, 2),
          workSeconds: round(workSeconds, 2),
          perSecond: round(perSecond),
          batchWallSeconds: batch.wallSeconds,
          batchPerSecond: round(batchWallRate),
          vsBatch: round(perSecond / batchWallRate, 2),
          vsBatchWithAdd: round(qWritten.records / (addSeconds + workSeconds) / batchWallRate, 2),
        };
        log(
          `  queue: add ${round(addSeconds, 2)} s, 2 workers × 1 thread: ${round(workSeconds, 1)} s → ${result.queue.perSecond} articles/s ` +
            `(wall, incl. start-up), ${exported} exported; ${result.queue.vsBatch} × batch (${result.queue.vsBatchWithAdd} × counting add)`,
        );
      } finally {
        await redis.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

export function toMarkdown(r) {
  const lines = ['## Batch and queue', ''];
  lines.push(`${r.cores} cores; ${r.settings.articles} records cycling through ${r.distinctArticles} real de/en articles.`, '');
  lines.push('| workers | articles/s | speed-up | per CPU-second | cores used | seconds | peak RSS MB |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const t of r.throughput) lines.push(`| ${t.workers} | ${t.perSecond} | ${t.speedup} | ${t.perCpuSecond} | ${t.coresUsed} | ${t.seconds} | ${t.peakRssMB} |`);
  lines.push('', '"cores used" is CPU time over wall time: below the worker count, the machine was busy with other work and the speed-up understates scaling.');
  if (r.rss.length) {
    lines.push('', '| input MB | records | workers | peak RSS MB | articles/s |', '| ---: | ---: | ---: | ---: | ---: |');
    for (const x of r.rss) lines.push(`| ${x.inputMB} | ${x.records} | ${x.workers} | ${x.peakRssMB} | ${x.perSecond} |`);
  }
  if (r.queue?.skipped) lines.push('', `Queue: skipped (${r.queue.skipped}).`);
  else if (r.queue) {
    const q = r.queue;
    lines.push(
      '',
      `Queue (Redis + BullMQ) against batch, ${q.records} records, same run, wall time of whole processes including start-up: ` +
        `2 worker processes × 1 thread ${q.perSecond} articles/s (${q.workSeconds} s), batch with 2 threads ${q.batchPerSecond} articles/s ` +
        `(${q.batchWallSeconds} s): **${q.vsBatch} × batch** (${q.vsBatchWithAdd} × counting \`queue add\`, which took ${q.addSeconds} s); ${q.exported} results exported.`,
    );
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await run();
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
