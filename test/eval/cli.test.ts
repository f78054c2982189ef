import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evalCommand, type EvalIo } from '../../src/cli/eval.js';
import { isKernpunkteError } from '../../src/errors.js';
import { captureEvalIo } from '../helpers/eval-io.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));


// Small made-up articles: the reference repeats two of each article's sentences.
const ARTICLES = [
  {
    id: 'de-1',
    lang: 'de',
    title: 'Stadtrat beschließt neues Radwegenetz',
    text: [
      'Der Stadtrat von Kassel hat am Dienstag ein neues Radwegenetz beschlossen.',
      'Bis 2030 sollen 120 Kilometer Radwege entstehen.',
      'Die Kosten liegen bei rund 45 Millionen Euro.',
      'Bei der Sitzung regnete es draußen stark.',
      'Die Opposition hält den Zeitplan für zu ehrgeizig.',
      'Ein Bürger brachte seinen Hund mit in den Saal.',
    ].join(' '),
    summary: ['Kassel bekommt bis 2030 ein neues Radwegenetz mit 120 Kilometern für 45 Millionen Euro.'],
  },
  {
    id: 'en-1',
    lang: 'en',
    title: null,
    text: [
      'The city council of Leeds approved a new tram line on Monday.',
      'The line will connect the station with the university.',
      'Construction is expected to start next spring and cost 300 million pounds.',
      'A local bakery sold cakes outside the town hall.',
      'Critics say the budget will not be enough.',
    ].join(' '),
    summary: ['Leeds approves a tram line from the station to the university.', 'It will cost 300 million pounds.'],
  },
  {
    id: 'de-2',
    lang: 'de',
    title: 'Hitzewelle',
    text: [
      'Eine Hitzewelle hat Süddeutschland erfasst.',
      'In Freiburg wurden am Sonntag 38 Grad gemessen.',
      'Der Deutsche Wetterdienst warnt vor Waldbränden.',
      'Viele Freibäder verlängerten ihre Öffnungszeiten.',
      'Zum Wochenende soll es kühler werden.',
    ].join('\n\n'),
    summary: ['In Süddeutschland herrscht eine Hitzewelle mit bis zu 38 Grad.', 'Der Wetterdienst warnt vor Waldbränden.'],
  },
];

function dataFile(extraLines: string[] = []): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kp-eval-cli-'));
  const path = join(dir, 'mini.jsonl');
  const lines = ARTICLES.map((a) => JSON.stringify(a));
  lines.splice(1, 0, ...extraLines);
  writeFileSync(path, lines.join('\n') + '\n');
  return { dir, path };
}

async function run(args: string[], io: EvalIo): Promise<void> {
  await evalCommand(io).parseAsync(args, { from: 'user' });
}

describe('eval summaries (in process)', () => {
  it('prints the table, writes the report files and skips a broken line with its number', async () => {
    const { dir, path } = dataFile(['{"id": "broken", ']);
    const c = captureEvalIo();
    const reportDir = join(dir, 'report');
    await run(['summaries', path, '--method', 'lead,random,oracle', '--report', reportDir], c.io);

    assert.match(c.err(), /mini\.jsonl:2: invalid JSON/);
    for (const m of ['lead', 'random', 'oracle']) assert.match(c.out(), new RegExp(`^\\| ${m} \\|`, 'm'));

    const json = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as {
      dataset: string;
      n: number;
      bullets: number;
      methods: Record<string, { rouge1: { p: number; r: number; f: number; ci: [number, number] }; rouge2: unknown; rougeL: unknown; words: number; bullets: number; articlesPerSecond: number }>;
      skipped: Record<string, string>;
    };
    assert.equal(json.dataset, 'mini');
    assert.equal(json.n, 3);
    assert.equal(json.bullets, 3);
    assert.deepEqual(Object.keys(json.methods).sort(), ['lead', 'oracle', 'random']);
    for (const m of Object.values(json.methods)) {
      assert.ok(m.rouge1.f >= 0 && m.rouge1.f <= 100);
      assert.ok(m.rouge1.ci[0] <= m.rouge1.f && m.rouge1.f <= m.rouge1.ci[1]);
      assert.ok(m.articlesPerSecond > 0);
      assert.ok(m.words > 0);
    }
    const oracle = json.methods.oracle;
    const random = json.methods.random;
    assert.ok(oracle && random && oracle.rouge1.f >= random.rouge1.f, 'the oracle is the ceiling');

    const svg = readFileSync(join(reportDir, 'report.svg'), 'utf8');
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(svg.match(/<circle [^>]*><title>/g)?.length, 3, 'one point per method');
    assert.match(readFileSync(join(reportDir, 'report.md'), 'utf8'), /\| oracle \| baseline \|/);
    const rows = readFileSync(join(reportDir, 'articles.jsonl'), 'utf8').trim().split('\n');
    assert.equal(rows.length, 3);
  });

  it('honours --limit, --bullets and --no-stem', async () => {
    const { path } = dataFile();
    const c = captureEvalIo();
    await run(['summaries', path, '--method', 'random', '--limit', '2', '--bullets', '1', '--no-stem'], c.io);
    assert.match(c.out(), /^2 articles, 1 bullets asked of every method\. Tokens: Unicode letters\/digits, unstemmed\./m);
    assert.match(c.out(), /\| random \| baseline \|(?: [^|]+ \|){8} 1\.00 \|/);
  });

  const rejects = async (args: string[], code: string) => {
    const c = captureEvalIo();
    await assert.rejects(run(args, c.io), (e: unknown) => isKernpunkteError(e) && e.code === code);
  };
  it('rejects a bad --bullets with INVALID_OPTION', async () => rejects(['summaries', dataFile().path, '--bullets', '9'], 'INVALID_OPTION'));
  it('rejects an unknown method with UNKNOWN_METHOD', async () => rejects(['summaries', dataFile().path, '--method', 'nope'], 'UNKNOWN_METHOD'));
  it('rejects a missing file with INVALID_INPUT', async () => rejects(['summaries', '/nonexistent/x.jsonl', '--method', 'random'], 'INVALID_INPUT'));
  it('rejects a file without one valid record with INVALID_INPUT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-eval-cli-'));
    const path = join(dir, 'junk.jsonl');
    writeFileSync(path, 'nope\n{"id": 1}\n');
    await rejects(['summaries', path, '--method', 'random'], 'INVALID_INPUT');
  });
});

describe('kernpunkte eval summaries (spawned, the real main)', () => {
  it('runs end to end, reports a broken line on stderr and exits 0', () => {
    const { path } = dataFile(['not json']);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', 'summaries', path, '--method', 'lead,oracle', '--bullets', '2'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /mini\.jsonl:2: invalid JSON/);
    assert.match(r.stdout, /^\| oracle \| baseline \|/m);
    assert.match(r.stdout, /^\| lead \| library \|/m);
  });
  it('exits 2 with the error code on bad usage', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', 'summaries', '/nonexistent.jsonl'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /INVALID_INPUT/);
  });
});
