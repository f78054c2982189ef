/**
 * The summary flags on the command line (--type, --length, --max-words in summarize and batch)
 * and the small things a new user meets: help defaults, the heading under --lang, one-line and
 * mark-only input, batch's final line, and `methods` agreeing with the README.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { methods } from '../../src/index.js';
import { words } from '../../src/lang/index.js';
import { LENGTHS } from '../../src/summarize/limits.js';
import type { Summary } from '../../src/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DE = join(root, 'examples', 'de-wikinews-rumaenien-parlamentswahl.txt');
const EN = join(root, 'examples', 'en-wikinews-asylum-seekers-indonesia.txt');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (args: string[], input?: string): Summary => {
  const r = run([...args, '--format', 'json'], input);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as Summary;
};

describe('summarize --type and --length', () => {
  test('--type tldr: the heading, then the one paragraph', () => {
    const r = run(['summarize', EN, '--type', 'tldr', '--length', 'medium']);
    assert.equal(r.code, 0, r.err);
    const s = json(['summarize', EN, '--type', 'tldr', '--length', 'medium']);
    assert.equal(s.type, 'tldr');
    assert.equal(s.bullets[0]!.sources.length, LENGTHS.medium.tldrSentences);
    assert.equal(r.out, `Summary\n${s.bullets[0]!.text}\n`);
  });
  test('--type headline: one line alone, within the length\'s words', () => {
    for (const length of ['short', 'long'] as const) {
      const r = run(['summarize', EN, '--type', 'headline', '--length', length]);
      assert.equal(r.code, 0, r.err);
      const s = json(['summarize', EN, '--type', 'headline', '--length', length]);
      assert.equal(r.out, `${s.bullets[0]!.text}\n`);
      assert.ok(words(s.bullets[0]!.text).length <= LENGTHS[length].headlineWords);
    }
  });
  test('--length sets the number of key points; --bullets wins', () => {
    const medium = run(['summarize', EN, '--length', 'medium']);
    assert.equal(medium.out.trimEnd().split('\n').filter((l) => l.startsWith('• ')).length, LENGTHS.medium.keyPoints);
    assert.equal(json(['summarize', EN, '--length', 'long', '--bullets', '2']).bullets.length, 2);
  });
  test('--max-words: every bullet within the limit, cut ones end in "…" and cite the kept part', () => {
    const text = readFileSync(EN, 'utf8');
    const s = json(['summarize', EN, '--max-words', '12']);
    assert.ok(s.bullets.some((b) => b.text.endsWith(' …')), 'the test needs a cut bullet');
    for (const b of s.bullets) {
      assert.ok(words(b.text).length <= 12, b.text);
      assert.deepEqual(words(b.text), words(text.slice(b.sources[0]!.start, b.sources[0]!.end)));
    }
  });
  const bad: Array<[string, string[], RegExp]> = [
    ['--bullets with a tldr', ['--type', 'tldr', '--bullets', '2'], /^kernpunkte: INVALID_OPTION: bullets applies to type key-points only/],
    ['an unknown type', ['--type', 'essay'], /^kernpunkte: INVALID_OPTION: option '-t, --type <type>' argument 'essay' is invalid.* \(see kernpunkte summarize --help\)$/],
    ['an unknown length', ['--length', 'huge'], /^kernpunkte: INVALID_OPTION: option '--length <length>' argument 'huge' is invalid.* \(see kernpunkte summarize --help\)$/],
  ];
  for (const [label, args, line] of bad) {
    test(`exit 2, one line: ${label}`, () => {
      const r = run(['summarize', EN, ...args]);
      assert.equal(r.code, 2, r.err);
      assert.equal(r.out, '');
      assert.match(r.err.trimEnd(), line);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });
  }
});

describe('summarize --whole-sentences', () => {
  const COUNCIL = 'Council approves new budget for city schools\n\nThe city council approved a new budget for its schools on Monday, which followed a debate that ran late into the night at the old town hall. The budget gives the city schools twelve million euros more than last year. Teachers at the city schools had asked the council for a larger budget since the spring. The mayor said the council would review the school budget again next year.\n';
  test('the default leaves off a last clause of detail; --whole-sentences keeps it, and each cites its own span', () => {
    const trimmed = json(['summarize', '-'], COUNCIL);
    const whole = json(['summarize', '-', '--whole-sentences'], COUNCIL);
    assert.equal(trimmed.bullets[0]!.text, 'The city council approved a new budget for its schools on Monday.');
    assert.match(whole.bullets[0]!.text, /, which followed a debate .* old town hall\.$/u);
    assert.equal(COUNCIL.slice(trimmed.bullets[0]!.sources[0]!.start, trimmed.bullets[0]!.sources[0]!.end) + '.', trimmed.bullets[0]!.text);
    assert.equal(COUNCIL.slice(whole.bullets[0]!.sources[0]!.start, whole.bullets[0]!.sources[0]!.end), whole.bullets[0]!.text);
    assert.deepEqual(trimmed.bullets.slice(1), whole.bullets.slice(1));
  });
});

describe('summarize: the small things', () => {
  test('--help gives the default number of bullets, the lengths and what --max-words does', () => {
    const r = run(['summarize', '--help']);
    assert.equal(r.code, 0);
    const help = r.out.replace(/\s+/g, ' ');
    assert.match(help, /--bullets <n> number of key points, 1 to 7 \(default 3/);
    assert.match(help, /short\|medium\|long: 3\/5\/7 key points, 1\/2\/3 tldr sentences, 12\/17\/22-word headline \(default short\)/);
    assert.match(help, /--max-words <n> .*cut at its last clause boundary/);
  });
  test('--lang with a code that has no pack: the heading of the article\'s language, and a warning', () => {
    const r = run(['summarize', DE, '--lang', 'xx']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Zusammenfassung\n• /u);
    assert.match(r.err, /warning: NO_LANGUAGE_PACK: no language pack for "xx".*"de"/);
  });
  test('one line without final punctuation: that sentence, with a SINGLE_LINE warning', () => {
    const line = 'Der Kanzler reiste am Montag nach Paris und traf dort den Präsidenten';
    const r = run(['summarize', '-'], line);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `Zusammenfassung\n• ${line}\n`);
    assert.match(r.err, /warning: SINGLE_LINE: /);
  });
  test('text made only of "–" lines: EMPTY_INPUT, exit 2', () => {
    const r = run(['summarize', '-'], '–\n–\n–\n');
    assert.equal(r.code, 2);
    assert.match(r.err, /^kernpunkte: EMPTY_INPUT: /);
    assert.equal(r.out, '');
  });
});

describe('batch: the summary flags', () => {
  const records = [
    { id: 'a', text: readFileSync(EN, 'utf8') },
    { id: 'b', text: readFileSync(DE, 'utf8') },
  ];
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  test('--type, --length and --max-words reach every record; one thread is "1 worker"', () => {
    const r = run(['batch', '-', '--workers', '1', '--type', 'headline', '--length', 'long', '--max-words', '8'], input);
    assert.equal(r.code, 0, r.err);
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Summary & { id: string });
    assert.deepEqual(out.map((s) => s.id), ['a', 'b']);
    for (const s of out) {
      assert.equal(s.type, 'headline');
      assert.equal(s.bullets.length, 1);
      assert.ok(words(s.bullets[0]!.text).length <= 8, s.bullets[0]!.text);
    }
    assert.match(r.err, /articles\/s, 1 worker\)\n$/);
    const points = run(['batch', '-', '--workers', '1', '--length', 'medium', '--max-words', '10'], input);
    assert.equal(points.code, 0, points.err);
    for (const l of points.out.trimEnd().split('\n')) {
      const s = JSON.parse(l) as Summary;
      assert.equal(s.bullets.length, LENGTHS.medium.keyPoints);
      assert.ok(s.bullets.every((b) => words(b.text).length <= 10));
    }
  });
});

describe('methods', () => {
  test('the README lists the methods exactly as `kernpunkte methods` prints them', () => {
    const r = run(['methods']);
    assert.equal(r.code, 0, r.err);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /\$ node dist\/cli\/main\.js methods\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README shows the methods command and its output');
    assert.equal(block[1], r.out);
    assert.equal(r.out.split('\n').filter(Boolean).length, methods().length);
  });
});
