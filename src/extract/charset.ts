/**
 * Bytes → string for HTML and text pages. Order of evidence, as browsers do it: a byte-order
 * mark, then the HTTP Content-Type charset, then `<meta charset>` / http-equiv in the first
 * 2 KB, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what "ISO-8859-1" means
 * on the web). Only bytes that make no sense in any of these fail with BAD_ENCODING.
 */
import iconv from 'iconv-lite';
import { KernpunkteError } from '../errors.js';

/** How far into the page a `<meta charset>` is looked for (the HTML spec says 1024; pages are sloppy). */
const META_SNIFF_BYTES = 2048;
/** Share of U+FFFD replacement characters above which a forced decode is refused. */
const MAX_REPLACEMENT_SHARE = 0.01;

/** The charset named in a Content-Type value ("text/html; charset=ISO-8859-1" → "iso-8859-1"). */
export function charsetFromContentType(header: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(header ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SNIFF_BYTES)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Web labels that mean something else in practice (WHATWG Encoding: latin1 → windows-1252). */
function webCharset(label: string): string {
  const l = label.toLowerCase();
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'l1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1') return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  return l;
}

function bom(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function replacementShare(s: string): number {
  if (!s.length) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0xfffd) n++;
  return n / s.length;
}

/**
 * @example
 * decodeHtml(Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'text/html; charset=windows-1252') // → 'Grüße'
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string): string {
  const b = bom(bytes);
  if (b) return iconv.decode(Buffer.from(bytes.subarray(b.skip)), b.charset);

  const declared = charsetFromContentType(contentTypeHeader) ?? charsetFromMeta(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (declared) {
    const cs = webCharset(declared);
    if (cs !== 'utf-8' && iconv.encodingExists(cs)) return iconv.decode(buf, cs);
  }
  if (isValidUtf8(bytes)) return buf.toString('utf8');
  // Declared UTF-8 (or nothing) but not valid UTF-8: a few stray bytes are replaced; a
  // legacy page without a declaration is most likely Windows-1252.
  const lossy = buf.toString('utf8');
  if (replacementShare(lossy) <= MAX_REPLACEMENT_SHARE) return lossy;
  if (!declared) return iconv.decode(buf, 'windows-1252');
  throw new KernpunkteError('BAD_ENCODING', `The page says it is ${declared} but its bytes are not; it cannot be decoded.`, {
    charset: declared,
  });
}
