/**
 * Opening batch input and output files: the shells' I/O, kept apart from the pure core.
 */
import { createReadStream, openSync, readSync, closeSync, realpathSync, statSync, type ReadStream, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';
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
 * decompressed on the fly; a named pipe or /dev/fd/N (process substitution) is streamed, gzip
 * only by its name (peeking would eat its first bytes). A missing or unreadable file is
 * INVALID_INPUT with the path, and so is a read error later on (a corrupt or truncated .gz):
 * the stream fails with that coded error, not with zlib's.
 */
export function openInput(path: string, stdin: Readable = process.stdin): { stream: Readable; gzip: boolean; size: number | null } {
  if (path === '-') return { stream: coded(stdin, 'standard input'), gzip: false, size: null };
  let info: Stats;
  try {
    info = statSync(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new KernpunkteError('INVALID_INPUT', `cannot read ${path}: ${why}`, { path }, { cause: e });
  }
  if (info.isDirectory()) throw new KernpunkteError('INVALID_INPUT', `cannot read ${path}: it is a directory, not a JSONL file`, { path });
  const regular = info.isFile();
  const size = regular ? info.size : null;
  const gzip = path.endsWith('.gz') || (regular && info.size >= 2 && isGzipFile(path));
  const file: ReadStream = createReadStream(path);
  if (!gzip) return { stream: coded(file, path), gzip, size };
  const gunzip = createGunzip();
  // pipeline forwards a file error to gunzip and tears both down; the reader sees the error.
  pipeline(file, gunzip, () => undefined);
  return { stream: coded(gunzip, path), gzip, size };
}

/** `source`, with any read error turned into INVALID_INPUT naming `what`. */
function coded(source: Readable, what: string): Readable {
  async function* chunks(): AsyncGenerator<Buffer | string> {
    try {
      yield* source;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new KernpunkteError('INVALID_INPUT', `cannot read ${what}: ${why}`, { path: what }, { cause: e });
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** One key per file: device and inode for an existing file, else the path with its folder's links resolved. */
function fileKey(path: string): string | null {
  try {
    const info = statSync(path);
    // Devices and pipes (/dev/null, /dev/stdout) may be named twice: nothing is truncated.
    return info.isFile() ? `file ${info.dev}:${info.ino}` : null;
  } catch {
    try {
      return `path ${join(realpathSync(dirname(resolve(path))), basename(path))}`;
    } catch {
      return `path ${resolve(path)}`;
    }
  }
}

/**
 * Refuses two file arguments that are the same file however they are spelled (`in.jsonl` and
 * `./in.jsonl`, a symlink, a hard link), before any output is opened: opening an output
 * truncates it, and it must never be the input or the other output.
 * @example checkDistinctFiles([['input', 'in.jsonl'], ['--output', './in.jsonl']]) // throws INVALID_OPTION
 */
export function checkDistinctFiles(files: ReadonlyArray<readonly [flag: string, path: string | undefined]>): void {
  const seen = new Map<string, string>();
  for (const [flag, path] of files) {
    if (path === undefined || path === '-') continue;
    const key = fileKey(path);
    if (key === null) continue;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new KernpunkteError('INVALID_OPTION', `${flag} ${path} is the same file as the ${other}: refusing to overwrite it`, { option: flag, path });
    }
    seen.set(key, `${flag} ${path}`);
  }
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
