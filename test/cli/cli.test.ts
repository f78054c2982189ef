import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples', 'de-wikinews-rumaenien-parlamentswahl.txt');

function run(args: string[], input?: string | Buffer): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kernpunkte summarize (CLI)', () => {
  test('text output: heading line, then one "• " line per bullet', () => {
    const r = run(['summarize', example]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines[0], 'Zusammenfassung');
    assert.equal(lines.length, 4);
    for (const l of lines.slice(1)) assert.match(l, /^• \S/u);
  });

  test('--bullets, --format json and markdown', () => {
    const json = run(['summarize', example, '--bullets', '2', '--format', 'json']);
    assert.equal(json.code, 0, json.err);
    const s = JSON.parse(json.out) as { bullets: Array<{ sources: Array<{ start: number; end: number }> }>; lang: string };
    assert.equal(s.bullets.length, 2);
    assert.equal(s.lang, 'de');
    const md = run(['summarize', example, '--format', 'markdown']);
    assert.equal(md.code, 0, md.err);
    assert.match(md.out, /^\*\*Zusammenfassung\*\*\n\n- /u);
  });

  test('standard input with -', () => {
    const r = run(['summarize', '-', '--lang', 'en'], 'The council approved the budget on Monday. Critics said the plan cuts too deep. The mayor defended it. A vote on taxes follows in May.');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Summary\n• /u);
  });

  test('a Windows-1252 file is read with correct umlauts and a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-cli-'));
    const file = join(dir, 'latin1.txt');
    const text = 'Die Bürgermeisterin von München eröffnete am Montag die neue Brücke über die Isar. Die Bauarbeiten hatten drei Jahre gedauert. Die Kosten stiegen auf 40 Millionen Euro.';
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const r = run(['summarize', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Bürgermeisterin von München/u);
    assert.match(r.err, /ENCODING_GUESSED/u);
  });

  const failures: Array<[string, string[], string | Buffer | undefined, RegExp]> = [
    ['a missing file', ['summarize', '/nonexistent/article.txt'], undefined, /INVALID_INPUT/],
    ['empty standard input', ['summarize', '-'], '', /EMPTY_INPUT/],
    ['binary input', ['summarize', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), /BINARY_INPUT/],
    ['an unknown method', ['summarize', example, '--method', 'magic'], undefined, /UNKNOWN_METHOD.*kernpunkte/],
    ['too many bullets', ['summarize', example, '--bullets', '12'], undefined, /INVALID_OPTION/],
    ['a bad format', ['summarize', example, '--format', 'pdf'], undefined, /format/],
    ['an unknown flag', ['summarize', example, '--frobnicate'], undefined, /unknown option/],
  ];
  for (const [label, args, input, message] of failures) {
    test(`exit 2 with a one-line message: ${label}`, () => {
      const r = run(args, input);
      assert.equal(r.code, 2, `stdout: ${r.out}\nstderr: ${r.err}`);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  test('methods lists the default first', () => {
    const r = run(['methods']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^kernpunkte /u);
  });
});
