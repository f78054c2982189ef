/**
 * Streaming batch: JSONL records in, one `{id, ...Summary}` line out per record, in input
 * order, with bad records reported as `{line, id?, code, message}` lines and the run going on.
 *
 *   1. read a line (lazily; see lines.ts)
 *   2. parse it into a record or a coded error (records.ts); skip ids already done (resume)
 *   3. start summarizing it (through the pool) and queue the pending outcome, in input order
 *   4. when the in-flight window is full, wait for the oldest outcome and write it
 *      (honouring backpressure), so the reorder buffer never holds more than the window
 *   5. at the end, write what is still queued; a read error (a corrupt .gz) stops step 1,
 *      and is thrown after what was read before it is written
 *
 * @example
 *   const pool = createSummaryPool();
 *   const stats = await runBatch({ input: createReadStream('in.jsonl'), output, errors, summarize: pool.run });
 *   // → { ok: 1000, failed: 3, skipped: 0, lines: 1003, seconds: 2.1, aborted: false }
 */
import type { Writable } from 'node:stream';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { KernpunkteError } from '../errors.js';
import { toPlainError } from '../pool/protocol.js';
import { BATCH_SETTINGS } from './settings.js';
import { readLines, type InputLine } from './lines.js';
import { idKey, parseRecordLine, type RecordId } from './records.js';
import { takeDone, type DoneRecords } from './resume.js';
import { errorLine, lineWriter, resultLine } from './output.js';

export { BATCH_SETTINGS } from './settings.js';
export { readLines } from './lines.js';
export { parseRecordLine, idKey, type BatchRecord, type RecordError, type RecordId, type ParsedLine } from './records.js';
export { readDoneIds, type DoneRecords, type ResumeState } from './resume.js';
export { checkRunOptions } from './options.js';
export { openInput, countLines, defaultErrorsPath, checkDistinctFiles } from './io.js';
export { errorLine, resultLine, lineWriter, openOutput, closeOutputs, withOutputs, type LineWriter } from './output.js';

export type SummarizeFn = (input: SummarizeInput, options?: SummarizeOptions) => Promise<Summary>;

export interface BatchProgress {
  ok: number;
  failed: number;
  skipped: number;
  /** Lines read so far (including blank and skipped ones). */
  lines: number;
}

export interface BatchStats extends BatchProgress {
  seconds: number;
  /** True when `signal` stopped the run before the end of the input. */
  aborted: boolean;
}

export interface BatchOptions {
  /** JSONL bytes (a file, stdin, a gunzip stream …). */
  input: AsyncIterable<Buffer | string>;
  /** Receives one `{id, ...Summary}` line per summarized record, in input order. */
  output: Writable;
  /** Receives one `{line, id?, code, message}` line per failed record, in input order. */
  errors: Writable;
  /** Usually `pool.run`; any function with the library's `summarize()` contract works. */
  summarize: SummarizeFn;
  /** Options for every record. */
  options?: SummarizeOptions;
  /** Worker threads behind `summarize`; sizes the in-flight window. Default 1. */
  concurrency?: number;
  /** Records in flight; overrides the window derived from `concurrency`. */
  window?: number;
  /** Records already done (resume, from `readDoneIds`): skipped, not summarized again. */
  skip?: DoneRecords;
  /** Called after each record is settled (written, failed or skipped). */
  onProgress?: (progress: BatchProgress) => void;
  /** Stops reading new lines; what is in flight is still written. */
  signal?: AbortSignal;
}

type Outcome =
  | { kind: 'ok'; line: string }
  | { kind: 'failed'; line: string }
  | { kind: 'skipped' }
  | { kind: 'blank' };

async function summarizeRecord(
  summarize: SummarizeFn,
  id: RecordId,
  input: SummarizeInput,
  options: SummarizeOptions | undefined,
  line: number,
): Promise<Outcome> {
  try {
    const summary = await summarize(input, options);
    return { kind: 'ok', line: resultLine(id, summary) };
  } catch (e) {
    const { code, message } = toPlainError(e);
    return { kind: 'failed', line: errorLine({ line, id, code, message }) };
  }
}

/** A count option (threads, window, concurrency): a positive integer, or INVALID_OPTION. */
export function checkCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new KernpunkteError('INVALID_OPTION', `${name} must be a positive integer, got ${String(value)}`, { option: name });
  }
  return value;
}

export async function runBatch(options: BatchOptions): Promise<BatchStats> {
  const started = performance.now();
  const concurrency = checkCount('concurrency', options.concurrency, 1);
  const window = checkCount(
    'window',
    options.window,
    Math.max(BATCH_SETTINGS.minInFlight, concurrency * BATCH_SETTINGS.inFlightPerWorker),
  );
  const { output, errors, summarize, skip, onProgress, signal } = options;
  // Used up as records are matched (a copy: the caller's state stays as read).
  const done = skip ? new Map(skip.ids) : undefined;
  const progress: BatchProgress = { ok: 0, failed: 0, skipped: 0, lines: 0 };
  // A failing output (disk full, closed pipe) ends the run with a coded error, not an
  // unhandled 'error' event: the writer catches it and the next write throws it.
  const writer = lineWriter([output, errors], 'batch output');
  const write = writer.write;
  // The reorder buffer: outcomes in input order; only the head is ever written.
  const queue: Array<Promise<Outcome>> = [];

  const settleHead = async (): Promise<void> => {
    const head = queue.shift();
    if (head === undefined) return;
    const outcome = await head;
    if (outcome.kind === 'blank') return;
    if (outcome.kind === 'ok') {
      await write(output, outcome.line);
      progress.ok += 1;
    } else if (outcome.kind === 'failed') {
      await write(errors, outcome.line);
      progress.failed += 1;
    } else {
      progress.skipped += 1;
    }
    onProgress?.({ ...progress });
  };

  let aborted = false;
  // A read error (a corrupt .gz, a vanished pipe) ends the reading, not the run: what was
  // read before it is still written, in order, and then the error is thrown.
  let readError: unknown;
  async function* untilReadError(): AsyncGenerator<InputLine> {
    try {
      yield* readLines(options.input, BATCH_SETTINGS.maxLineChars);
    } catch (e) {
      readError = e;
    }
  }
  try {
    for await (const read of untilReadError()) {
      progress.lines = read.line;
      if (read.tooLong) {
        const message = `line ${read.line} is ${read.length} characters long; the limit is ${BATCH_SETTINGS.maxLineChars}`;
        queue.push(Promise.resolve({ kind: 'failed', line: errorLine({ line: read.line, code: 'INPUT_TOO_LARGE', message }) }));
      } else {
        const parsed = parseRecordLine(read.text, read.line);
        if (parsed.ok === 'blank') {
          queue.push(Promise.resolve({ kind: 'blank' }));
        } else if (parsed.ok === false) {
          queue.push(Promise.resolve({ kind: 'failed', line: errorLine(parsed.error) }));
        } else if (done && done.size > 0 && takeDone(done, skip!.failedLines, idKey(parsed.record.id), read.line)) {
          queue.push(Promise.resolve({ kind: 'skipped' }));
        } else {
          const { id, input } = parsed.record;
          queue.push(summarizeRecord(summarize, id, input, options.options, read.line));
        }
      }
      while (queue.length >= window) await settleHead();
      if (signal?.aborted) {
        aborted = true;
        break;
      }
    }
    while (queue.length > 0) await settleHead();
    if (readError !== undefined) {
      if (readError instanceof KernpunkteError) throw readError;
      const why = readError instanceof Error ? readError.message : String(readError);
      throw new KernpunkteError('INVALID_INPUT', `cannot read the input: ${why}`, {}, { cause: readError });
    }
  } finally {
    writer.detach();
    // Outcomes still queued after a failure settle on their own (they never reject).
  }
  return { ...progress, seconds: (performance.now() - started) / 1000, aborted };
}
