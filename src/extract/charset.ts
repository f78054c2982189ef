/**
 * Bytes → string for HTML and text pages, as browsers decode them (WHATWG Encoding and the
 * HTML spec's "determine the character encoding"): a byte-order mark, then the HTTP
 * Content-Type charset, then `<meta charset>` / http-equiv in the first 2 KB, then UTF-8 if the
 * bytes are valid UTF-8, else Windows-1252. A charset name counts only when it is a WHATWG
 * label ("latin1" and "iso-8859-1" mean windows-1252, "unicode" means UTF-16LE); any other
 * name is ignored, so a page can never be decoded as UTF-7 (`+ADw-script+AD4-` would become
 * `<script>`). A meta tag that says UTF-16 means UTF-8 (a page that can be read far enough to
 * find its meta tag is not UTF-16), and x-user-defined there means windows-1252. Only bytes
 * that make no sense in the chosen charset fail with BAD_ENCODING.
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

/**
 * A charset label → the WHATWG encoding name, or null when the label is not one (UTF-7,
 * made-up names). Node's TextDecoder holds the WHATWG label table; the "replacement" labels
 * (ISO-2022-KR, HZ-GB-2312, …) are unsupported there and so are ignored like unknown ones.
 */
export function webEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The encoding a meta tag's label stands for (HTML spec, prescan: UTF-16 → UTF-8, x-user-defined → windows-1252). */
function metaEncoding(label: string): string | null {
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  const enc = webEncoding(label);
  return enc === 'utf-16le' || enc === 'utf-16be' ? 'utf-8' : enc;
}

/**
 * iconv-lite decodes the legacy encodings (Node 20's TextDecoder turns 0x80 in windows-1252
 * into U+0080, not €); TextDecoder takes any it lacks.
 */
function decodeAs(buf: Buffer, encoding: string): string {
  if (iconv.encodingExists(encoding)) return iconv.decode(buf, encoding);
  return new TextDecoder(encoding).decode(buf);
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

  const fromHeader = charsetFromContentType(contentTypeHeader);
  const headerEncoding = fromHeader !== null ? webEncoding(fromHeader) : null;
  const fromMeta = headerEncoding === null ? charsetFromMeta(bytes) : null;
  const encoding = headerEncoding ?? (fromMeta !== null ? metaEncoding(fromMeta) : null);
  const declared = encoding !== null ? (headerEncoding !== null ? fromHeader : fromMeta) : null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (encoding !== null && encoding !== 'utf-8') return decodeAs(buf, encoding);
  if (isValidUtf8(bytes)) return buf.toString('utf8');
  // Declared UTF-8 (or nothing) but not valid UTF-8: a few stray bytes are replaced; a
  // legacy page without a declaration is most likely Windows-1252.
  const lossy = buf.toString('utf8');
  if (replacementShare(lossy) <= MAX_REPLACEMENT_SHARE) return lossy;
  if (!declared) return decodeAs(buf, 'windows-1252');
  throw new KernpunkteError('BAD_ENCODING', `The page says it is ${declared} but its bytes are not; it cannot be decoded.`, {
    charset: declared,
  });
}
