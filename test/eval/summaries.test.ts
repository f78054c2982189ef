import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KernpunkteError } from '../../src/errors.js';
import type { EvalRecord } from '../../src/eval/jsonl.js';
import type { EvalMethod } from '../../src/eval/methods.js';
import { reportJson, reportMarkdown, reportSvg } from '../../src/eval/report.js';
import { compareMethods, evaluateSummaries } from '../../src/eval/summaries.js';

const records: EvalRecord[] = [
  { id: 'a', lang: 'de', title: null, text: 'Erster Satz über die Wahl. Zweiter Satz über das Wetter.', summary: ['Erster Satz über die Wahl.'] },
  { id: 'b', lang: 'de', title: null, text: 'Die Bahn streikt. Züge fallen aus.', summary: ['Die Bahn streikt am Montag.'] },
  { id: 'c', lang: 'fr', title: null, text: "L'élève est venu aujourd'hui. Il pleut.", summary: ["L'élève est venu."] },
];

const method = (name: string, run: EvalMethod['run'], kind: EvalMethod['kind'] = 'baseline'): EvalMethod => ({ name, kind, description: name, run });
const echo = method('echo<&>', async (r) => r.summary);
const refuse = method('refuse', async () => {
  throw new KernpunkteError('TOO_SHORT', 'too short');
});
const first = method('first', async (r) => [r.text.split('. ')[0] ?? '']);

describe('evaluateSummaries', () => {
  it('scores the reference itself 100, a refusing method 0 with its error counted', async () => {
    const report = await evaluateSummaries(records, { methods: [echo, refuse, first], dataset: 'mini' });
    const e = report.methods['echo<&>'];
    const r = report.methods.refuse;
    assert.ok(e && r);
    assert.deepEqual([e.rouge1.f, e.rouge2.f, e.rougeL.f], [100, 100, 100]);
    assert.deepEqual(e.rouge1.ci, [100, 100]);
    assert.equal(r.rouge1.f, 0);
    assert.deepEqual(r.errors, { TOO_SHORT: 3 });
    assert.equal(report.articles.length, 3);
    assert.equal(report.n, 3);
    assert.equal(e.bullets, 1);
  });
  it('compares methods pairwise on the same articles', async () => {
    const report = await evaluateSummaries(records, { methods: [echo, first] });
    const c = compareMethods(report, 'echo<&>', 'first', 'rouge1');
    assert.ok(c.diff > 0 && c.p < 0.5);
  });
  it('renders Markdown, JSON and an SVG with escaped labels', async () => {
    const report = await evaluateSummaries(records, { methods: [echo, first], skipped: { 'peer:x': 'cannot load x' } });
    const md = reportMarkdown(report);
    assert.match(md, /\| echo<&> \| baseline \| 100\.00 \|/);
    assert.match(md, /peer:x: cannot load x/);
    const json = reportJson(report);
    assert.deepEqual(Object.keys(json).sort(), ['bullets', 'dataset', 'methods', 'n', 'scoring', 'skipped']);
    const svg = reportSvg(report);
    assert.ok(svg.includes('echo&lt;&amp;&gt;'));
    assert.ok(!svg.includes('echo<&>'));
    assert.equal(svg.match(/<circle [^>]*><title>/g)?.length, 2);
  });
});
