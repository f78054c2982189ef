/**
 * The early check of a summarize request's JSON body for HTML the extractor would refuse
 * (issue 11). Refused in the worker, a 1.9 MB page of `&amp;` still cost the main thread about
 * 75 ms (JSON.parse, validation, the cache key's SHA-256, the copy to the worker), and the main
 * thread is what every other request waits for. Here the body is read as it arrives: the
 * top-level `html` member's string is picked out of the JSON (escapes decoded) and handed to
 * the extractor's own MarkupCounter, nothing else. When the counter is sure the extractor
 * would refuse the page, the request is refused with the extractor's NO_ARTICLE problem (422)
 * once the body has arrived, unparsed.
 *
 * Why the rest of the body is still read: a client that writes its whole body before reading
 * (Node's fetch) meets a closed socket instead of the answer when the server stops reading.
 * Reading on is cheap (a search for the next `"` or `\`), and it must go on anyway: JSON.parse
 * keeps the last of two `html` members, so the refusal stands only if no other one follows.
 *
 * Only what a complete, well-formed body would give is refused: a body this scan cannot follow
 * (not an object, a bad escape, cut short) is left to the JSON parser and its 400.
 */
import { Transform } from 'node:stream';
import type { KernpunkteError } from '../errors.js';
import { MarkupCounter, type MarkupLimits } from '../extract/00-limits.js';

type State =
  | 'start' // before the top-level object
  | 'firstKey' // after `{`: a key or `}`
  | 'key' // after `,`: a key
  | 'keyString'
  | 'colon'
  | 'value'
  | 'string' // a string value (the html member's, or one to skip)
  | 'nested' // an object or array value, skipped
  | 'scalar' // a number, true, false or null, skipped
  | 'next' // after a value: `,` or `}`
  | 'done' // after the top-level object
  | 'off'; // not a body this scan can follow

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = Object.freeze({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' });
/** Keys are compared with "html" only: longer ones need not be kept. */
const MAX_KEY_CHARS = 16;

/**
 * Follows a JSON body chunk by chunk, its bytes read as Latin-1: JSON's structure is ASCII,
 * and so is HTML's markup, and the tokenizer treats every other character alike, so a UTF-8
 * sequence read as several such characters changes none of its counts. Inside strings it only
 * looks for `"` and `\`: a `text` member costs a loop over its bytes.
 */
export class HtmlMemberScan {
  private state: State = 'start';
  private key = '';
  private readingHtml = false;
  /** An escape cut by the end of a chunk (`\`, `\u00`, …). */
  private escape = '';
  private depth = 0;
  private inNestedString = false;
  private nestedEscape = false;
  private counter: MarkupCounter | null = null;
  private pieces: string[] = [];
  private refusal: KernpunkteError | null = null;

  /** `limits`: the extractor's (tests pass small ones). */
  constructor(private readonly limits?: MarkupLimits) {}

  /** True once the current html member is known to be refused (it may still be replaced by a later one). */
  get refusing(): boolean {
    return this.refusal !== null;
  }

  write(bytes: Buffer): void {
    // Text only where the html is read (and for keys): one conversion per chunk, as
    // Buffer#indexOf costs a call into C++ per `"` or `\\`, and escapes are dense in the
    // attributes of any page. Strings that are only skipped are searched in the bytes.
    let text: string | null = null;
    const latin1 = (): string => (text ??= bytes.toString('latin1'));
    let i = 0;
    while (i < bytes.length && this.state !== 'off') {
      const c = bytes[i]!;
      switch (this.state) {
        case 'start':
        case 'firstKey':
        case 'key':
        case 'colon':
        case 'value':
        case 'next':
        case 'done':
          if (isWhitespace(c)) i++;
          else i = this.structural(c, i);
          break;
        case 'keyString':
          i = this.readString(latin1(), i, (piece) => {
            if (this.key.length <= MAX_KEY_CHARS) this.key += piece.slice(0, MAX_KEY_CHARS + 1);
          });
          if (i < 0) i = bytes.length;
          else if (this.state === 'keyString') this.state = 'colon';
          break;
        case 'string': {
          const reading = this.readingHtml && this.refusal === null;
          i = reading ? this.readString(latin1(), i, (piece) => this.pieces.push(piece)) : this.skipString(bytes, i);
          if (i < 0) i = bytes.length;
          else if (this.state === 'string') {
            this.state = 'next';
            if (this.readingHtml) this.feed();
            this.readingHtml = false;
          }
          break;
        }
        case 'nested':
          i = this.skipNested(bytes, i);
          break;
        case 'scalar':
          // , } or whitespace end it (and are read again as structure).
          if (c === 0x2c || c === 0x7d || isWhitespace(c)) this.state = 'next';
          else i++;
          break;
      }
    }
    if (this.readingHtml) this.feed();
  }

  /**
   * Skips string content from `b[i]`: returns the index after the closing quote, or -1 when
   * the chunk ends first. A `"` ends the string when an even number of `\\` stands before it.
   */
  private skipString(b: Buffer, i: number): number {
    if (this.escape !== '') {
      // An escape the previous chunk cut: `\\` alone escapes this chunk's first byte; the
      // rest of a cut \uXXXX holds no `"` or `\\`.
      if (this.escape.length === 1) {
        if (i >= b.length) return -1;
        i++;
      }
      this.escape = '';
    }
    const start = i;
    const backslashesBefore = (end: number): number => {
      let n = 0;
      for (let k = end - 1; k >= start && b[k] === BACKSLASH; k--) n++;
      return n;
    };
    for (;;) {
      const quote = b.indexOf(QUOTE, i);
      if (quote === -1) {
        if (backslashesBefore(b.length) % 2 === 1) this.escape = '\\';
        return -1;
      }
      if (backslashesBefore(quote) % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  /** The extractor's refusal of the (last) html member, or null: also null for a body this scan could not follow to its end. */
  end(): KernpunkteError | null {
    return this.state === 'done' ? this.refusal : null;
  }

  private structural(c: number, i: number): number {
    const ch = String.fromCharCode(c);
    switch (this.state) {
      case 'start':
        this.state = ch === '{' ? 'firstKey' : 'off';
        break;
      case 'firstKey':
      case 'key':
        if (ch === '"') {
          this.state = 'keyString';
          this.key = '';
        } else this.state = ch === '}' && this.state === 'firstKey' ? 'done' : 'off';
        break;
      case 'colon':
        this.state = ch === ':' ? 'value' : 'off';
        break;
      case 'value':
        if (ch === '"') {
          this.state = 'string';
          this.readingHtml = this.key === 'html';
          if (this.readingHtml) {
            // JSON.parse keeps the last member of a name: only the last html counts.
            this.counter = new MarkupCounter(this.limits);
            this.refusal = null;
          }
        } else if (ch === '{' || ch === '[') {
          this.state = 'nested';
          this.depth = 1;
        } else {
          this.state = 'scalar';
          return i;
        }
        break;
      case 'next':
        this.state = ch === ',' ? 'key' : ch === '}' ? 'done' : 'off';
        break;
      case 'done':
        this.state = 'off';
        break;
    }
    return i + 1;
  }

  /**
   * Reads string content from `s[i]`, handing decoded pieces to `out` (null: only skip);
   * returns the index after the closing quote, or -1 when the chunk ends first.
   */
  private readString(s: string, i: number, out: ((piece: string) => void) | null): number {
    const n = s.length;
    let quote = -2;
    let backslash = -2;
    while (i < n) {
      if (this.escape !== '') {
        // An escape the previous chunk cut: complete it a character at a time.
        this.escape += s[i++];
        if (this.escape.length === 2 && this.escape[1] !== 'u') {
          if (!this.decodeSimple(this.escape.charCodeAt(1), out)) return this.giveUp();
          this.escape = '';
        } else if (this.escape.length === 6) {
          if (!this.decodeUnicode(this.escape.slice(2), out)) return this.giveUp();
          this.escape = '';
        }
        continue;
      }
      // The next `"` and `\\` (String#indexOf: fast on long runs), each searched again once passed.
      if (quote !== -1 && quote < i) quote = s.indexOf('"', i);
      if (backslash !== -1 && backslash < i) backslash = s.indexOf('\\', i);
      const j = quote === -1 ? (backslash === -1 ? n : backslash) : backslash === -1 ? quote : Math.min(quote, backslash);
      if (out && j > i) out(s.slice(i, j));
      if (j === n) return -1;
      if (j === quote) return j + 1;
      // An escape: \x is two characters, \uXXXX six; one the chunk cuts is completed above.
      const kind = j + 1 < n ? s.charCodeAt(j + 1) : -1;
      if (kind === -1 || (kind === 0x75 && j + 6 > n)) {
        this.escape = s.slice(j);
        return -1;
      }
      if (kind === 0x75) {
        if (!this.decodeUnicode(s.slice(j + 2, j + 6), out)) return this.giveUp();
        i = j + 6;
      } else {
        if (!this.decodeSimple(kind, out)) return this.giveUp();
        i = j + 2;
      }
    }
    return -1;
  }

  private decodeSimple(kind: number, out: ((piece: string) => void) | null): boolean {
    const decoded = SIMPLE_ESCAPES[String.fromCharCode(kind)];
    if (decoded === undefined) return false;
    out?.(decoded);
    return true;
  }

  private decodeUnicode(hex: string, out: ((piece: string) => void) | null): boolean {
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) return false;
    out?.(String.fromCharCode(parseInt(hex, 16)));
    return true;
  }

  private skipNested(b: Buffer, i: number): number {
    for (; i < b.length; i++) {
      const c = b[i];
      if (this.inNestedString) {
        if (this.nestedEscape) this.nestedEscape = false;
        else if (c === BACKSLASH) this.nestedEscape = true;
        else if (c === QUOTE) this.inNestedString = false;
      } else if (c === QUOTE) this.inNestedString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if ((c === 0x7d || c === 0x5d) && --this.depth === 0) {
        this.state = 'next';
        return i + 1;
      }
    }
    return i;
  }

  /** Hands this chunk's part of the html to the counter (one write per chunk: each write may split a text run). */
  private feed(): void {
    if (this.pieces.length === 0 || this.counter === null) return;
    const piece = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces = [];
    if (this.refusal === null) this.refusal = this.counter.write(piece);
  }

  private giveUp(): number {
    this.state = 'off';
    this.refusal = null;
    this.pieces = [];
    return -1;
  }
}

/** application/json, the type whose body Fastify parses as JSON (parameters allowed). */
export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^\s*application\/json\s*(;|$)/i.test(contentType);
}

/**
 * A pass-through stream for a JSON body that fails with the extractor's refusal at its end
 * instead of ending, when the html member is one the extractor refuses. `onRefuse` runs then.
 */
export function htmlPrecheck(onRefuse: (error: KernpunkteError) => void = () => undefined): Transform {
  const scan = new HtmlMemberScan();
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      scan.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const refusal = scan.end();
      if (refusal) onRefuse(refusal);
      callback(refusal ?? undefined);
    },
  });
}
