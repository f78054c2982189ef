/**
 * `npm run eval`: `kernpunkte eval summaries` on every summary set in ../shared/data, at 3 bullets,
 * every method and peer, then one table of ROUGE-1 / ROUGE-2 F1 across the sets (the README's).
 * Per-set reports (report.md, report.json, report.svg) go to reports/<set>/.
 */
import { Writable } from 'node:stream';
import { evalSummaries } from '../src/cli/eval.js';
import { reportJson } from '../src/eval/report.js';

const SETS = ['de-news-teaser-fundus', 'en-cnndm-frank', 'en-xsum-frank', 'xx-news-teaser-fundus'];
const ORDER = ['oracle', 'kernpunkte', 'lead', 'textrank', 'lexrank', 'centroid', 'random'];
const quiet = new Writable({ write: (_c, _e, cb) => cb() });

const results: Array<{ set: string; json: ReturnType<typeof reportJson> }> = [];
for (const set of SETS) {
  process.stderr.write(`eval: ${set} …\n`);
  const report = await evalSummaries(new URL(`../../shared/data/${set}.jsonl`, import.meta.url).pathname, { bullets: '3', report: `reports/${set}` }, { out: quiet, err: process.stderr });
  results.push({ set, json: reportJson(report) });
}
const names = [...new Set(results.flatMap((r) => Object.keys(r.json.methods)))];
const methods = [...ORDER.filter((m) => names.includes(m)), ...names.filter((m) => !ORDER.includes(m)).sort()];
const lines = [
  `| method | ${results.map((r) => `${r.set} (${r.json.n})`).join(' | ')} |`,
  `| --- |${results.map(() => ' ---: |').join('')}`,
];
for (const m of methods) {
  const cells = results.map((r) => {
    const s = r.json.methods[m];
    if (!s) return '–';
    const cell = `${s.rouge1.f.toFixed(2)} / ${s.rouge2.f.toFixed(2)}`;
    return m === 'kernpunkte' ? `**${cell}**` : cell;
  });
  lines.push(`| ${m} | ${cells.join(' | ')} |`);
}
process.stdout.write(`ROUGE-1 F1 / ROUGE-2 F1 (%), 3 bullets, Unicode tokens with Snowball stemming\n\n${lines.join('\n')}\n`);
