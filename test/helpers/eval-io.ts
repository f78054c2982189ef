/** Streams for the eval shells' `io`, with what was written to each. */
import { PassThrough } from 'node:stream';
import type { EvalIo } from '../../src/cli/eval.js';

export function captureEvalIo(): { io: EvalIo; out: () => string; err: () => string } {
  const o = new PassThrough();
  const e = new PassThrough();
  let out = '';
  let err = '';
  o.on('data', (d: Buffer) => (out += d.toString()));
  e.on('data', (d: Buffer) => (err += d.toString()));
  return { io: { out: o, err: e }, out: () => out, err: () => err };
}
