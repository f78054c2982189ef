/**
 * Writes a tiny GGUF model with random weights: a one-layer llama with a byte-level
 * SentencePiece vocabulary, about 150 kB. It knows no language; it exists so that the `llama`
 * back-end can be tested end to end (load, grammar-bound generation, the guard) without
 * downloading weights. Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../../src/eval/bootstrap.js';

const T = { UINT32: 4, INT32: 5, FLOAT32: 6, STRING: 8, ARRAY: 9 } as const;
const ALIGN = 32;

class Writer {
  private parts: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  pad(): void {
    const rest = (ALIGN - (this.length % ALIGN)) % ALIGN;
    if (rest) this.push(Buffer.alloc(rest));
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

type Value = { t: 'u32'; v: number } | { t: 'f32'; v: number } | { t: 'str'; v: string } | { t: 'strs'; v: string[] } | { t: 'f32s'; v: number[] } | { t: 'i32s'; v: number[] };

function writeValue(w: Writer, value: Value): void {
  switch (value.t) {
    case 'u32': w.u32(T.UINT32); w.u32(value.v); break;
    case 'f32': w.u32(T.FLOAT32); w.f32(value.v); break;
    case 'str': w.u32(T.STRING); w.str(value.v); break;
    case 'strs': w.u32(T.ARRAY); w.u32(T.STRING); w.u64(value.v.length); value.v.forEach((s) => w.str(s)); break;
    case 'f32s': w.u32(T.ARRAY); w.u32(T.FLOAT32); w.u64(value.v.length); value.v.forEach((n) => w.f32(n)); break;
    case 'i32s': w.u32(T.ARRAY); w.u32(T.INT32); w.u64(value.v.length); value.v.forEach((n) => w.i32(n)); break;
  }
}

export function writeTinyGguf(path: string, seed = 1): void {
  const embd = 32;
  const ff = 64;
  const heads = 2;
  // <unk> <s> </s>, the 256 byte tokens, then every printable ASCII character as a piece (space as ▁).
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [2, 3, 3];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6);
  }
  for (let c = 32; c < 127; c++) {
    tokens.push(c === 32 ? '\u2581' : String.fromCharCode(c));
    types.push(1);
  }
  const vocab = tokens.length;
  const scores = tokens.map((_, i) => (types[i] === 1 ? -i / vocab : 0));

  const kv: Array<[string, Value]> = [
    ['general.architecture', { t: 'str', v: 'llama' }],
    ['general.name', { t: 'str', v: 'kernpunkte-tiny-random' }],
    ['general.alignment', { t: 'u32', v: ALIGN }],
    ['llama.context_length', { t: 'u32', v: 4096 }],
    ['llama.embedding_length', { t: 'u32', v: embd }],
    ['llama.block_count', { t: 'u32', v: 1 }],
    ['llama.feed_forward_length', { t: 'u32', v: ff }],
    ['llama.attention.head_count', { t: 'u32', v: heads }],
    ['llama.attention.head_count_kv', { t: 'u32', v: heads }],
    ['llama.rope.dimension_count', { t: 'u32', v: embd / heads }],
    ['llama.attention.layer_norm_rms_epsilon', { t: 'f32', v: 1e-5 }],
    ['tokenizer.ggml.model', { t: 'str', v: 'llama' }],
    ['tokenizer.ggml.tokens', { t: 'strs', v: tokens }],
    ['tokenizer.ggml.scores', { t: 'f32s', v: scores }],
    ['tokenizer.ggml.token_type', { t: 'i32s', v: types }],
    ['tokenizer.ggml.unknown_token_id', { t: 'u32', v: 0 }],
    ['tokenizer.ggml.bos_token_id', { t: 'u32', v: 1 }],
    ['tokenizer.ggml.eos_token_id', { t: 'u32', v: 2 }],
  ];
  // ggml lists dimensions innermost first: a [out × in] matrix is [in, out].
  const tensors: Array<[string, number[]]> = [
    ['token_embd.weight', [embd, vocab]],
    ['output_norm.weight', [embd]],
    ['output.weight', [embd, vocab]],
    ['blk.0.attn_norm.weight', [embd]],
    ['blk.0.attn_q.weight', [embd, embd]],
    ['blk.0.attn_k.weight', [embd, embd]],
    ['blk.0.attn_v.weight', [embd, embd]],
    ['blk.0.attn_output.weight', [embd, embd]],
    ['blk.0.ffn_norm.weight', [embd]],
    ['blk.0.ffn_gate.weight', [embd, ff]],
    ['blk.0.ffn_up.weight', [embd, ff]],
    ['blk.0.ffn_down.weight', [ff, embd]],
  ];

  const w = new Writer();
  w.push(Buffer.from('GGUF', 'ascii'));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kv.length);
  for (const [key, value] of kv) {
    w.str(key);
    writeValue(w, value);
  }
  const rand = seededRandom(seed);
  const data = new Writer();
  for (const [name, dims] of tensors) {
    w.str(name);
    w.u32(dims.length);
    dims.forEach((d) => w.u64(d));
    w.u32(0); // F32
    w.u64(data.length);
    const count = dims.reduce((a, b) => a * b, 1);
    const norm = name.endsWith('norm.weight');
    for (let i = 0; i < count; i++) data.f32(norm ? 1 : (rand() - 0.5) * 0.2);
    data.pad();
  }
  w.pad();
  writeFileSync(path, Buffer.concat([w.buffer(), data.buffer()]));
}
