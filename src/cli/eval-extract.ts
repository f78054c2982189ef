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
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { z } from 'zod';
import { KernpunkteError } from '../errors.js';
import { readJsonl } from '../eval/jsonl.js';
import {
  evaluateExtraction,
  extractMarkdown,
  readabilityBaseline,
  type ExtractEvalReport,
  type ExtractRecord,
  type TextExtractor,
} from '../eval/extract.js';
import { extract } from '../extract/extract.js';

export interface EvalExtractFlags {
  report?: string;
  json?: boolean;
  limit?: string;
}

export interface EvalExtractIo {
  out: Writable;
  err: Writable;
}

const RecordSchema = z.object({
  id: z.string().min(1),
  html: z.string(),
  url: z.string().nullable().optional(),
  text: z.string(),
});

/** The extractors compared; defuddle joins when its package can be loaded. */
async function extractors(): Promise<{ extractors: Record<string, TextExtractor>; skipped: Record<string, string> }> {
  const list: Record<string, TextExtractor> = {
    kernpunkte: (html, url) => extract(html, url !== undefined ? { url } : {})?.text ?? '',
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
  let limit = Infinity;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!/^\d+$/.test(flags.limit) || limit < 1) {
      throw new KernpunkteError('INVALID_OPTION', `--limit must be a whole number ≥ 1, got "${flags.limit}"`, { option: 'limit', value: flags.limit });
    }
  }
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

// Direct use while the main CLI does not mount it yet: `node --import tsx src/cli/eval-extract.ts DATA.jsonl`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  evalExtractCommand()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof KernpunkteError ? `${e.code}: ` : ''}${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = e instanceof KernpunkteError && e.isInputError ? 2 : 1;
    });
}
