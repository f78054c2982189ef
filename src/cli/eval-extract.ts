/**
 * `kernpunkte eval extract DATA.jsonl [--report DIR] [--json] [--limit N]`: main-text
 * extraction scored side by side (kernpunkte's `extract`, plain Readability on linkedom, and
 * defuddle when it is installed) against the gold text of each page. A thin shell over
 * src/eval/extract.ts: it reads the JSONL (broken lines are reported by line number and
 * skipped), prints the table (or JSON with --json), and with --report writes extract.md and
 * extract.json into DIR.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { ExtractEvalReport, ExtractRecord, TextExtractor } from '../eval/extract.js';
import { parseInteger } from './options.js';

export interface EvalExtractFlags {
  report?: string;
  json?: boolean;
  limit?: string;
}

export interface EvalExtractIo {
  out: Writable;
  err: Writable;
}

/** The extractors compared; defuddle joins when its package can be loaded. */
async function extractors(): Promise<{ extractors: Record<string, TextExtractor>; skipped: Record<string, string> }> {
  const [{ extract }, { readabilityBaseline }] = await Promise.all([import('../extract/extract.js'), import('../eval/extract.js')]);
  const list: Record<string, TextExtractor> = {
    // The kept blocks: what gets summarized (the article's text also holds what cleaning dropped).
    kernpunkte: (html, url) => extract(html, url !== undefined ? { url } : {})?.blocks.map((b) => b.text).join('\n\n') ?? '',
    'readability-0.6': (html) => readabilityBaseline(html),
  };
  const skipped: Record<string, string> = {};
  try {
    // Optional peer: not a dependency. The specifier is a variable so TypeScript does not need its types.
    const spec = 'defuddle/node';
    const mod = (await import(spec)) as { Defuddle: (html: string, url?: string, o?: object) => Promise<{ content?: string }> };
    list.defuddle = async (html, url) => {
      const r = await mod.Defuddle(html, url, { markdown: false });
      const { parseHTML } = await import('linkedom');
      return parseHTML(`<html><body>${r.content ?? ''}</body></html>`).document.body?.textContent ?? '';
    };
  } catch {
    skipped.defuddle = 'not installed';
  }
  return { extractors: list, skipped };
}

export async function evalExtract(dataPath: string, flags: EvalExtractFlags, io: EvalExtractIo): Promise<ExtractEvalReport> {
  if (!existsSync(dataPath) || !statSync(dataPath).isFile()) {
    throw new KernpunkteError('INVALID_INPUT', `No such data file: ${dataPath}`, { path: dataPath });
  }
  const limit = flags.limit === undefined ? Infinity : parseInteger('--limit', flags.limit, 1, Number.MAX_SAFE_INTEGER);
  // The harness, the extractors (linkedom, Readability) and zod load only when this runs.
  const [{ z }, { readJsonl }, { evaluateExtraction, extractMarkdown }] = await Promise.all([import('zod'), import('../eval/jsonl.js'), import('../eval/extract.js')]);
  const RecordSchema = z.object({
    id: z.string().min(1),
    html: z.string(),
    url: z.string().nullable().optional(),
    text: z.string(),
  });
  const records: ExtractRecord[] = [];
  const badLines: Record<string, string> = {};
  for await (const item of readJsonl(createReadStream(dataPath))) {
    if (records.length >= limit) break;
    if ('error' in item) {
      badLines[item.line] = `invalid JSON: ${item.error}`;
      io.err.write(`line ${item.line}: skipped, invalid JSON (${item.error})\n`);
      continue;
    }
    const parsed = RecordSchema.safeParse(item.value);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
      badLines[item.line] = why;
      io.err.write(`line ${item.line}: skipped, ${why} (need {id, html, url?, text})\n`);
      continue;
    }
    records.push(parsed.data);
  }
  const { extractors: list, skipped } = await extractors();
  const report: ExtractEvalReport = { ...(await evaluateExtraction(basename(dataPath), records, list)), skipped, badLines };
  const md = extractMarkdown(report);
  io.out.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : md);
  if (flags.report) {
    mkdirSync(flags.report, { recursive: true });
    writeFileSync(join(flags.report, 'extract.md'), md);
    writeFileSync(join(flags.report, 'extract.json'), JSON.stringify(report, null, 2) + '\n');
  }
  return report;
}

export function evalExtractCommand(io: EvalExtractIo = { out: process.stdout, err: process.stderr }): Command {
  return new Command('extract')
    .description('score main-text extraction (kernpunkte, Readability, defuddle) against gold text: token P/R/F1')
    .argument('<data>', 'JSONL with {id, html, url, text} per line')
    .option('--report <dir>', 'write extract.md and extract.json into DIR')
    .option('--json', 'print the full report as JSON instead of the table')
    .option('--limit <n>', 'only the first N pages')
    .action(async (data: string, flags: EvalExtractFlags) => {
      await evalExtract(data, flags, io);
    });
}
