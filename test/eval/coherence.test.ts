import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evalCommand } from '../../src/cli/eval.js';
import { coherenceMarkdown, evaluateCoherence } from '../../src/eval/coherence.js';
import type { EvalRecord } from '../../src/eval/jsonl.js';
import type { EvalMethod } from '../../src/eval/methods.js';
import { evaluateSummaries } from '../../src/eval/summaries.js';
import { isKernpunkteError } from '../../src/errors.js';
import { captureEvalIo } from '../helpers/eval-io.js';

const records: EvalRecord[] = [
  { id: 'a', lang: 'de', title: null, text: 'x', summary: ['x'] },
  { id: 'b', lang: 'en', title: null, text: 'y', summary: ['y'] },
];
const method = (name: string, out: Record<string, string[]>): EvalMethod => ({ name, kind: 'baseline', description: name, run: async (r) => out[r.id] ?? [] });

// Per article: one bullet that stands alone, one with a flag; "restating" repeats a bullet's facts.
const flagged = method('flagged', {
  a: ['Der Stadtrat hat am Dienstag den Haushalt beschlossen.', 'Er trat danach zurück.'],
  b: ['The council approved the budget on Monday.', 'The government would raise taxes next year.'],
});
const clean = method('clean', {
  a: ['Der Stadtrat hat am Dienstag den Haushalt beschlossen.', 'Die Kosten liegen bei 45 Millionen Euro.'],
  b: ['The council approved the budget on Monday.', 'Construction will start next spring.'],
});
const restating = method('restating', {
  a: ['Der Stadtrat Kassel hat am Dienstag den Haushalt 2025 beschlossen.', '„Der Stadtrat Kassel hat den Haushalt 2025 beschlossen“, sagte der Bürgermeister.'],
  b: ['The council approved the budget on Monday.', 'The Leeds council approved the new budget on Monday evening.'],
});

describe('evaluateCoherence', () => {
  it('counts flagged bullets by reason, summaries with a flag, and redundant pairs', async () => {
    const report = await evaluateCoherence(records, { methods: [flagged, clean, restating], dataset: 'mini' });
    const f = report.methods.flagged!;
    assert.equal(f.bullets, 4);
    assert.equal(f.flaggedBullets, 50);
    assert.equal(f.flaggedSummaries, 100);
    assert.equal(f.byReason.pronoun, 25);
    assert.equal(f.byReason['speakerless-speech'], 25);
    assert.equal(report.methods.clean!.flaggedBullets, 0);
    assert.equal(report.methods.clean!.redundantSummaries, 0);
    assert.equal(report.methods.restating!.redundantSummaries, 100);
    assert.ok(report.methods.restating!.meanMaxOverlap > report.methods.clean!.meanMaxOverlap);
    assert.deepEqual(
      report.examples.flagged!.map((e) => e.reason).sort(),
      ['pronoun', 'speakerless-speech'],
    );
    const md = coherenceMarkdown(report);
    assert.match(md, /^\| clean \| baseline \| 0\.0 % \| 0\.0 % \|/m);
  });

  it('eval summaries reports the same redundant share and mean largest overlap per method', async () => {
    const report = await evaluateSummaries(records, { methods: [clean, restating] });
    assert.equal(report.methods.restating!.redundantShare, 100);
    assert.equal(report.methods.clean!.redundantShare, 0);
    assert.ok(report.methods.restating!.meanMaxOverlap >= 0.5 && report.methods.clean!.meanMaxOverlap < 0.5);
  });
});


describe('kernpunkte eval coherence (in process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-eval-coherence-'));
  const path = join(dir, 'mini.jsonl');
  const article = {
    id: 'de-1',
    lang: 'de',
    title: 'Stadtrat beschließt Radwegenetz',
    text: 'Der Stadtrat von Kassel hat am Dienstag ein neues Radwegenetz beschlossen. Er stimmte mit großer Mehrheit zu. Die Stadt schließe weitere Projekte nicht aus. Bis 2030 sollen 120 Kilometer Radwege entstehen. Die Kosten liegen bei rund 45 Millionen Euro. Die Opposition hält den Zeitplan für zu ehrgeizig.',
    summary: ['Kassel bekommt ein Radwegenetz.'],
  };
  writeFileSync(path, `${JSON.stringify(article)}\n{"id": \n`);

  it('prints a row per method; the default flags none here, Lead-3 two of three', async () => {
    const c = captureEvalIo();
    await evalCommand(c.io).parseAsync(['coherence', path, '--method', 'kernpunkte,lead'], { from: 'user' });
    assert.match(c.err(), /mini\.jsonl:2: invalid JSON/);
    assert.match(c.out(), /^\| kernpunkte \| library \| 0\.0 % \|/m);
    assert.match(c.out(), /^\| lead \| library \| 66\.7 % \| 100\.0 % \|/m);
  });

  it('--json prints the report with examples', async () => {
    const c = captureEvalIo();
    await evalCommand(c.io).parseAsync(['coherence', path, '--method', 'lead', '--json'], { from: 'user' });
    const report = JSON.parse(c.out()) as { n: number; examples: Record<string, Array<{ reason: string }>> };
    assert.equal(report.n, 1);
    assert.deepEqual(report.examples.lead!.map((e) => e.reason).sort(), ['pronoun', 'speakerless-speech']);
  });

  it('rejects an unknown method and a missing file with coded errors', async () => {
    await assert.rejects(evalCommand(captureEvalIo().io).parseAsync(['coherence', path, '--method', 'nope'], { from: 'user' }), (e: unknown) => isKernpunkteError(e) && e.code === 'UNKNOWN_METHOD');
    await assert.rejects(evalCommand(captureEvalIo().io).parseAsync(['coherence', '/nonexistent.jsonl'], { from: 'user' }), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
  });
});
