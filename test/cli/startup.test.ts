/**
 * Start-up stays light: the command line loads only commander and the command definitions;
 * each action imports its heavy modules when it runs. Checked on the modules actually loaded.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const trace = join(root, 'test/helpers/trace-imports.mjs');
const example = join(root, 'examples', 'de-wikinews-rumaenien-parlamentswahl.txt');

/** Runs the CLI from source and returns the npm packages it loaded. */
function packagesLoaded(args: string[]): { code: number | null; err: string; packages: Set<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'kp-trace-'));
  const file = join(dir, 'modules.txt');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', trace, join(root, 'src/cli/main.ts'), ...args], {
      cwd: root,
      env: { ...process.env, KP_TRACE_FILE: file },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const urls = readFileSync(file, 'utf8').split('\n');
    const packages = new Set(urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => p !== undefined));
    return { code: r.status, err: r.stderr, packages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEAVY = ['fastify', '@fastify/cors', 'bullmq', 'ioredis', 'piscina', 'linkedom', '@mozilla/readability', 'zod', 'cli-progress', 'lexrank', 'node-summarizer'];

describe('start-up loads only what the command needs', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['methods', ['methods'], []],
    ['--help', ['--help'], []],
    ['summarize FILE.txt', ['summarize', example], []],
    ['a bad flag on batch', ['batch', 'x.jsonl', '--workers', 'none'], []],
    ['queue status with a bad URL', ['queue', 'status', '--redis', 'http://x'], []],
  ];
  for (const [label, args, allowed] of cases) {
    test(label, () => {
      const { code, err, packages } = packagesLoaded(args);
      assert.ok(code === 0 || code === 2, `exit ${code}: ${err}`);
      assert.ok(packages.has('commander'), 'the trace works (commander is always loaded)');
      const heavy = HEAVY.filter((p) => packages.has(p) && !allowed.includes(p));
      assert.deepEqual(heavy, [], `loaded: ${[...packages].join(', ')}`);
    });
  }

  test('the heavy modules do load when their command runs (the trace sees them)', () => {
    const { packages } = packagesLoaded(['serve', '--port', '99999']);
    assert.ok(packages.has('fastify'), `loaded: ${[...packages].join(', ')}`);
  });
});
