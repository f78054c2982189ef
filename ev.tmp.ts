import { readFileSync } from 'node:fs';
import { extract } from './src/extract/extract.js';
import { readabilityBaseline, scoreExtraction } from './src/eval/extract.js';
const file = process.argv[2]!;
const rows: Array<[string, number, number, number, number]> = [];
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  let ours = '';
  try { ours = extract(r.html, r.url ? { url: r.url } : {})?.blocks.map((b) => b.text).join('\n\n') ?? ''; } catch (e: any) { ours = ''; }
  let rd = ''; try { rd = readabilityBaseline(r.html); } catch {}
  const gold = r.text ?? r.gold ?? r.body;
  const a = scoreExtraction(ours, gold).f1, b = scoreExtraction(rd, gold).f1;
  rows.push([r.id, a, b, ours.length, rd.length]);
}
const mean = (i: 1 | 2) => rows.reduce((s, r) => s + (r[i] as number), 0) / rows.length;
console.log(file.split('/').pop(), 'ours', (100 * mean(1)).toFixed(1), 'readability', (100 * mean(2)).toFixed(1));
for (const r of rows.filter((r) => r[1] < r[2] - 0.02 || r[1] < 0.9).sort((a, b) => a[1] - b[1])) console.log(r[0], (100 * r[1]).toFixed(1), (100 * r[2]).toFixed(1), r[3], r[4]);
