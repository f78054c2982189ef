/**
 * The extraction scorer (src/eval/extract.ts) and its CLI shell (src/cli/eval-extract.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, test } from 'node:test';
import { evalExtract, evalExtractCommand } from '../../src/cli/eval-extract.js';
import { aggregateScores, evaluateExtraction, extractTokens, scoreExtraction } from '../../src/eval/extract.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

test('tokens: Unicode words, lowercased, punctuation ignored', () => {
  assert.deepEqual(extractTokens('Größte Übung – für 2 Bürger_innen! „Ja.“'), ['größte', 'übung', 'für', '2', 'bürger_innen', 'ja']);
});

test('identical text scores 1, order and whitespace do not matter', () => {
  const s = scoreExtraction('b a\n\nc', 'a b c');
  assert.equal(s.f1, 1);
});

test('multiset overlap: repeated tokens count as often as both sides have them', () => {
  // pred: a a a b (4), gold: a b b (3) → overlap a:1 + b:1 = 2
  const s = scoreExtraction('a a a b', 'a b b');
  close(s.precision, 2 / 4);
  close(s.recall, 2 / 3);
  close(s.f1, (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  assert.deepEqual([s.overlap, s.predicted, s.gold], [2, 4, 3]);
});

test('empty cases', () => {
  assert.equal(scoreExtraction('', '').f1, 1);
  assert.equal(scoreExtraction('', 'gold text').f1, 0);
  assert.equal(scoreExtraction('extra', '').precision, 0);
});

test('macro averages pages, micro sums tokens', () => {
  const a = scoreExtraction('x', 'x'); // 1 token, perfect
  const b = scoreExtraction('y y y y', 'z z z z'); // 0
  const agg = aggregateScores([a, b]);
  close(agg.macro.f1, 0.5);
  close(agg.micro.precision, 1 / 5);
  assert.equal(agg.pages, 2);
});

test('evaluateExtraction runs every extractor on every page; a throwing extractor scores 0', async () => {
  const r = await evaluateExtraction('set', [{ id: 'p1', html: '<p>eins zwei</p>', text: 'eins zwei' }], {
    good: () => 'eins zwei',
    bad: () => {
      throw new Error('boom');
    },
  });
  assert.equal(r.extractors.good?.aggregate.macro.f1, 1);
  assert.equal(r.extractors.bad?.aggregate.macro.f1, 0);
  assert.equal(r.extractors.bad?.errors, 1);
  assert.equal(r.rows[0]?.scores.good?.f1, 1);
});

const dir = mkdtempSync(join(tmpdir(), 'kp-eval-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  w.text = '';
  return w;
}

const PARAS = [
  'Die Feuerwehr rückte am frühen Morgen zu einem Großbrand in einer Lagerhalle am Stadtrand aus, verletzt wurde nach ersten Angaben niemand.',
  'Die Löscharbeiten dauerten bis in den Nachmittag, weil immer wieder Glutnester in den gelagerten Strohballen aufflammten.',
  'Die Polizei schätzt den Schaden auf mehrere hunderttausend Euro und ermittelt nun zur Brandursache, Brandstiftung sei nicht ausgeschlossen.',
];
const HTML = `<html lang="de"><body><article><h1>Brand</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>Foto: Feuerwehr</p></article></body></html>`;

test('eval extract: table, JSON, report files; broken lines reported by number and skipped', async () => {
  const data = join(dir, 'set.jsonl');
  writeFileSync(
    data,
    [JSON.stringify({ id: 'a', url: 'https://x.example/a', html: HTML, text: PARAS.join('\n\n') }), '{not json', JSON.stringify({ id: 'b' }), ''].join('\n'),
  );
  const out = sink();
  const err = sink();
  const report = await evalExtract(data, { report: join(dir, 'rep') }, { out, err });
  assert.equal(report.pages, 1);
  assert.match(err.text, /line 2: skipped, invalid JSON/);
  assert.match(err.text, /line 3: skipped/);
  assert.deepEqual(Object.keys(report.badLines), ['2', '3']);
  assert.match(out.text, /\| kernpunkte \|/);
  assert.match(out.text, /\| readability-0\.6 \|/);
  assert.ok(report.extractors.kernpunkte!.aggregate.macro.f1 > 0.95);
  // Readability keeps the credit line; kernpunkte drops it.
  assert.ok(report.extractors.kernpunkte!.aggregate.macro.precision > report.extractors['readability-0.6']!.aggregate.macro.precision);
  assert.match(readFileSync(join(dir, 'rep', 'extract.md'), 'utf8'), /macro F1/);
  const json = JSON.parse(readFileSync(join(dir, 'rep', 'extract.json'), 'utf8')) as { pages: number };
  assert.equal(json.pages, 1);

  const out2 = sink();
  await evalExtract(data, { json: true }, { out: out2, err: sink() });
  assert.equal((JSON.parse(out2.text) as { pages: number }).pages, 1);
});

test('eval extract: missing file and bad --limit are coded errors', async () => {
  await assert.rejects(evalExtract(join(dir, 'nope.jsonl'), {}, { out: sink(), err: sink() }), { code: 'INVALID_INPUT' });
  await assert.rejects(evalExtract(join(dir, 'set.jsonl'), { limit: 'x' }, { out: sink(), err: sink() }), { code: 'INVALID_OPTION' });
});

test('evalExtractCommand is a commander command named "extract"', async () => {
  const out = sink();
  const cmd = evalExtractCommand({ out, err: sink() });
  assert.equal(cmd.name(), 'extract');
  await cmd.parseAsync(['node', 'extract', join(dir, 'set.jsonl'), '--limit', '1']);
  assert.match(out.text, /kernpunkte/);
});
