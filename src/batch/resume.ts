/**
 * Resume: which records an earlier (maybe killed) run already wrote. Output is written one
 * complete line per write, so a crash can leave at most one cut-off last line; that line is
 * cut away here (the file is truncated back to the end of the last complete line) so that
 * appending goes on from a clean line boundary and the file stays valid JSONL.
 *
 * Records are matched by the JSON value of their id (1 and "1" are two records) and, since ids
 * may repeat, by count: OUT holds results in input order, so n lines with id X are the first n
 * input records with id X that succeeded. The earlier run's errors file tells which lines
 * failed (by line number): those are tried again and do not use up a line of OUT.
 */
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readLines } from './lines.js';
import { idKey } from './records.js';
import { BATCH_SETTINGS } from './settings.js';

/** What runBatch skips: the records an earlier run wrote. */
export interface DoneRecords {
  /** Lines in OUT per id key (`idKey`): that many input records with this id are done. */
  ids: ReadonlyMap<string, number>;
  /** Input lines the earlier run reported as failed: retried, and never matched to OUT. */
  failedLines: ReadonlySet<number>;
}

export interface ResumeState extends DoneRecords {
  ids: Map<string, number>;
  failedLines: Set<number>;
  /** Complete lines kept. */
  lines: number;
  /** Bytes cut from the end (a partial last line), 0 if the file ended cleanly. */
  truncatedBytes: number;
}

const NEWLINE = 0x0a;
/** Bytes read at a time while looking backwards for the last newline. */
const TAIL_CHUNK = 64 * 1024;

/**
 * Reads OUT line by line (never whole) and truncates a partial last line; reads the failed
 * lines from ERRORS when given (before the new run truncates it). A missing file is an empty state.
 */
export async function readDoneIds(path: string, errorsPath?: string): Promise<ResumeState> {
  const ids = new Map<string, number>();
  const failedLines = errorsPath === undefined ? new Set<number>() : await readFailedLines(errorsPath);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if (isMissing(e)) return { ids, failedLines, lines: 0, truncatedBytes: 0 };
    throw e;
  }
  const end = await endOfLastLine(path, size);
  if (end < size) await truncate(path, end);
  let lines = 0;
  if (end > 0) {
    for await (const read of readLines(createReadStream(path, { end: end - 1 }), BATCH_SETTINGS.maxLineChars)) {
      lines = read.line;
      const id = read.tooLong ? undefined : idOf(read.text);
      if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
    }
  }
  return { ids, failedLines, lines, truncatedBytes: size - end };
}

function isMissing(e: unknown): boolean {
  return e !== null && typeof e === 'object' && 'code' in e && e.code === 'ENOENT';
}

/**
 * The `line` of every `{line, …}` error line in a regular file; nothing for a missing file or
 * a device or pipe (stderr, /dev/null), which cannot be read back.
 */
async function readFailedLines(path: string): Promise<Set<number>> {
  const lines = new Set<number>();
  try {
    if (!(await stat(path)).isFile()) return lines;
  } catch (e) {
    if (isMissing(e)) return lines;
    throw e;
  }
  for await (const read of readLines(createReadStream(path), BATCH_SETTINGS.maxLineChars)) {
    if (read.tooLong || read.text.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(read.text);
      if (value !== null && typeof value === 'object' && 'line' in value && Number.isInteger(value.line)) lines.add(value.line as number);
    } catch {
      // A cut-off last line (a crash while writing it): that record is simply tried again.
    }
  }
  return lines;
}

/**
 * The resume decision for one input record, in input order: true when OUT already holds it
 * (and that line of OUT is used up), false when it must be summarized. `done` is consumed.
 */
export function takeDone(done: Map<string, number>, failedLines: ReadonlySet<number>, key: string, line: number): boolean {
  if (failedLines.has(line)) return false;
  const left = done.get(key);
  if (left === undefined) return false;
  if (left <= 1) done.delete(key);
  else done.set(key, left - 1);
  return true;
}

/** The byte offset just after the file's last newline (0 when it has none). */
async function endOfLastLine(path: string, size: number): Promise<number> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(TAIL_CHUNK);
    let to = size;
    while (to > 0) {
      const from = Math.max(0, to - TAIL_CHUNK);
      const { bytesRead } = await file.read(buffer, 0, to - from, from);
      const at = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
      if (at !== -1) return from + at + 1;
      to = from;
    }
    return 0;
  } finally {
    await file.close();
  }
}

function idOf(line: string): string | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (value !== null && typeof value === 'object' && 'id' in value) {
      const id = value.id;
      if (typeof id === 'string' || typeof id === 'number') return idKey(id);
    }
  } catch {
    // A complete but unparsable line cannot come from us; it does not count as done.
  }
  return undefined;
}
