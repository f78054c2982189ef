import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evalCommand, type EvalIo } from '../../src/cli/eval.js';
import { isKernpunkteError } from '../../src/errors.js';
import type { FaithfulnessEvalReport } from '../../src/eval/faithfulness.js';
import { buildSuite } from '../../src/eval/faithfulness-suite.js';
import { captureEvalIo } from '../helpers/eval-io.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));


// Made-up articles with one faithful and one unfaithful summary each, in two "datasets".
const ARTICLE_A =
  'The city council of Leeds approved a new tram line on Monday. The line will connect the station with the university. Construction will cost 300 million pounds. Critics say the budget will not be enough.';
const ARTICLE_B =
  'Police in Bristol arrested two men after a break-in at a jewellery shop on Friday. The men were caught on camera. Officers recovered most of the stolen rings. The shop owner said he was relieved.';
const ARTICLE_C =
  'Heavy rain flooded 40 homes in the village of Tewkesbury overnight. Firefighters pumped water from the streets. The Environment Agency issued three flood warnings. Residents were told to stay indoors.';
const RECORDS = [
  { id: 'a1', dataset: 'news', article: ARTICLE_A, summary: 'Leeds council approved a new tram line that will cost 300 million pounds.', consistent: true },
  { id: 'a2', dataset: 'news', article: ARTICLE_A, summary: 'Manchester council rejected a tram line costing 500 million pounds.', consistent: false },
  { id: 'b1', dataset: 'news', article: ARTICLE_B, summary: 'Police in Bristol arrested two men after a break-in at a jewellery shop.', consistent: true },
  { id: 'b2', dataset: 'news', article: ARTICLE_B, summary: 'Police in Bristol did not arrest anyone after a robbery at a bank.', consistent: false },
  { id: 'c1', dataset: 'wire', article: ARTICLE_C, summary: 'heavy rain flooded 40 homes in tewkesbury overnight .', consistent: true },
  { id: 'c2', dataset: 'wire', article: ARTICLE_C, summary: 'a storm destroyed 400 homes in gloucester , killing two people .', consistent: false },
  { id: 'c3', dataset: 'wire', article: ARTICLE_C, summary: 'the environment agency issued three flood warnings .', consistent: true },
  { id: 'c4', dataset: 'wire', article: ARTICLE_C, summary: 'the army evacuated the whole county after the river burst its banks .', consistent: false },
];

function file(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-faith-cli-'));
  const path = join(dir, 'mini.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const run = async (args: string[], io: EvalIo): Promise<void> => {
  await evalCommand(io).parseAsync(args, { from: 'user' });
};

describe('eval faithfulness (in process)', () => {
  it('prints the per-dataset table with the baseline and skips a broken line with its number', async () => {
    const lines = RECORDS.map((r) => JSON.stringify({ lang: 'en', ...r }));
    lines.splice(2, 0, '{"id": "broken"', JSON.stringify({ id: 'x', dataset: 'news', article: 'a', summary: 'b' }));
    const c = captureEvalIo();
    await run(['faithfulness', file(lines), '--folds', '2'], c.io);
    assert.match(c.err(), /mini\.jsonl:3: invalid JSON/);
    assert.match(c.err(), /mini\.jsonl:4: consistent: /);
    assert.match(c.out(), /^\| news \| 4 \(2\) \|/m);
    assert.match(c.out(), /^\| wire \| 4 \(2\) \|/m);
    assert.match(c.out(), /^\| \*\*mean\*\* \|/m);
    assert.match(c.out(), /baseline/);
    assert.match(c.out(), /8 summaries checked/);
  });

  it('separates the faithful from the unfaithful summaries of the fixture (JSON report)', async () => {
    const c = captureEvalIo();
    await run(['faithfulness', file(RECORDS.map((r) => JSON.stringify(r))), '--json', '--folds', '2'], c.io);
    const report = JSON.parse(c.out()) as FaithfulnessEvalReport;
    assert.deepEqual(report.rows.map((r) => r.dataset), ['news', 'wire']);
    for (const row of report.rows) {
      assert.equal(row.ours, 100, `${row.dataset}: every unfaithful summary scores below every faithful one`);
      assert.ok(row.baseline >= 50 && row.baseline <= 100);
    }
    assert.equal(report.mean.ours, 100);
  });

  it('runs the German suite on articles and reports caught and wrongly flagged shares', async () => {
    const text = [
      'Der Stadtrat von Kassel hat am Dienstag ein neues Radwegenetz für 45 Millionen Euro beschlossen.',
      'Bürgermeister Christian Geselle sagte, die Stadt werde bis 2030 insgesamt 120 Kilometer Radwege bauen.',
      'Die Opposition hält den Zeitplan nicht für realistisch, weil es an Fachkräften fehlt.',
      'Der Verkehrsclub nannte den Beschluss „einen großen Schritt“ für die Stadt.',
    ].join(' ');
    const c = captureEvalIo();
    await run(['faithfulness', '--suite', 'de', file([JSON.stringify({ id: 'k1', lang: 'de', text })])], c.io);
    assert.match(c.out(), /^\| faithful:untouched \| 4 \| 0 \| 0\.0% \|/m);
    assert.match(c.out(), /^\| \*\*corruptions caught\*\* \|/m);
    assert.match(c.out(), /^\| \*\*faithful wrongly flagged\*\* \|/m);
    for (const kind of ['number', 'name', 'negation:added', 'negation:removed', 'quote']) assert.match(c.out(), new RegExp(`^\\| ${kind} \\| \\d+ \\|`, 'm'));
  });

  const rejects = async (args: string[], code: string): Promise<void> => {
    await assert.rejects(run(args, captureEvalIo().io), (e: unknown) => isKernpunkteError(e) && e.code === code);
  };
  it('rejects a missing file with INVALID_INPUT', () => rejects(['faithfulness', '/nonexistent/x.jsonl'], 'INVALID_INPUT'));
  it('rejects a file without a valid record with INVALID_INPUT', () => rejects(['faithfulness', file(['{"id": 1}'])], 'INVALID_INPUT'));
  it('rejects an unknown suite language with INVALID_OPTION', () => rejects(['faithfulness', file(['{}']), '--suite', 'xx'], 'INVALID_OPTION'));
  it('rejects a bad --folds with INVALID_OPTION', () => rejects(['faithfulness', file(['{}']), '--folds', '1'], 'INVALID_OPTION'));

  it('exits 2 with the error code on bad usage (process)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', 'faithfulness', '/nonexistent.jsonl'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /INVALID_INPUT/);
  });
});

describe('buildSuite', () => {
  const articles = [{ id: 'k1', text: 'Der Stadtrat von Kassel hat am Dienstag ein neues Radwegenetz für 45 Millionen Euro beschlossen. Die Opposition hält den Zeitplan nicht für realistisch, weil es an Fachkräften fehlt.' }];
  it('is deterministic for a seed and changes with it', () => {
    assert.deepEqual(buildSuite(articles, 'de', 7), buildSuite(articles, 'de', 7));
    const a = buildSuite(articles, 'de', 7).map((c) => c.claim);
    const b = buildSuite(articles, 'de', 8).map((c) => c.claim);
    assert.notDeepEqual(a, b);
  });
  it('changes each corrupted claim in one place and keeps the faithful ones faithful', () => {
    const cases = buildSuite(articles, 'de', 7);
    for (const c of cases) {
      if (c.kind === 'faithful:untouched') assert.equal(c.claim, c.source[0]);
      else assert.notEqual(c.claim, c.source[0]);
    }
    assert.ok(cases.some((c) => c.kind === 'faithful:shortened' && c.claim === 'Die Opposition hält den Zeitplan nicht für realistisch.'));
    assert.ok(cases.some((c) => c.kind === 'negation:removed' && !/nicht/.test(c.claim)));
  });
});
