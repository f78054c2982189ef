import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { KernpunkteError } from '../errors.js';

/** iconv-lite, loaded only for input that is not UTF-8: plain UTF-8 text, the usual case, starts faster without it. */
function iconv(): typeof import('iconv-lite') {
  return createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
}

/**
 * Bytes → text for files and standard input. UTF-8 (with or without BOM) first; bytes that
 * are not valid UTF-8 are read as Windows-1252, the usual encoding of such news text, with a
 * warning. NUL bytes mean binary data and are refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes.includes(0)) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (utf16) return { text: iconv().decode(Buffer.from(bytes), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), warnings: [] };
    throw new KernpunkteError('BINARY_INPUT', 'the input contains NUL bytes: it looks like binary data (an image, PDF or archive?), not text');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, warnings: [] };
  } catch {
    return { text: iconv().decode(Buffer.from(bytes), 'windows-1252'), warnings: ['the input is not valid UTF-8 and was read as Windows-1252'] };
  }
}

/**
 * Tags that open an HTML document, after WHATWG MIME sniffing ("rules for identifying an
 * unknown MIME type": <!DOCTYPE HTML, <HTML, <HEAD, <SCRIPT, <IFRAME, <H1, <DIV, <FONT,
 * <TABLE, <A, <STYLE, <TITLE, <B, <BODY, <BR, <P, each ended by a space or ">"), plus the
 * other tags pages from a CMS export start with. A lone "<" in plain text (a quote, a formula)
 * matches none of them.
 */
const HTML_START =
  /^<(?:!doctype\s+html|(?:html|head|body|script|style|iframe|h[1-6]|div|font|table|a|b|br|p|title|meta|link|base|article|main|header|section|nav|noscript|template|svg)(?=[\s>/]))/i;

/** How far a prelude (declarations, comments) is searched for the first tag. */
const SNIFF_LIMIT = 64 * 1024;

/**
 * Whether text without a telling file name is an HTML page. A leading byte-order mark,
 * white space, an XML declaration (XHTML) and comments (CMS banners) are skipped first, as a
 * browser's sniffer would; what follows must open an HTML document.
 * @example looksLikeHtml('<!-- generated -->\n<!DOCTYPE html><html>…') // → true
 * @example looksLikeHtml('<?xml version="1.0"?><rss>…') // → false
 */
export function looksLikeHtml(text: string): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < text.length && at <= SNIFF_LIMIT && /\s/.test(text[at]!)) at += 1;
    if (at > SNIFF_LIMIT) return false;
    const end = text.startsWith('<?xml', at) ? text.indexOf('?>', at) : text.startsWith('<!--', at) ? text.indexOf('-->', at + 4) : -2;
    if (end === -2) break;
    // An unterminated comment: nothing but markup follows, and "<!--" itself sniffs as HTML.
    if (end === -1) return text.startsWith('<!--', at);
    at = end + (text[end] === '?' ? 2 : 3);
  }
  return HTML_START.test(text.slice(at, at + 32));
}

/** Reads a stream to its end, refusing more than `maxBytes`; `what` names it in that error. */
export async function readStdin(stream: Readable, maxBytes: number, what = 'standard input'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new KernpunkteError('INPUT_TOO_LARGE', `${what} is larger than the limit of ${maxBytes} bytes`, { limit: maxBytes });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
