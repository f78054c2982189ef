/**
 * kernpunkte used from another project, as the README's "Use it from another project" says:
 * `npm pack`, then `npm install ./kernpunkte-<version>.tgz --omit=dev` in an empty project,
 * then `import 'kernpunkte'`, its types, `kernpunkte/server` and the `kernpunkte` command there.
 *
 * The install prefers npm's cache (filled by the `npm ci` before the tests), so it works
 * without network; it reaches the npm registry only for a package the cache lacks. It packs
 * the `dist/` that `npm test` has just built (`--ignore-scripts`: no second build).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../batch/articles.js';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const EXAMPLE = 'de-wikinews-rumaenien-parlamentswahl.txt';

let dir = '';
let project = '';

before(async () => {
  assert.ok(existsSync(join(REPO_ROOT, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'kp-package-'));
  const packed = await run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO_ROOT, maxBuffer: 16 << 20 });
  const filename = (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]?.filename;
  assert.ok(filename, packed.stdout);
  project = join(dir, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  await run(NPM, ['install', join(dir, filename), '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: project,
    maxBuffer: 16 << 20,
  });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the installed package: only dist, examples and the README; no dev dependencies', () => {
  const installed = join(project, 'node_modules', 'kernpunkte');
  assert.ok(existsSync(join(installed, 'dist', 'index.d.ts')));
  assert.ok(existsSync(join(installed, 'examples', EXAMPLE)));
  assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')));
  assert.ok(!existsSync(join(project, 'node_modules', 'typescript')), 'dev dependencies are not installed');
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  assert.match(manifest.dependencies.kernpunkte ?? '', /kernpunkte-.*\.tgz$/);
});

test("import 'kernpunkte' and 'kernpunkte/server' in the other project: summarize, coded errors, a server", async () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { summarize, KernpunkteError } from 'kernpunkte';
    import { buildServer } from 'kernpunkte/server';
    const text = readFileSync(new URL('./node_modules/kernpunkte/examples/${EXAMPLE}', import.meta.url), 'utf8');
    const summary = await summarize(text);
    let code = null;
    try { await summarize(''); } catch (e) { code = e instanceof KernpunkteError ? e.code : 'not a KernpunkteError'; }
    const server = buildServer({ summarize });
    const reply = await server.inject({ method: 'POST', url: '/v1/summarize', payload: { text } });
    await server.close();
    console.log('RESULT ' + JSON.stringify({ lang: summary.lang, heading: summary.heading, bullets: summary.bullets.map((b) => b.text), code, status: reply.statusCode }));`;
  writeFileSync(join(project, 'use.mjs'), script);
  const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT ')) ?? assert.fail(stdout);
  const result = JSON.parse(line.slice('RESULT '.length)) as { lang: string; heading: string; bullets: string[]; code: string; status: number };
  assert.equal(result.lang, 'de');
  assert.equal(result.heading, 'Zusammenfassung');
  assert.equal(result.bullets.length, 3);
  const source = readFileSync(join(REPO_ROOT, 'examples', EXAMPLE), 'utf8');
  for (const bullet of result.bullets) assert.ok(source.includes(bullet.slice(0, 40)), `a bullet from the article: ${bullet}`);
  assert.equal(result.code, 'EMPTY_INPUT');
  assert.equal(result.status, 200);
});

test('the types resolve for a TypeScript project (NodeNext, strict)', async () => {
  writeFileSync(
    join(project, 'use.ts'),
    `import { summarize, type Summary } from 'kernpunkte';\nimport { buildServer } from 'kernpunkte/server';\n` +
      `const s: Promise<Summary> = summarize('Text.', { bullets: 3 });\nvoid s;\nvoid buildServer;\n` +
      `// @ts-expect-error: bullets is a number\nvoid summarize('Text.', { bullets: 'three' });\n`,
  );
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(REPO_ROOT, 'node_modules', '@types'), 'use.ts'];
  await run(process.execPath, [tsc, ...args], { cwd: project }).catch((e: { stdout?: string }) => assert.fail(`tsc: ${e.stdout ?? String(e)}`));
});

test('the kernpunkte command in the other project: summarize a file, exit 0; bad usage, exit 2', async () => {
  const bin = join(project, 'node_modules', '.bin', 'kernpunkte');
  const { stdout } = await run(bin, ['summarize', join('node_modules', 'kernpunkte', 'examples', EXAMPLE)], { cwd: project });
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], 'Zusammenfassung');
  assert.equal(lines.filter((l) => l.startsWith('• ')).length, 3);
  await assert.rejects(run(bin, ['summarize', '--bullets', 'x'], { cwd: project }), (e: { code?: number; stderr?: string }) => e.code === 2 && /^kernpunkte: /m.test(e.stderr ?? ''));
});
