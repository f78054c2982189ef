/**
 * Streaming JSONL reading for evaluation sets: one record at a time (sets can be large), and a
 * broken or invalid line is reported with its number and skipped instead of ending the run.
 */
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { readLines } from '../batch/lines.js';
import { BATCH_SETTINGS } from '../batch/settings.js';

export type JsonlItem = { line: number; value: unknown } | { line: number; error: string };

/**
 * Yields every non-blank line of a JSONL stream, parsed, with its 1-based line number, or the parse error.
 * Lines come from the batch reader (a leading byte-order mark dropped, CRLF handled, runaway lines
 * reported instead of held in memory).
 * @example for await (const item of readJsonl(createReadStream('set.jsonl'))) if ('error' in item) …
 */
export async function* readJsonl(input: AsyncIterable<Buffer | string>): AsyncGenerator<JsonlItem> {
  for await (const read of readLines(input, BATCH_SETTINGS.maxLineChars)) {
    const { line } = read;
    if (read.tooLong) {
      yield { line, error: `the line is ${read.length} characters long; the limit is ${BATCH_SETTINGS.maxLineChars}` };
      continue;
    }
    if (!read.text.trim()) continue;
    try {
      yield { line, value: JSON.parse(read.text) as unknown };
    } catch (e) {
      yield { line, error: e instanceof Error ? e.message : String(e) };
    }
  }
}

/** One article with its reference summary, as the sets in shared/data hold them. */
export const EvalRecordSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  title: z.string().nullable().optional(),
  text: z.string().min(1),
  summary: z.array(z.string()).min(1),
});

export type EvalRecord = z.infer<typeof EvalRecordSchema>;

export interface Problem {
  line: number;
  message: string;
}

/**
 * Valid evaluation records of a JSONL file; each broken or invalid line goes to `onProblem`
 * (the CLI prints it on stderr) and the reading goes on.
 */
export async function* readEvalRecords(
  path: string,
  onProblem: (p: Problem) => void,
): AsyncGenerator<EvalRecord & { line: number }> {
  for await (const item of readJsonl(createReadStream(path, { encoding: 'utf8' }))) {
    if ('error' in item) {
      onProblem({ line: item.line, message: `invalid JSON: ${item.error}` });
      continue;
    }
    const parsed = EvalRecordSchema.safeParse(item.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'record';
      onProblem({ line: item.line, message: `invalid record: ${where}: ${issue?.message ?? 'does not match the schema'}` });
      continue;
    }
    yield { ...parsed.data, line: item.line };
  }
}
