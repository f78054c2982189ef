/**
 * Reading JSONL lazily: an async generator over a byte stream, one line at a time, numbered
 * from 1. `for await` on the stream pulls a chunk only when the consumer asks for the next
 * line, so backpressure reaches the file and memory stays at one chunk plus one line.
 * The one line reader for batch, `queue add`, resume and the evaluation sets: a UTF-8 byte
 * order mark (Windows editors write one) is dropped from line 1, CRLF ends a line like LF.
 */
import { StringDecoder } from 'node:string_decoder';

export type InputLine =
  | { line: number; text: string; tooLong?: false }
  /** The line exceeded `maxChars`; its text was discarded while reading. */
  | { line: number; text: ''; tooLong: true; length: number };

const BOM = 0xfeff;

export async function* readLines(input: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let line = 0;
  let partial = '';
  // While > 0, the current line is too long and is being skipped; counts the chars seen.
  let skipping = 0;
  let first = true;

  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      line += 1;
      const piece = text.slice(0, newline);
      if (skipping > 0 || partial.length + piece.length > maxChars) {
        yield { line, text: '', tooLong: true, length: skipping + partial.length + piece.length };
      } else {
        yield { line, text: stripCr(partial + piece) };
      }
      partial = '';
      skipping = 0;
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    if (skipping > 0 || partial.length + text.length > maxChars) {
      skipping += partial.length + text.length;
      partial = '';
    } else {
      partial += text;
    }
  }
  const rest = partial + decoder.end();
  if (skipping > 0) {
    yield { line: line + 1, text: '', tooLong: true, length: skipping + rest.length };
  } else if (rest.length > 0) {
    yield { line: line + 1, text: stripCr(rest) };
  }
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
