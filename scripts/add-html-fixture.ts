/**
 * Adds a page of an HTML extraction set as a test fixture, Readability-style:
 *
 *   node --import tsx scripts/add-html-fixture.ts <id> [--data FILE.jsonl] [--slug NAME]
 *
 * writes test/fixtures/html/<slug>/source.html (the page), expected.txt (the set's gold
 * text) and expected-metadata.json (what `extract` reads from the page now: review it by
 * hand before committing; test/extract/fixtures.test.ts checks it from then on).
 * <id> may be a unique part of a record id. Default data: ../shared/data/html-de-fundus.jsonl.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const id = process.argv[2];
  if (!id || id.startsWith('--')) {
    process.stderr.write('usage: add-html-fixture.ts <id> [--data FILE.jsonl] [--slug NAME]\n');
    return 2;
  }
  const data = arg('data') ?? join(root, '..', 'shared', 'data', 'html-de-fundus.jsonl');
  const matches: Array<{ id: string; html: string; url?: string; text: string }> = [];
  readFileSync(data, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || !line.includes(id)) return;
      try {
        const r = JSON.parse(line) as { id: string; html: string; url?: string; text: string };
        if (r.id.includes(id)) matches.push(r);
      } catch {
        process.stderr.write(`line ${i + 1}: invalid JSON, skipped\n`);
      }
    });
  if (matches.length !== 1) {
    process.stderr.write(`${matches.length} records match "${id}"${matches.length ? `: ${matches.map((m) => m.id).join(', ')}` : ''}\n`);
    return 2;
  }
  const rec = matches[0]!;
  // fundus-de-Publisher-2024_04_22-hash → publisher-2024-04-22
  const slug = arg('slug') ?? rec.id.replace(/^fundus-[a-z]+-/, '').replace(/-[0-9a-f]{10}$/, '').replace(/_/g, '-').toLowerCase();
  const dir = join(root, 'test', 'fixtures', 'html', slug);
  const article = extract(rec.html, rec.url ? { url: rec.url } : {});
  const meta = {
    id: rec.id,
    url: rec.url ?? null,
    title: article?.title ?? null,
    lang: article?.lang ?? null,
    siteName: article?.meta?.siteName ?? null,
    published: article?.meta?.published ?? null,
    canonicalUrl: article?.meta?.canonicalUrl ?? null,
    byline: article?.meta?.byline ?? null,
    description: article?.meta?.description ?? null,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), rec.html);
  writeFileSync(join(dir, 'expected.txt'), rec.text.endsWith('\n') ? rec.text : `${rec.text}\n`);
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stdout.write(`wrote ${dir} (${Math.round(rec.html.length / 1024)} KB); review expected-metadata.json\n`);
  return 0;
}

process.exitCode = main();
