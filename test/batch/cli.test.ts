/** `kernpunkte batch` end to end: real articles, the real worker pool, real files and exit codes. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { batchRecords, REPO_ROOT } from './articles.js';

const MAIN = join(REPO_ROOT, 'src/cli/main.ts');

/** `kernpunkte batch ARGS` from source, through the real main (its central error handler). */
function batch(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'batch', ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

let dir = '';
let input = '';
let inputText = '';
const COUNT = 60;
let ids: string[] = [];
let reference: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kp-batch-'));
  const records = batchRecords(COUNT);
  ids = records.map((r) => r.id);
  inputText = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  input = join(dir, 'in.jsonl');
  writeFileSync(input, inputText);
  // The reference run: two threads, so completion order differs from input order.
  const out = join(dir, 'reference.jsonl');
  const run = await batch([input, '-o', out, '--workers', '2']);
  assert.equal(run.code, 0, run.stderr);
  reference = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('two worker threads: one summary per record, in input order, exit 0', () => {
  assert.equal(reference.length, COUNT);
  const records = reference.map((l) => JSON.parse(l) as { id: string; bullets: Array<{ text: string; sources: unknown[] }>; heading: string; lang: string });
  assert.deepEqual(records.map((r) => r.id), ids);
  for (const r of records) {
    assert.ok(r.bullets.length >= 1 && r.bullets.length <= 3, `bullets for ${r.id}`);
    assert.ok(r.bullets.every((b) => b.text.length > 0 && b.sources.length > 0));
    assert.ok(['de', 'en'].includes(r.lang));
  }
  assert.equal(readFileSync(join(dir, 'reference.errors.jsonl'), 'utf8'), '', 'no errors, empty errors file');
});

test('stdout output and the final stderr line with counts and throughput', async () => {
  const run = await batch([input, '--workers', '1', '--bullets', '2']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  assert.deepEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id), ids);
  assert.ok(lines.every((l) => (JSON.parse(l) as { bullets: unknown[] }).bullets.length <= 2));
  assert.match(run.stderr, new RegExp(`batch: ${COUNT} ok, 0 failed, ${COUNT} lines in [\\d.]+ s \\([\\d.]+ articles/s`));
});

test('gzip input and stdin input give the same output as the plain file', async () => {
  const gz = join(dir, 'in.jsonl.gz');
  writeFileSync(gz, gzipSync(inputText));
  const fromGz = await batch([gz, '-o', join(dir, 'gz.jsonl'), '--workers', '2']);
  assert.equal(fromGz.code, 0, fromGz.stderr);
  assert.deepEqual(readFileSync(join(dir, 'gz.jsonl'), 'utf8').split('\n').filter(Boolean), reference);
  const fromStdin = await batch(['-', '-o', join(dir, 'stdin.jsonl'), '--workers', '2'], inputText);
  assert.equal(fromStdin.code, 0, fromStdin.stderr);
  assert.deepEqual(readFileSync(join(dir, 'stdin.jsonl'), 'utf8').split('\n').filter(Boolean), reference);
});

test('--resume after an interrupted run (partial last line) completes the file without duplicates', async () => {
  const out = join(dir, 'resumed.jsonl');
  const kept = reference.slice(0, 47);
  const partial = (reference[47] ?? '').slice(0, 100);
  writeFileSync(out, kept.join('\n') + '\n' + partial);
  const run = await batch([input, '-o', out, '--resume', '--workers', '2']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /resuming, 47 records already in/);
  assert.match(run.stderr, /cut a partial last line/);
  assert.match(run.stderr, new RegExp(`${COUNT - 47} ok, 0 failed, 47 skipped`));
  const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(lines, reference, 'the same file as an uninterrupted run');
  // A second resume has nothing left to do.
  const again = await batch([input, '-o', out, '--resume', '--workers', '1']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`0 ok, 0 failed, ${COUNT} skipped`));
  assert.equal(readFileSync(out, 'utf8').split('\n').filter(Boolean).length, COUNT);
});

test('--resume keys records by the JSON value of their id and by count: 1 and "1" are two records, a repeated id is done once per line', async () => {
  const texts = inputText.split('\n').filter(Boolean).slice(0, 4).map((l) => (JSON.parse(l) as { text: string }).text);
  // Input ids 1, "1", 2, 2 (four different articles).
  const records = [1, '1', 2, 2].map((id, i) => ({ id, text: texts[i] }));
  const dupes = join(dir, 'ids.jsonl');
  writeFileSync(dupes, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const full = join(dir, 'ids-full.jsonl');
  assert.equal((await batch([dupes, '-o', full, '--workers', '2'])).code, 0);
  const complete = readFileSync(full, 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(complete.map((l) => (JSON.parse(l) as { id: unknown }).id), [1, '1', 2, 2]);

  // A crash after 1 line, and one after 3 lines: resuming gives the uninterrupted file.
  for (const kept of [1, 3]) {
    const out = join(dir, `ids-${kept}.jsonl`);
    writeFileSync(out, complete.slice(0, kept).join('\n') + '\n');
    const run = await batch([dupes, '-o', out, '--resume', '--workers', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`${4 - kept} ok, 0 failed, ${kept} skipped`), `kept ${kept}`);
    assert.deepEqual(readFileSync(out, 'utf8').split('\n').filter(Boolean), complete, `kept ${kept}: nothing lost, nothing twice`);
  }
});

test('--resume retries the lines the earlier run reported as failed, and they do not use up a line of OUT with the same id', async () => {
  const text = (JSON.parse(inputText.split('\n')[0]!) as { text: string }).text;
  // Line 1 fails (empty text), line 2 has the same id and succeeds.
  const mixed = join(dir, 'failed-dupe.jsonl');
  writeFileSync(mixed, JSON.stringify({ id: 'd', text: ' ' }) + '\n' + JSON.stringify({ id: 'd', text }) + '\n');
  const out = join(dir, 'failed-dupe-out.jsonl');
  assert.equal((await batch([mixed, '-o', out, '--workers', '1'])).code, 1);
  const first = readFileSync(out, 'utf8');
  assert.equal(first.split('\n').filter(Boolean).length, 1);
  const again = await batch([mixed, '-o', out, '--resume', '--workers', '1']);
  assert.equal(again.code, 1, again.stderr);
  assert.match(again.stderr, /0 ok, 1 failed, 1 skipped/);
  assert.equal(readFileSync(out, 'utf8'), first, 'line 2 is not summarized twice');
  const errors = readFileSync(join(dir, 'failed-dupe-out.errors.jsonl'), 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(errors.map((l) => (JSON.parse(l) as { line: number; code: string }).line), [1], 'line 1 was tried again');
});

test('bad records: listed with line numbers in OUT.errors.jsonl, the rest summarized, exit 1', async () => {
  const lines = inputText.split('\n').filter(Boolean).slice(0, 6);
  lines.splice(2, 0, '{"id": "broken", "text": ');
  lines.splice(4, 0, JSON.stringify({ id: 'empty', text: '   ' }));
  lines.push(JSON.stringify({ title: 'no id', text: 'x' }));
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, lines.join('\n') + '\n');
  const out = join(dir, 'bad-out.jsonl');
  const run = await batch([bad, '-o', out, '--workers', '2']);
  assert.equal(run.code, 1, run.stderr);
  const errors = readFileSync(join(dir, 'bad-out.errors.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { line: number; id?: string; code: string; message: string });
  assert.deepEqual(errors.map((e) => [e.line, e.id, e.code]), [
    [3, undefined, 'INVALID_INPUT'],
    [5, 'empty', 'EMPTY_INPUT'],
    [9, undefined, 'INVALID_INPUT'],
  ]);
  assert.equal(readFileSync(out, 'utf8').split('\n').filter(Boolean).length, 6);
  assert.match(run.stderr, /6 ok, 3 failed, 9 lines/);
});

test('bad usage exits 2 with a message', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[join(dir, 'missing.jsonl')], /cannot read .*missing\.jsonl/],
    [[input, '--workers', '0'], /workers/],
    [[input, '--bullets', 'many'], /bullets/],
    [[input, '--bullets', '99'], /bullets/],
    [[input, '--method', 'no-such-method'], /unknown method/],
    [[input, '--no-such-flag'], /unknown option/],
    [[input, '--resume'], /--resume needs -o/],
    [[], /missing required argument/],
    [[input, '-o', join(dir, 'no-such-dir', 'out.jsonl')], /cannot write .*no-such-dir/],
  ];
  const runs = await Promise.all(cases.map(([args]) => batch(args)));
  for (const [i, [args, message]] of cases.entries()) {
    const run = runs[i]!;
    assert.equal(run.code, 2, `exit code for ${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.equal(run.stdout, '');
  }
});

test('a file saved with a byte-order mark and CRLF line ends is read like any other', async () => {
  const withBom = join(dir, 'bom.jsonl');
  writeFileSync(withBom, '\uFEFF' + inputText.split('\n').filter(Boolean).slice(0, 5).join('\r\n') + '\r\n');
  const out = join(dir, 'bom-out.jsonl');
  const run = await batch([withBom, '-o', out, '--workers', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(readFileSync(out, 'utf8').split('\n').filter(Boolean), reference.slice(0, 5));
});

test('standard output closed early (| head): exit 1 with a coded message, no stack trace', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'batch', input, '--workers', '1'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 1, stderr);
  assert.match(stderr, /^kernpunkte: INTERNAL: cannot write the batch output: .*EPIPE/m);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
});

test('an output or errors path that resolves to the input (or to each other) is refused before anything is opened: exit 2, input intact', async () => {
  const victim = join(dir, 'victim.jsonl');
  const victimText = inputText.split('\n').filter(Boolean).slice(0, 5).join('\n') + '\n';
  writeFileSync(victim, victimText);
  linkSync(victim, join(dir, 'victim-hardlink.jsonl'));
  symlinkSync(victim, join(dir, 'victim-symlink.jsonl'));
  const fresh = join(dir, 'fresh-out.jsonl');
  const cases: Array<[string, string[]]> = [
    ['-o victim.jsonl spelled relative to the working directory', [victim, '-o', relative(REPO_ROOT, victim)]],
    ['--errors victim.jsonl', [victim, '-o', fresh, '--errors', `${dir}/./victim.jsonl`]],
    ['-o a hard link to the input', [victim, '-o', join(dir, 'victim-hardlink.jsonl')]],
    ['-o a symlink to the input', [victim, '-o', join(dir, 'victim-symlink.jsonl')]],
    ['--resume -o a symlink to the input', [victim, '-o', join(dir, 'victim-symlink.jsonl'), '--resume']],
    ['--errors the same new file as -o', [victim, '-o', fresh, '--errors', `${dir}//fresh-out.jsonl`]],
  ];
  for (const [label, args] of cases) {
    const run = await batch(args);
    assert.equal(run.code, 2, `${label}: ${run.stderr}`);
    assert.match(run.stderr, /^kernpunkte: INVALID_OPTION: .*same file/m, label);
    assert.equal(readFileSync(victim, 'utf8'), victimText, `${label}: the input is intact`);
    assert.equal(existsSync(fresh), false, `${label}: no output file was created`);
  }
});

test('a corrupt .gz input: exit 2, one coded line naming the file, and the final summary line', async () => {
  const bad = join(dir, 'bad.jsonl.gz');
  writeFileSync(bad, Buffer.from('\x1f\x8bxxxxxxxxxxxx', 'latin1'));
  const run = await batch([bad, '-o', join(dir, 'bad-gz-out.jsonl'), '--workers', '1']);
  assert.equal(run.code, 2, run.stderr);
  const coded = run.stderr.split('\n').filter((l) => l.startsWith('kernpunkte: '));
  assert.equal(coded.length, 1, run.stderr);
  assert.match(coded[0]!, /^kernpunkte: INVALID_INPUT: .*bad\.jsonl\.gz/);
  assert.match(run.stderr, /^batch: 0 ok, 0 failed, 0 lines in [\d.]+ s/m);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});

test('a .gz input cut short: the records read before the cut are written, then exit 2 with the summary line', async () => {
  const whole = gzipSync(inputText);
  const cut = join(dir, 'cut.jsonl.gz');
  writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
  const out = join(dir, 'cut-out.jsonl');
  const run = await batch([cut, '-o', out, '--workers', '2']);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^kernpunkte: INVALID_INPUT: .*cut\.jsonl\.gz/m);
  const written = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  assert.ok(written.length > 0 && written.length < COUNT, `${written.length} records written`);
  assert.deepEqual(written, reference.slice(0, written.length), 'a prefix of the full run, in order');
  assert.match(run.stderr, new RegExp(`^batch: ${written.length} ok, 0 failed, `, 'm'));
});

test('checkDistinctFiles: the same file however spelled is refused; devices, stdin and new distinct files pass', async () => {
  const { checkDistinctFiles } = await import('../../src/batch/io.js');
  const file = join(dir, 'distinct.jsonl');
  writeFileSync(file, '{}\n');
  const refused: Array<[string, Array<[string, string | undefined]>]> = [
    ['the same path', [['input', file], ['-o', file]]],
    ['a path through a parent folder', [['input', file], ['--errors', `${dir}/../${dir.split('/').pop()}/distinct.jsonl`]]],
    ['two spellings of a new file', [['-o', join(dir, 'new.jsonl')], ['--errors', `${dir}/./new.jsonl`]]],
  ];
  for (const [label, files] of refused) {
    assert.throws(() => checkDistinctFiles(files), (e: unknown) => e instanceof Error && 'code' in e && e.code === 'INVALID_OPTION' && /same file/.test(e.message), label);
  }
  const allowed: Array<[string, Array<[string, string | undefined]>]> = [
    ['/dev/null twice', [['input', file], ['-o', '/dev/null'], ['--errors', '/dev/null']]],
    ['stdin and an unset output', [['input', '-'], ['-o', undefined], ['--errors', '-']]],
    ['three different files', [['input', file], ['-o', join(dir, 'a.jsonl')], ['--errors', join(dir, 'b.jsonl')]]],
  ];
  for (const [label, files] of allowed) assert.doesNotThrow(() => checkDistinctFiles(files), label);
});

test('process substitution (/dev/fd/N) as the input is streamed like the file', async () => {
  const five = inputText.split('\n').filter(Boolean).slice(0, 5).join('\n') + '\n';
  const file = join(dir, 'five.jsonl');
  writeFileSync(file, five);
  const out = join(dir, 'fd-out.jsonl');
  const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn('bash', ['-c', 'exec "$0" --import tsx "$1" batch <(cat "$2") -o "$3" --workers 1', process.execPath, MAIN, file, out], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(readFileSync(out, 'utf8').split('\n').filter(Boolean), reference.slice(0, 5));
});
