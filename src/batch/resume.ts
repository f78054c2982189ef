/**
 * Resume: which ids an earlier (maybe killed) run already wrote. Output is written one
 * complete line per write, so a crash can leave at most one cut-off last line; that line is
 * cut away here (the file is truncated back to the end of the last complete line) so that
 * appending goes on from a clean line boundary and the file stays valid JSONL.
 */
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readLines } from './lines.js';
import { idKey } from './records.js';
import { BATCH_SETTINGS } from './settings.js';

export interface ResumeState {
  ids: Set<string>;
  /** Complete lines kept. */
  lines: number;
  /** Bytes cut from the end (a partial last line), 0 if the file ended cleanly. */
  truncatedBytes: number;
}

const NEWLINE = 0x0a;
/** Bytes read at a time while looking backwards for the last newline. */
const TAIL_CHUNK = 64 * 1024;

/** Reads OUT line by line (never whole) and truncates a partial last line. A missing file is an empty state. */
export async function readDoneIds(path: string): Promise<ResumeState> {
  const ids = new Set<string>();
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if (e !== null && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') {
      return { ids, lines: 0, truncatedBytes: 0 };
    }
    throw e;
  }
  const end = await endOfLastLine(path, size);
  if (end < size) await truncate(path, end);
  let lines = 0;
  if (end > 0) {
    for await (const read of readLines(createReadStream(path, { end: end - 1 }), BATCH_SETTINGS.maxLineChars)) {
      lines = read.line;
      const id = read.tooLong ? undefined : idOf(read.text);
      if (id !== undefined) ids.add(id);
    }
  }
  return { ids, lines, truncatedBytes: size - end };
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
