/** The CLI's shared pieces: whole-number flags and the one error → exit-code mapping. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { KernpunkteError } from '../../src/errors.js';
import { intOption, parseInteger } from '../../src/cli/options.js';
import { EXIT_CODES, exitCodeFor } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('parseInteger', () => {
  const good: Array<[string, number, number, number]> = [
    ['3', 1, 7, 3],
    [' 7 ', 1, 7, 7],
    ['0', 0, 10, 0],
    ['9007199254740991', 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ];
  for (const [value, min, max, expected] of good) {
    test(`"${value}" in ${min}..${max} → ${expected}`, () => assert.equal(parseInteger('--n', value, min, max), expected));
  }
  const bad: Array<[string, number, number]> = [
    ['many', 1, 7],
    ['', 1, 7],
    ['2.5', 1, 7],
    ['-1', 0, 7],
    ['1e3', 1, 10_000],
    ['0x10', 1, 100],
    ['0', 1, 7],
    ['8', 1, 7],
    ['99999999999999999999', 1, Number.MAX_SAFE_INTEGER],
  ];
  for (const [value, min, max] of bad) {
    test(`"${value}" in ${min}..${max} → INVALID_OPTION naming the flag`, () => {
      assert.throws(
        () => parseInteger('--bullets', value, min, max),
        (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION' && e.message.startsWith('--bullets ') && e.details.option === '--bullets',
      );
    });
  }
  test('intOption is the same parser for commander, with no upper bound by default', () => {
    assert.equal(intOption('--workers')('64'), 64);
    assert.throws(() => intOption('--workers')('0'), /--workers must be a whole number 1 or more/);
  });
});

describe('exitCodeFor: the one mapping from a failure to an exit code', () => {
  const lines: string[] = [];
  const stderr = { write: (line: string) => lines.push(line) };
  const cases: Array<[string, unknown, number, RegExp | null]> = [
    ['--help (commander, code 0)', new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), EXIT_CODES.ok, null],
    ['an unknown option (commander, printed by commander)', new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), EXIT_CODES.usage, null],
    ['bad input', new KernpunkteError('EMPTY_INPUT', 'the text is empty'), EXIT_CODES.usage, /^kernpunkte: EMPTY_INPUT: the text is empty\n$/],
    ['a bad option', new KernpunkteError('INVALID_OPTION', '--redis must be a URL'), EXIT_CODES.usage, /^kernpunkte: INVALID_OPTION: --redis must be a URL\n$/],
    ['Redis down', new KernpunkteError('QUEUE_UNAVAILABLE', 'cannot reach Redis'), EXIT_CODES.failure, /^kernpunkte: QUEUE_UNAVAILABLE: /],
    ['a processing failure', new KernpunkteError('INTERNAL', 'cannot write the batch output: EPIPE'), EXIT_CODES.failure, /^kernpunkte: INTERNAL: cannot write/],
    ['anything else: INTERNAL, first line only', new Error('boom\n    at somewhere'), EXIT_CODES.failure, /^kernpunkte: INTERNAL: boom\n$/],
  ];
  for (const [label, error, code, message] of cases) {
    test(label, () => {
      lines.length = 0;
      assert.equal(exitCodeFor(error, stderr), code);
      if (message) assert.match(lines.join(''), message);
      else assert.deepEqual(lines, [], 'commander has printed its message already');
    });
  }
});

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

/** Each case runs the real CLI: exit 2, nothing on stdout, the message on stderr. */
function expectUsageErrors(cases: Array<[string[], RegExp]>): void {
  for (const [args, message] of cases) {
    test(`exit 2: ${args.join(' ')}`, () => {
      const r = run(args);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }
}

describe('flags through the real main', () => {
  const cases: Array<[string[], RegExp]> = [
    [['summarize', 'x.txt', '--max-words', 'ten'], /^kernpunkte: INVALID_OPTION: --max-words must be a whole number/m],
    [['worker', '--lock-duration', '-5'], /^kernpunkte: INVALID_OPTION: --lock-duration must be a whole number/m],
    [['queue', 'add', 'x.jsonl', '--queue', 'a:b'], /^kernpunkte: INVALID_OPTION: queue name/m],
    [['eval', 'extract', 'package.json', '--limit', '0'], /^kernpunkte: INVALID_OPTION: --limit must be a whole number 1 or more/m],
    [['eval', 'summaries', 'package.json', '--bullets', '9'], /^kernpunkte: INVALID_OPTION: --bullets must be a whole number from 1 to 7/m],
  ];
  expectUsageErrors(cases);
});

describe('help texts that name a default without loading its module', () => {
  test('eval summaries --bullets says the harness default', async () => {
    const { evalCommand } = await import('../../src/cli/eval.js');
    const { SUMMARIES_DEFAULTS } = await import('../../src/eval/summaries.js');
    const summaries = evalCommand().commands.find((c) => c.name() === 'summaries');
    const bullets = summaries?.options.find((o) => o.long === '--bullets');
    assert.match(bullets?.description ?? '', new RegExp(`\\(default ${SUMMARIES_DEFAULTS.bullets}\\)`));
  });
});

describe('limit flags name the flag and its range, in every command, with the usage hint', () => {
  const cases: Array<[string[], RegExp]> = [
    [['summarize', 'x.txt', '--bullets', '8'], /^kernpunkte: INVALID_OPTION: --bullets must be a whole number from 1 to 7, got "8" \(see kernpunkte summarize --help\)\n$/],
    [['summarize', 'x.txt', '--max-words', '3'], /^kernpunkte: INVALID_OPTION: --max-words must be a whole number from 5 to 200, got "3" \(see kernpunkte summarize --help\)\n$/],
    [['summarize', 'x.txt', '--max-words', '201'], /^kernpunkte: INVALID_OPTION: --max-words must be a whole number from 5 to 200.* \(see kernpunkte summarize --help\)\n$/],
    [['batch', 'x.jsonl', '--bullets', '8'], /^kernpunkte: INVALID_OPTION: --bullets must be a whole number from 1 to 7.* \(see kernpunkte batch --help\)\n$/],
    [['batch', 'x.jsonl', '--max-words', '4'], /^kernpunkte: INVALID_OPTION: --max-words must be a whole number from 5 to 200.* \(see kernpunkte batch --help\)\n$/],
    [['queue', 'add', 'x.jsonl', '--bullets', '0'], /^kernpunkte: INVALID_OPTION: --bullets must be a whole number from 1 to 7.* \(see kernpunkte queue add --help\)\n$/],
    [['queue', 'add', 'x.jsonl', '--max-words', '3'], /^kernpunkte: INVALID_OPTION: --max-words must be a whole number from 5 to 200.* \(see kernpunkte queue add --help\)\n$/],
    [['queue', 'add', 'x.jsonl', '--type', 'essay'], /^kernpunkte: INVALID_OPTION: option '--type <type>' argument 'essay' is invalid.* \(see kernpunkte queue add --help\)\n$/],
  ];
  expectUsageErrors(cases);
  test('the CLI ranges are the library limits (kept in a small module so start-up stays light)', async () => {
    const { OPTION_RANGES } = await import('../../src/cli/limits.js');
    const { LIMITS } = await import('../../src/summarize/input.js');
    assert.deepEqual(OPTION_RANGES, {
      bullets: { min: LIMITS.minBullets, max: LIMITS.maxBullets },
      maxWords: { min: LIMITS.minWordsPerBullet, max: LIMITS.maxWordsPerBullet },
    });
  });
});
