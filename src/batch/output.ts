/**
 * Writing JSONL results and error lines, for batch and the queue alike: the line shapes, a
 * writer that respects backpressure and turns a failing stream (disk full, closed pipe) into
 * a coded error instead of an uncaught 'error' event, and opening/closing output files.
 */
import { createWriteStream, openSync, type WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Summary } from '../types.js';
import { KernpunkteError } from '../errors.js';
import type { RecordError, RecordId } from './records.js';

/** `{line, id?, code, message}` and a newline: how every shell reports a failed record. */
export function errorLine(error: RecordError): string {
  const { line, id, code, message } = error;
  return JSON.stringify(id === undefined ? { line, code, message } : { line, id, code, message }) + '\n';
}

/** `{id, ...summary}` and a newline. */
export function resultLine(id: RecordId, summary: Summary): string {
  return JSON.stringify({ id, ...summary }) + '\n';
}

export interface LineWriter {
  /**
   * Writes one complete line per `write()` (a crash can cut the file only inside a last line)
   * and waits for 'drain' when the stream is full. Throws the first stream error, coded INTERNAL.
   */
  write(stream: Writable, line: string): Promise<void>;
  /** Removes the error listeners (the streams stay open). */
  detach(): void;
}

/**
 * A writer over `streams`. An 'error' on any of them is caught from the moment this is called,
 * so even an error between two writes cannot crash the process; the next `write()` throws it.
 * @example
 *   const out = lineWriter([output, errors], 'batch output');
 *   try { await out.write(output, resultLine(id, summary)); } finally { out.detach(); }
 */
export function lineWriter(streams: readonly Writable[], what: string): LineWriter {
  let failure: KernpunkteError | undefined;
  const onError = (error: Error): void => {
    failure ??= new KernpunkteError('INTERNAL', `cannot write the ${what}: ${error.message}`, {}, { cause: error });
  };
  for (const s of streams) s.on('error', onError);

  const waitForDrain = (stream: Writable): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', onClose);
        resolve();
      };
      const onClose = (): void => {
        onError(new Error('the stream closed before everything was written'));
        done();
      };
      stream.on('drain', done);
      stream.on('error', done); // recorded by onError; write() throws it
      stream.on('close', onClose);
    });

  return {
    async write(stream, line) {
      if (!failure) {
        if (stream.destroyed || stream.writableEnded) onError(new Error('the stream is closed'));
        else if (!stream.write(line)) await waitForDrain(stream);
      }
      if (failure) throw failure;
    },
    detach() {
      for (const s of streams) s.off('error', onError);
    },
  };
}

/**
 * Opened synchronously so that an unwritable path is a usage error up front, not a stream
 * error later. Its errors are kept on the stream (`errored`), never thrown as an uncaught
 * event: writes report them through `lineWriter`, the end through `closeOutputs`.
 */
export function openOutput(path: string, append = false): WriteStream {
  let fd: number;
  try {
    fd = openSync(path, append ? 'a' : 'w');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new KernpunkteError('INVALID_OPTION', `cannot write ${path}: ${why}`, { path }, { cause: e });
  }
  const stream = createWriteStream(path, { fd });
  stream.on('error', () => undefined);
  return stream;
}

/**
 * Ends the outputs opened with `openOutput` and waits until they are flushed; standard output
 * and error stay open. Throws the first error any of them had (INTERNAL).
 */
export async function closeOutputs(streams: ReadonlyArray<Writable | undefined>): Promise<void> {
  const errors = await Promise.all(streams.map((s) => (s ? finish(s) : null)));
  const error = errors.find((e) => e !== null);
  if (error) throw new KernpunkteError('INTERNAL', `cannot finish writing the output: ${error.message}`, {}, { cause: error });
}

function finish(stream: Writable): Promise<Error | null> {
  if (stream === process.stdout || stream === process.stderr) return Promise.resolve(null);
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableFinished) return resolve(stream.errored ?? null);
    stream.once('error', resolve);
    stream.end(() => resolve(stream.errored ?? null));
  });
}

/**
 * Runs `work`, then closes `streams` with `closeOutputs`. When `work` fails, its error is the
 * one thrown (the streams are still torn down); a close error is thrown only after a success.
 */
export async function withOutputs<T>(streams: ReadonlyArray<Writable | undefined>, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (e) {
    await closeOutputs(streams).catch(() => undefined);
    throw e;
  }
  await closeOutputs(streams);
  return result;
}
