/** What a job carries (a group of records), and what its processor does with each record. */
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import type { RecordId } from '../batch/records.js';
import { toPlainError, type PlainError } from '../pool/protocol.js';
import { errorLine, resultLine } from '../batch/output.js';

/** One record of a job. */
export interface JobRecord {
  id: RecordId;
  /** The record's line in the file it was added from, for error reports. */
  line: number;
  input: SummarizeInput;
}

/** A job: consecutive records of one `queue add` (up to QUEUE_SETTINGS.recordsPerJob), summarized alike. */
export interface JobData {
  records: JobRecord[];
  options?: SummarizeOptions;
}

export type JobOutcome = { ok: true; line: string } | { ok: false; error: PlainError; errorLine: string; transient: boolean };

/**
 * Summarize one record of a job. The lines are the batch lines without their newline (Redis stores
 * one per hash field; export adds it back). Input errors (any code but INTERNAL) are permanent: the same
 * record fails the same way every time. INTERNAL (a crashed thread, a bug) may be transient.
 */
export async function runJob(data: JobRecord & { options?: SummarizeOptions }, summarize: (input: SummarizeInput, options?: SummarizeOptions) => Promise<Summary>): Promise<JobOutcome> {
  try {
    const summary = await summarize(data.input, data.options);
    return { ok: true, line: resultLine(data.id, summary).slice(0, -1) };
  } catch (e) {
    const error = toPlainError(e);
    const line = errorLine({ line: data.line, id: data.id, code: error.code, message: error.message }).slice(0, -1);
    return { ok: false, error, errorLine: line, transient: error.code === 'INTERNAL' };
  }
}
