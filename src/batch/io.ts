/**
 * Opening batch input and output files: the shells' I/O, kept apart from the pure core.
 */
import { createReadStream, openSync, readSync, closeSync, statSync, type ReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { KernpunkteError } from '../errors.js';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

function isGzipFile(path: string): boolean {
  if (path.endsWith('.gz')) return true;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const n = readSync(fd, head, 0, 2, 0);
    return n === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    closeSync(fd);
  }
}

/**
 * A JSONL input as a byte stream: `-` is stdin; gzip (by `.gz` or by its magic bytes) is
 * decompressed on the fly. A missing or unreadable file is INVALID_INPUT with the path.
 */
export function openInput(path: string, stdin: Readable = process.stdin): { stream: Readable; gzip: boolean; size: number | null } {
  if (path === '-') return { stream: stdin, gzip: false, size: null };
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new KernpunkteError('INVALID_INPUT', `${path} is not a regular file`, { path });
    size = info.size;
  } catch (e) {
    if (e instanceof KernpunkteError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new KernpunkteError('INVALID_INPUT', `cannot read ${path}: ${why}`, { path }, { cause: e });
  }
  const gzip = size >= 2 && isGzipFile(path);
  const file: ReadStream = createReadStream(path);
  if (!gzip) return { stream: file, gzip, size };
  const gunzip = createGunzip();
  // pipeline forwards a file error to gunzip and tears both down; the reader sees the error.
  pipeline(file, gunzip, () => undefined);
  return { stream: gunzip, gzip, size };
}

/** Lines in an uncompressed file (newline count, plus a last line without one): cheap, streamed. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = chunk.indexOf(0x0a);
    while (i !== -1) {
      lines += 1;
      i = chunk.indexOf(0x0a, i + 1);
    }
    if (chunk.length > 0) last = chunk[chunk.length - 1] ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** `out.jsonl` → `out.errors.jsonl`; `out` → `out.errors.jsonl`. */
export function defaultErrorsPath(outputPath: string): string {
  return outputPath.endsWith('.jsonl') ? `${outputPath.slice(0, -'.jsonl'.length)}.errors.jsonl` : `${outputPath}.errors.jsonl`;
}
