/**
 * `kernpunkte eval sentences DATA.jsonl [--report DIR] [--json]`: our splitter against
 * `Intl.Segmenter` on a gold sentence-boundary set. A thin shell: reading, printing, writing;
 * the scoring is `src/eval/sentences.ts`.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { SentenceRecord, SentenceReport } from '../eval/sentences.js';

export interface EvalSentencesIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIO: EvalSentencesIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export interface EvalSentencesOptions {
  report?: string;
  json?: boolean;
}

/** Reads the set (problems go to `io.stderr` by line number), scores, prints, writes the report. */
export async function runEvalSentences(data: string, options: EvalSentencesOptions = {}, io: EvalSentencesIO = defaultIO): Promise<SentenceReport> {
  const info = await stat(data).catch(() => null);
  if (info === null) throw new KernpunkteError('INVALID_INPUT', `No such file: ${data}. Pass a JSONL file of {id, lang, text, sentences} records.`, { path: data });
  if (!info.isFile()) throw new KernpunkteError('INVALID_INPUT', `Not a file: ${data}. Pass a JSONL file of {id, lang, text, sentences} records.`, { path: data });
  const [{ readJsonl }, { compareSentenceSplitters, sentenceMarkdown, sentenceTable, toSentenceRecord }] = await Promise.all([
    import('../eval/jsonl.js'),
    import('../eval/sentences.js'),
  ]);
  const records: SentenceRecord[] = [];
  let problems = 0;
  for await (const item of readJsonl(createReadStream(data, { encoding: 'utf8' }))) {
    const checked = 'error' in item ? { error: `invalid JSON: ${item.error}` } : toSentenceRecord(item.value);
    if ('error' in checked) {
      problems++;
      io.stderr(`${data}:${item.line}: ${checked.error} (line skipped)\n`);
      continue;
    }
    records.push(checked.record);
  }
  if (records.length === 0) {
    throw new KernpunkteError('INVALID_INPUT', `No valid records in ${data} (${problems} lines skipped).`, { path: data, skipped: problems });
  }
  const report = compareSentenceSplitters(records);
  if (options.json) io.stdout(`${JSON.stringify({ data, skipped: problems, ...report }, null, 2)}\n`);
  else io.stdout(`${sentenceTable(report)}\n${records.length} passages${problems ? `, ${problems} lines skipped` : ''}\n`);
  if (options.report) {
    await mkdir(options.report, { recursive: true });
    await writeFile(join(options.report, 'sentences.md'), sentenceMarkdown(report, data));
    await writeFile(join(options.report, 'sentences.json'), `${JSON.stringify({ data, skipped: problems, ...report }, null, 2)}\n`);
    if (!options.json) io.stdout(`report: ${join(options.report, 'sentences.md')}, ${join(options.report, 'sentences.json')}\n`);
  }
  return report;
}

/** The `sentences` subcommand; the CLI mounts it under `eval`. Errors are KernpunkteError (INVALID_INPUT). */
export function evalSentencesCommand(io: EvalSentencesIO = defaultIO): Command {
  return new Command('sentences')
    .description('score sentence splitting (ours and Intl.Segmenter) against a gold JSONL set of {id, lang, text, sentences}')
    .argument('<data>', 'JSONL file, e.g. ../shared/data/sbd-de-gsd-dev.jsonl')
    .option('--report <dir>', 'also write sentences.md and sentences.json to this folder')
    .option('--json', 'print the result as JSON instead of a table')
    .action(async (data: string, opts: EvalSentencesOptions) => {
      await runEvalSentences(data, opts, io);
    });
}
