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
 *   KERNPUNKTE_BENCH_QUEUE_RECORDS records for the queue-against-batch runs (default 30000, quick 3000)
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
import { redisAvailable, redisCpuSeconds, startRedis } from '../scripts/redis.mjs';

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
      resolve({ workers, ok, failed: Number(line[2]), seconds, wallSeconds: round(wall), cpuSeconds: round(cpuSeconds, 2), perSecond: round(ok / seconds), perCpuSecond: round(ok / cpuSeconds), coresUsed, peakRssMB: round(maxRssKB / 1024) });
    });
  });
}

function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * `kernpunkte queue …` / `kernpunkte worker …`: the real command line from dist, with
 * cpu-report.mjs preloaded so that the child reports the CPU seconds it used.
 */
function queueChild(args) {
  const report = pathToFileURL(join(HERE, 'cpu-report.mjs')).href;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', report, join(DIST, 'cli', 'main.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exit) => {
      const cpu = /BENCH-CPU ([\d.]+)/.exec(stderr);
      if (exit !== 0 || !cpu) return reject(new Error(`queue child failed (exit ${exit}): ${stderr.slice(-500)}`));
      resolve({ wallSeconds: (performance.now() - started) / 1000, cpuSeconds: Number(cpu[1]), stderr });
    });
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

    // 3. Queue against batch on the same records with the same number of summarizing threads
    //    (two), in one run. Order: batch, queue as 2 processes × 1 thread, queue as 1 process ×
    //    2 threads, batch again, so that load that comes or goes during the run (this machine is
    //    shared) weighs on both sides alike; each queue shape is compared with the mean of the two
    //    batch runs. Wall time of whole processes, start-up included; `queue add` is timed on its
    //    own. CPU seconds per article (every thread of every process, Redis included) are reported
    //    beside it: they hardly change with other load.
    const redis = redisAvailable() ? await startRedis() : null;
    if (!redis) {
      log('batch bench: queue part skipped: no redis-server and no REDIS_URL');
      result.queue = { skipped: 'no redis-server and no REDIS_URL' };
    } else {
      try {
        const qInput = join(dir, 'queue.jsonl');
        const qWritten = await writeInput(qInput, articles, { count: s.queueRecords });
        const records = qWritten.records;
        log(`batch bench: queue against batch on ${records} records, 2 summarizing threads each …`);
        const batchRun = async () => {
          const b = await batchChild(qInput, join(dir, 'queue-batch-out.jsonl'), join(dir, 'queue-batch-err.jsonl'), 2);
          const r = { wallSeconds: b.wallSeconds, perSecond: round(records / b.wallSeconds), cpuMsPerArticle: round((1000 * b.cpuSeconds) / records, 3) };
          log(`  batch, 1 process × 2 threads: ${r.wallSeconds} s wall → ${r.perSecond} articles/s, ${r.cpuMsPerArticle} CPU-ms per article`);
          return r;
        };
        const queueRun = async (processes, threads, name) => {
          const q = ['--redis', redis.url, '--queue', name];
          const cpu0 = await redisCpuSeconds(redis.url);
          const add = await queueChild(['queue', 'add', qInput, ...q]);
          const cpu1 = await redisCpuSeconds(redis.url);
          const t1 = performance.now();
          const workers = await Promise.all(Array.from({ length: processes }, () => queueChild(['worker', ...q, '--concurrency', String(threads), '--until-empty'])));
          const workSeconds = (performance.now() - t1) / 1000;
          const cpu2 = await redisCpuSeconds(redis.url);
          const out = join(dir, `queue-out-${name}.jsonl`);
          await queueChild(['queue', 'export', out, ...q]);
          const exported = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
          rmSync(out, { force: true });
          const workerCpu = workers.reduce((sum, w) => sum + w.cpuSeconds, 0);
          const r = {
            shape: `${processes} ${processes === 1 ? 'process' : 'processes'} × ${threads} ${threads === 1 ? 'thread' : 'threads'}`,
            processes,
            threads,
            exported,
            addSeconds: round(add.wallSeconds, 2),
            addCpuMsPerArticle: round((1000 * (add.cpuSeconds + cpu1 - cpu0)) / records, 3),
            workSeconds: round(workSeconds, 2),
            perSecond: round(records / workSeconds),
            workerCpuSeconds: workers.map((w) => round(w.cpuSeconds)),
            redisCpuSeconds: round(cpu2 - cpu1),
            cpuMsPerArticle: round((1000 * (workerCpu + cpu2 - cpu1)) / records, 3),
          };
          log(
            `  queue, ${r.shape}: add ${r.addSeconds} s, work ${r.workSeconds} s wall → ${r.perSecond} articles/s, ${r.cpuMsPerArticle} CPU-ms per article ` +
              `(workers ${r.workerCpuSeconds.join(' + ')} s, Redis ${r.redisCpuSeconds} s), ${exported} exported`,
          );
          return r;
        };
        const batch = [await batchRun()];
        const queues = [await queueRun(2, 1, 'bench-2x1'), await queueRun(1, 2, 'bench-1x2')];
        batch.push(await batchRun());
        const batchWall = batch.reduce((sum, b) => sum + b.wallSeconds, 0) / batch.length;
        const batchCpu = batch.reduce((sum, b) => sum + b.cpuMsPerArticle, 0) / batch.length;
        for (const q of queues) {
          q.vsBatch = round(batchWall / q.workSeconds, 2);
          q.vsBatchWithAdd = round(batchWall / (q.addSeconds + q.workSeconds), 2);
          q.cpuVsBatch = round(q.cpuMsPerArticle / batchCpu, 2);
          log(`  queue, ${q.shape}: ${q.vsBatch} × batch throughput (${q.vsBatchWithAdd} × counting add), ${q.cpuVsBatch} × batch's CPU per article`);
        }
        result.queue = { records, batch, batchPerSecond: round(records / batchWall), batchCpuMsPerArticle: round(batchCpu, 3), runs: queues };
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
  if (r.throughput.length) {
    // (A queue-only run, KERNPUNKTE_BENCH_QUEUE_ONLY=1, has no throughput rows.)
    lines.push(`${r.cores} cores; ${r.settings.articles} records cycling through ${r.distinctArticles} real de/en articles.`, '');
    lines.push('| workers | articles/s | speed-up | per CPU-second | cores used | seconds | peak RSS MB |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const t of r.throughput) lines.push(`| ${t.workers} | ${t.perSecond} | ${t.speedup} | ${t.perCpuSecond} | ${t.coresUsed} | ${t.seconds} | ${t.peakRssMB} |`);
    lines.push('', '"cores used" is CPU time over wall time: below the worker count, the machine was busy with other work and the speed-up understates scaling.');
  } else lines.push(`${r.cores} cores.`);
  if (r.rss.length) {
    lines.push('', '| input MB | records | workers | peak RSS MB | articles/s |', '| ---: | ---: | ---: | ---: | ---: |');
    for (const x of r.rss) lines.push(`| ${x.inputMB} | ${x.records} | ${x.workers} | ${x.peakRssMB} | ${x.perSecond} |`);
  }
  if (r.queue?.skipped) lines.push('', `Queue: skipped (${r.queue.skipped}).`);
  else if (r.queue?.runs) {
    const q = r.queue;
    lines.push(
      '',
      `Queue (Redis + BullMQ) against batch on ${q.records} records, two summarizing threads each, one run in the order batch, queue 2 × 1, queue 1 × 2, batch; ` +
        'wall time of whole processes including start-up, `queue add` apart. CPU-ms per article counts every thread of every process (the queue: its workers and redis-server).',
      '',
      '| run | wall s | articles/s | × batch | × batch counting add | CPU-ms per article | × batch CPU |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [i, b] of q.batch.entries()) lines.push(`| batch, 1 process × 2 threads (run ${i + 1}) | ${b.wallSeconds} | ${b.perSecond} | | | ${b.cpuMsPerArticle} | |`);
    for (const x of q.runs) {
      lines.push(`| queue, ${x.shape} (add ${x.addSeconds} s) | ${x.workSeconds} | ${x.perSecond} | **${x.vsBatch}** | ${x.vsBatchWithAdd} | ${x.cpuMsPerArticle} | ${x.cpuVsBatch} |`);
    }
  } else if (r.queue) {
    // Results from before the interleaved runs (one batch run, then 2 worker processes).
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
