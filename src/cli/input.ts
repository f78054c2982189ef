import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { KernpunkteError } from '../errors.js';

/**
 * Bytes → text for files and standard input. UTF-8 (with or without BOM) first; bytes that
 * are not valid UTF-8 are read as Windows-1252, the usual encoding of such news text, with a
 * warning. NUL bytes mean binary data and are refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes.includes(0)) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (utf16) return { text: iconv.decode(Buffer.from(bytes), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), warnings: [] };
    throw new KernpunkteError('BINARY_INPUT', 'the input contains NUL bytes: it looks like binary data (an image, PDF or archive?), not text');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, warnings: [] };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), warnings: ['the input is not valid UTF-8 and was read as Windows-1252'] };
  }
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>])/i.test(text.slice(0, 1000));
}

/** Reads a stream to its end, refusing more than `maxBytes`. */
export async function readStdin(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new KernpunkteError('INPUT_TOO_LARGE', `standard input is larger than the limit of ${maxBytes} bytes`, { limit: maxBytes });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
