/**
 * `npm run eval`: `kernpunkte eval summaries` on every summary set in ../shared/data, at 3 bullets,
 * every method and peer, then the README's tables across the sets: ROUGE-1 / ROUGE-2 F1, and
 * from the same outputs the coherence evaluation (`kernpunkte eval coherence`: summaries with a
 * bullet that does not stand alone, summaries with a redundant pair of bullets).
 * Per-set reports (report.md, report.json, report.svg, coherence.md) go to reports/<set>/.
 *   npm run eval                 # all sets, all methods and peers
 *   npm run eval -- --limit 20   # a quick look
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { evalSummaries } from '../src/cli/eval.js';
import { coherenceMarkdown, tallyCoherence, type CoherenceReport } from '../src/eval/coherence.js';
import { reportJson } from '../src/eval/report.js';

const SETS = ['de-news-teaser-fundus', 'xx-news-teaser-fundus', 'en-cnndm-frank', 'en-xsum-frank'];
const ORDER = ['oracle', 'kernpunkte', 'lead', 'textrank', 'lexrank', 'centroid', 'random'];
const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? process.argv[limitAt + 1] : undefined;

const results: Array<{ set: string; json: ReturnType<typeof reportJson>; coherence: CoherenceReport }> = [];
for (const set of SETS) {
  process.stderr.write(`eval: ${set} …\n`);
  const report = await evalSummaries(
    new URL(`../../shared/data/${set}.jsonl`, import.meta.url).pathname,
    { bullets: '3', report: `reports/${set}`, ...(limit ? { limit } : {}) },
    { out: quiet, err: process.stderr },
  );
  const kinds = Object.fromEntries(Object.entries(report.methods).map(([name, m]) => [name, m.kind]));
  const rows = report.articles.map((a) => ({ id: a.id, lang: a.lang, outputs: Object.fromEntries(Object.entries(a.methods).map(([name, m]) => [name, m.error ? null : m.output])) }));
  const coherence = tallyCoherence(rows, kinds, { bullets: report.bullets, dataset: set, skipped: report.skipped });
  mkdirSync(`reports/${set}`, { recursive: true });
  writeFileSync(`reports/${set}/coherence.md`, coherenceMarkdown(coherence));
  results.push({ set, json: reportJson(report), coherence });
}
const names = [...new Set(results.flatMap((r) => Object.keys(r.json.methods)))];
const methods = [...ORDER.filter((m) => names.includes(m)), ...names.filter((m) => !ORDER.includes(m)).sort()];
const header = [`| method | ${results.map((r) => `${r.set} (${r.json.n})`).join(' | ')} |`, `| --- |${results.map(() => ' ---: |').join('')}`];
const table = (cell: (r: (typeof results)[number], m: string) => string): string => [...header, ...methods.map((m) => `| ${m} | ${results.map((r) => cell(r, m)).join(' | ')} |`)].join('\n');
const rouge = table((r, m) => {
  const s = r.json.methods[m];
  if (!s) return '–';
  const cell = `${s.rouge1.f.toFixed(2)} / ${s.rouge2.f.toFixed(2)}`;
  return m === 'kernpunkte' ? `**${cell}**` : cell;
});
const coherence = table((r, m) => {
  const c = r.coherence.methods[m];
  if (!c) return '–';
  const cell = `${c.flaggedSummaries.toFixed(0)} % / ${c.redundantSummaries.toFixed(0)} %`;
  return m === 'kernpunkte' ? `**${cell}**` : cell;
});
process.stdout.write(`ROUGE-1 F1 / ROUGE-2 F1 (%), 3 bullets, Unicode tokens with Snowball stemming\n\n${rouge}\n\n`);
process.stdout.write(`Summaries with a bullet that does not stand alone / with a redundant pair of bullets (%), same outputs\n\n${coherence}\n`);
