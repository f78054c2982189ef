/**
 * `npm run bench`: every benchmark in one run, on this machine, with ratios against baselines
 * measured in the same run. Parts: summarizers (speed and memory of every method and npm peer),
 * server (HTTP load, bombs, overload), batch (throughput, scaling, flat memory, queue), pathological
 * (the unit tests' crafted inputs, time per MB against ordinary input). Writes bench/results.json
 * and bench/results.md.
 *   npm run bench                      # all parts
 *   npm run bench -- summarizers batch # only these parts; the others keep their last results
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PARTS = ['summarizers', 'server', 'batch', 'pathological'];

const wanted = process.argv.slice(2).filter((a) => PARTS.includes(a));
const parts = wanted.length ? wanted : PARTS;
const log = (line) => process.stderr.write(`${line}\n`);

const previous = wanted.length && existsSync(join(HERE, 'results.json')) ? JSON.parse(readFileSync(join(HERE, 'results.json'), 'utf8')) : {};
const results = {
  ...previous,
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
let failed = false;
const modules = {};
for (const part of PARTS) {
  const file = join(HERE, `${part}.js`);
  if (!existsSync(file)) {
    log(`bench: ${part}: bench/${part}.js is missing`);
    failed = true;
    continue;
  }
  modules[part] = await import(file);
  if (!parts.includes(part)) continue;
  log(`bench: ${part} …`);
  try {
    results[part] = await modules[part].run({ log });
  } catch (error) {
    failed = true;
    results[part] = { error: error instanceof Error ? error.message : String(error) };
    log(`bench: ${part} failed: ${results[part].error}`);
  }
}
const sections = [`# kernpunkte benchmarks\n\n${results.date}, ${results.machine.cores} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}.${wanted.length ? ` This run: ${parts.join(', ')}; the other parts are from the previous run.` : ''}\n`];
for (const part of PARTS) {
  const result = results[part];
  if (result && !result.error && typeof modules[part]?.toMarkdown === 'function') sections.push(modules[part].toMarkdown(result));
}
writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = sections.join('\n');
writeFileSync(join(HERE, 'results.md'), md);
process.stdout.write(md);
process.exitCode = failed ? 1 : 0;
