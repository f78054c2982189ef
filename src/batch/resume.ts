/**
 * Resume: which ids an earlier (maybe killed) run already wrote. Output is written one
 * complete line per write, so a crash can leave at most one cut-off last line; that line is
 * cut away here (the file is truncated back to the end of the last complete line) so that
 * appending goes on from a clean line boundary and the file stays valid JSONL.
 */
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { idKey } from './records.js';

export interface ResumeState {
  ids: Set<string>;
  /** Complete lines kept. */
  lines: number;
  /** Bytes cut from the end (a partial last line), 0 if the file ended cleanly. */
  truncatedBytes: number;
}

const NEWLINE = 0x0a;

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
  let lines = 0;
  let offset = 0; // bytes consumed up to the end of the last complete line
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { end: Math.max(0, size - 1) }) as AsyncIterable<Buffer>) {
    let from = 0;
    let newline = chunk.indexOf(NEWLINE, from);
    while (newline !== -1) {
      const piece = chunk.subarray(from, newline);
      const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      offset += bytes.length + 1;
      lines += 1;
      const id = idOf(bytes.toString('utf8'));
      if (id !== undefined) ids.add(id);
      from = newline + 1;
      newline = chunk.indexOf(NEWLINE, from);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  const truncatedBytes = size - offset;
  if (truncatedBytes > 0) await truncate(path, offset);
  return { ids, lines, truncatedBytes };
}

function idOf(line: string): string | undefined {
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
