import { LETTER, MARK, NUMBER, charClass, codePointClass } from '../lang/chars.js';
import { languagePack, type LanguagePack } from '../lang/index.js';
import { isPhotoCaption } from '../segment/index.js';
import { COHERENCE_DATA, DEICTIC_TIME, NEUTRAL_CAPTION_MARKS, NOT_PRONOUNS, type CoherenceData } from './data.js';

/**
 * The coherence stage: does a sentence (or a bullet) stand alone, or does its meaning depend on
 * a sentence it does not carry? One left-to-right read of the characters (by the character
 * table, no regex) finds its quotation marks, words and reported forms; then the rules read the
 * words. Selection passes flagged sentences over (or makes them whole with the
 * sentence before), and `kernpunkte eval coherence` counts the flags of every method's bullets.
 */
export type CoherenceReason =
  /** Opens with a pronoun or demonstrative whose referent is elsewhere ("Er", "Diese Entscheidung", "The move"). */
  | 'pronoun'
  /** Opens with a discourse connective that needs the sentence before ("Zudem", "But"). */
  | 'connective'
  /** Reported speech (German Konjunktiv I, English "would") with no speaker or source in the sentence. */
  | 'speakerless-speech'
  /** A quotation with no speaker, or the tail of one that began in another sentence. */
  | 'quote-fragment'
  /** A photo or video caption, or a credit line. */
  | 'caption';

export const COHERENCE_REASONS: readonly CoherenceReason[] = Object.freeze(['pronoun', 'connective', 'speakerless-speech', 'quote-fragment', 'caption']);

export interface CoherenceFlag {
  reason: CoherenceReason;
  /** The words that raised it ("Er", "schließe", "Zudem"). */
  evidence: string;
}

const NO_DATA: CoherenceData = {
  pronouns: [],
  weakPronouns: [],
  pronounVerbs: [],
  demonstratives: [],
  backReferences: [],
  reportedForms: [],
  sourceWords: [],
  sourcePrefixes: [],
  conditionals: [],
  cataphoric: [],
  complementizers: [],
  captionOpeners: [],
  innerConnectives: [],
  speakerPronouns: [],
};

/** Per-language lookup tables, built once: sets for the word lists, the pack's connectives split into words. */
interface Tables {
  pack: LanguagePack;
  data: CoherenceData;
  pronouns: Set<string>;
  weak: Set<string>;
  pronounVerbs: Set<string>;
  demonstratives: Set<string>;
  backReferences: Set<string>;
  reported: Set<string>;
  sources: Set<string>;
  /** Speaker-verb prefixes by their first UTF-16 code (an empty prefix, which any word has, under -1). */
  sourcePrefixes: Map<number, string[]>;
  captions: Set<string>;
  /** Connectives as word sequences by their first word, longest first. */
  connectives: Map<string, string[][]>;
  /** Every first word `pronounOpener` reads further for: a connective's first word, a pronoun, a weak pronoun, "The". */
  openers: Set<string>;
  /** Every quotation mark of the pack, opening or closing: the scan skips all other characters at once. */
  quoteChars: Set<string>;
  /** The same by UTF-16 code: a table for ASCII, a set above. */
  asciiQuotes: Uint8Array;
  quoteCodes: Set<number>;
  /** Per UTF-16 code, 1 for the marks `scanText` hands to `quoteMark`: the pack's marks but the ASCII apostrophe (one read per character, no set lookup). */
  scanQuotes: Uint8Array;
  /** Per UTF-16 code, what `scanText` needs to know of it (the `SCAN_*` bits), filled as codes are first met: one read per character. */
  scanCodes: Uint8Array;
  /** Marks that close some pair. */
  closers: Set<string>;
  /** The pack quotes with the ASCII apostrophe ('…'): a sentence may open with such a quotation (see `leadingApostropheQuote`). */
  apostropheQuotes: boolean;
  /** Proximal demonstratives and the time nouns that make them point at the time of writing (DEICTIC_TIME). */
  deicticDeterminers: Set<string>;
  deicticNouns: Set<string>;
  /** Subject pronouns that point back right after the verb that follows such a time phrase (verb-second languages). */
  deicticAfterVerb: Set<string>;
  /**
   * Any reported form as a whole word, case-insensitive (`isReportedRun` reads one without it
   * when the forms are lowercase Latin-1 letters); anchored, for a single word.
   */
  reportedPattern: RegExp | null;
  /**
   * The reported forms by their first UTF-16 code, when all are lowercase Latin-1 letters: a word
   * of Latin-1 characters is compared with them lowercased (see `isReportedRun`); else null.
   */
  latinForms: Array<string[] | undefined> | null;
  /** Shortest and longest reported form (UTF-16 codes). */
  reportedMin: number;
  reportedMax: number;
}

const tables = new Map<string, Tables>();

/** Words by their first UTF-16 code (the empty word under -1), in their order. */
function byFirstCode(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const first = w.length > 0 ? w.charCodeAt(0) : -1;
    out.set(first, [...(out.get(first) ?? []), w]);
  }
  return out;
}

/** Lowercase Latin-1 words by their first UTF-16 code, in their order, in an array of 256: a word's first code reads its candidates without a map. */
function byLatinCode(words: readonly string[]): Array<string[] | undefined> {
  const out = new Array<string[] | undefined>(256).fill(undefined);
  for (const [first, forms] of byFirstCode(words)) out[first] = forms;
  return out;
}

function byFirstWord(seqs: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const seq of [...seqs].sort((a, b) => b.length - a.length)) out.set(seq[0]!, [...(out.get(seq[0]!) ?? []), seq]);
  return out;
}

function tablesFor(lang: string): Tables {
  let t = tables.get(lang);
  if (t) return t;
  const pack = languagePack(lang);
  const data = COHERENCE_DATA[lang] ?? NO_DATA;
  t = {
    pack,
    data,
    // A pack's anaphora list joins the pronouns when the language has no coherence data of its own.
    pronouns: new Set([...data.pronouns, ...(COHERENCE_DATA[lang] ? [] : pack.anaphora.filter((w) => !NOT_PRONOUNS[lang]?.includes(w)))]),
    weak: new Set(data.weakPronouns),
    pronounVerbs: new Set(data.pronounVerbs),
    demonstratives: new Set(data.demonstratives),
    backReferences: new Set(data.backReferences),
    reported: new Set(data.reportedForms),
    sources: new Set([...data.sourceWords, ...data.conditionals]),
    sourcePrefixes: byFirstCode(data.sourcePrefixes),
    captions: new Set(data.captionOpeners),
    connectives: byFirstWord(pack.connectives.map((c) => c.split(/\s+/u))),
    openers: new Set(),
    quoteChars: new Set(pack.quotes.flat()),
    asciiQuotes: Uint8Array.from({ length: 128 }, (_, c) => (pack.quotes.flat().includes(String.fromCharCode(c)) ? 1 : 0)),
    quoteCodes: new Set(pack.quotes.flat().filter((q) => q.length === 1).map((q) => q.charCodeAt(0))),
    scanQuotes: new Uint8Array(65536),
    scanCodes: new Uint8Array(65536),
    closers: new Set(pack.quotes.map(([, close]) => close)),
    apostropheQuotes: pack.quotes.some(([open, close]) => open === "'" && close === "'"),
    deicticDeterminers: new Set(DEICTIC_TIME[lang]?.determiners ?? []),
    deicticNouns: new Set(DEICTIC_TIME[lang]?.nouns ?? []),
    deicticAfterVerb: new Set(DEICTIC_TIME[lang]?.afterVerb ?? []),
    reportedPattern: data.reportedForms.length ? new RegExp(`^(?:${data.reportedForms.join('|')})$`, 'iu') : null,
    latinForms: data.reportedForms.every((f) => LATIN_LOWER.test(f)) ? byLatinCode(data.reportedForms) : null,
    reportedMin: Math.min(...data.reportedForms.map((f) => f.length)),
    reportedMax: Math.max(0, ...data.reportedForms.map((f) => f.length)),
  };
  t.openers = new Set([...t.connectives.keys(), ...t.pronouns, ...t.weak, 'The', 'the']);
  for (let c = 0; c < 128; c++) if (c !== 39 && t.asciiQuotes[c] === 1) t.scanQuotes[c] = 1;
  for (const c of t.quoteCodes) if (c >= 128) t.scanQuotes[c] = 1;
  if (tables.size > 64) tables.clear();
  tables.set(lang, t);
  return t;
}

/** Any of NEUTRAL_CAPTION_MARKS, in one search of the sentence. */
const CAPTION_MARK = new RegExp(NEUTRAL_CAPTION_MARKS.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), 'u');

/** Lowercase Latin-1 letters: for a character up to U+00FF, matching one of them case-insensitively is having it as `toLowerCase()`. */
const LATIN_LOWER = /^[a-z\u00df-\u00f6\u00f8-\u00ff]+$/u;

/** `charClass` bit of a surrogate pair read as one code point (the chars.ts flags leave it free). */
const PAIR = 64;
const ALNUM = LETTER | NUMBER;

/** The class flags (chars.ts) of the code point at `i`, a surrogate pair as one, as a regex with the `u` flag reads it; PAIR set for a pair. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return codePointClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | PAIR;
  }
  return charClass(c);
}

/**
 * Where the word that starts at `i` ends, as `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*\/u` reads it
 * (`i` starts a word: a letter or a digit); by the character table, no regex.
 */
function wordEnd(text: string, i: number, f: number): number {
  const n = text.length;
  for (;;) {
    i += (f & PAIR) !== 0 ? 2 : 1;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45) {
      f = 0;
      continue;
    }
    f = classAt(text, i);
    if ((f & (ALNUM | MARK)) === 0) return i;
  }
}

/** Where the next word starts at or after `i` (a letter or a digit), or the text's length; its class flags in `nextFlags`. */
let nextFlags = 0;
function wordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const f = classAt(text, i);
    if ((f & ALNUM) !== 0) {
      nextFlags = f;
      return i;
    }
    i += (f & PAIR) !== 0 ? 2 : 1;
  }
  return n;
}

/**
 * Whether the run of letters and digits text[start, end) is a reported form, case-insensitively.
 * `/(?<![\p{L}\p{N}])(?:forms)(?![\p{L}\p{N}])/iu` finds a form where a whole such run is one,
 * so `scanText` asks for each run: a run of Latin-1 characters (`latin`) is compared lowercased
 * (the same answer for lowercase Latin-1 forms), any other is tested with the anchored pattern.
 */
function isReportedRun(text: string, start: number, end: number, latin: boolean, t: Tables): boolean {
  // A match is as long as its form: every character a form's letters match case-insensitively is one UTF-16 code.
  if (end - start < t.reportedMin || end - start > t.reportedMax) return false;
  return latin && t.latinForms !== null ? isLatinForm(text, start, end, t.latinForms) : t.reportedPattern!.test(text.slice(start, end));
}

/** `toLowerCase()` of a UTF-16 code up to U+00FF: A–Z, À–Ö and Ø–Þ lowered, the rest as is. */
function lowerLatin(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** Whether text[start, end) (Latin-1 characters), lowercased, is one of the forms; no string is cut. */
function isLatinForm(text: string, start: number, end: number, forms: ReadonlyArray<string[] | undefined>): boolean {
  const candidates = forms[lowerLatin(text.charCodeAt(start))];
  if (candidates === undefined) return false;
  for (const form of candidates) {
    if (form.length !== end - start) continue;
    let k = 1;
    while (k < form.length && form.charCodeAt(k) === lowerLatin(text.charCodeAt(start + k))) k++;
    if (k === form.length) return true;
  }
  return false;
}

/** Words read of a sentence that needs no full scan: a connective, the opener and the first clause's particles. */
const OPENER_WORDS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
  /** Inside a quotation. */
  quoted: boolean;
}

/** What one read of a text finds (see `scanText`). */
interface Scanned {
  /** Quoted ranges, outermost, by a stack over the pack's quote pairs. */
  ranges: Array<[number, number]>;
  /** A close came without an opening (the tail of a quotation from another sentence). */
  unopened: boolean;
  /** A quotation is left open at the end. */
  unclosed: boolean;
  /** A reported form occurs as a whole word (see `isReportedRun`). */
  reported: boolean;
  /** Words found (as `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*\/gu` finds them): their bounds are in `wordStarts` and `wordEnds` until the next scan. */
  count: number;
}

let wordStarts = new Int32Array(128);
let wordEnds = new Int32Array(128);

/**
 * One left-to-right read of a text, by the character table: its quotation marks (a stack over
 * the pack's quote pairs: a mark that closes the open quotation closes it, a mark that opens
 * opens), its words, and whether a reported form occurs (a whole run of letters and digits).
 */
function scanText(text: string, t: Tables): Scanned {
  const q = { stack: [] as Array<{ close: string; at: number }>, ranges: [] as Array<[number, number]>, unopened: false };
  const forms = t.reportedPattern !== null;
  let reported = false;
  let count = 0;
  let word = -1;
  let run = -1;
  let latin = true;
  const n = text.length;
  const codes = t.scanCodes;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let g = codes[c]!;
    if (g === 0) g = scanCode(c, t);
    // Most codes are Latin-1 letters inside a word: they change nothing below.
    if (g === (SCAN_FILLED | SCAN_ALNUM) && word >= 0 && run >= 0) {
      i++;
      continue;
    }
    let len = 1;
    if ((g & SCAN_HIGH) !== 0 && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      g = SCAN_NOT_LATIN | classBits(codePointClass(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000));
      len = 2;
    }
    // A run of letters and digits: a reported form is one whole run.
    if ((g & SCAN_ALNUM) !== 0) {
      if (run < 0) {
        run = i;
        latin = true;
      }
      if ((g & SCAN_NOT_LATIN) !== 0) latin = false;
    } else if (run >= 0) {
      if (forms && !reported) reported = isReportedRun(text, run, i, latin, t);
      run = -1;
    }
    // A word goes on with letters, digits, marks, apostrophes and hyphens (see `wordEnd`).
    if (word >= 0) {
      if ((g & (SCAN_ALNUM | SCAN_MARK | SCAN_JOINER)) === 0) {
        count = addWord(count, word, i);
        word = -1;
      }
    } else if ((g & SCAN_ALNUM) !== 0) word = i;
    if ((g & SCAN_QUOTE) !== 0) quoteMark(text, i, t, q);
    i += len;
  }
  if (run >= 0 && forms && !reported) reported = isReportedRun(text, run, n, latin, t);
  if (word >= 0) count = addWord(count, word, n);
  return { ranges: q.ranges, unopened: q.unopened, unclosed: q.stack.length > 0, reported, count };
}

/** `scanText`'s bits of a UTF-16 code: a letter or digit, a combining mark, an apostrophe or hyphen (words go on over them), one of the marks it hands to `quoteMark`, a high surrogate, above U+00FF. */
const SCAN_ALNUM = 1;
const SCAN_MARK = 2;
const SCAN_JOINER = 4;
const SCAN_QUOTE = 8;
const SCAN_HIGH = 16;
const SCAN_NOT_LATIN = 32;
const SCAN_FILLED = 128;

/** The class bits of `charClass` flags as `scanText` reads them. */
function classBits(f: number): number {
  return ((f & ALNUM) !== 0 ? SCAN_ALNUM : 0) | ((f & MARK) !== 0 ? SCAN_MARK : 0);
}

/** Fills in the `scanCodes` entry of a code met for the first time. */
function scanCode(c: number, t: Tables): number {
  let g = SCAN_FILLED | classBits(charClass(c));
  if (c === 39 || c === 0x2019 || c === 45) g |= SCAN_JOINER;
  if (t.scanQuotes[c] === 1) g |= SCAN_QUOTE;
  if (c >= 0xd800 && c <= 0xdbff) g |= SCAN_HIGH;
  if (c > 0xff) g |= SCAN_NOT_LATIN;
  return (t.scanCodes[c] = g);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function addWord(count: number, start: number, end: number): number {
  if (count === wordStarts.length) {
    const starts = new Int32Array(count * 2);
    const ends = new Int32Array(count * 2);
    starts.set(wordStarts);
    ends.set(wordEnds);
    wordStarts = starts;
    wordEnds = ends;
  }
  wordStarts[count] = start;
  wordEnds[count] = end;
  return count + 1;
}

/** One of the pack's quotation marks (not the ASCII apostrophe) at `i`: opens, closes, or marks the tail of a quotation. */
function quoteMark(text: string, i: number, t: Tables, q: { stack: Array<{ close: string; at: number }>; ranges: Array<[number, number]>; unopened: boolean }): void {
  const stack = q.stack;
  const ch = text[i]!;
  const top = stack[stack.length - 1];
  // ’ is an apostrophe unless it closes an open ‘…’.
  if (ch === '’' && top?.close !== '’') return;
  if (top && top.close === ch) {
    stack.pop();
    if (stack.length === 0) q.ranges.push([top.at, i + 1]);
    return;
  }
  const closesSome = t.closers.has(ch);
  // A mark that can close (“ in German) right after a word, with nothing open, is the tail of a
  // quotation from another sentence, not an opening.
  if (closesSome && stack.length === 0 && i > 0 && /[\p{L}\p{N}.,!?…]/u.test(text[i - 1]!) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) {
    q.unopened = true;
    return;
  }
  for (const [open, close] of t.pack.quotes) {
    if (open === ch && open !== "'") {
      stack.push({ close, at: i });
      return;
    }
  }
  if (closesSome && stack.length === 0 && ch !== '’') q.unopened = true;
}

/** The first `limit` words of the last scan of `text`, each marked quoted when inside one of `ranges` or after `unclosedFrom`. */
function wordsOf(text: string, scanned: Scanned, unclosedFrom: number, limit: number): Word[] {
  const out: Word[] = [];
  const ranges = scanned.ranges;
  let r = 0;
  for (let k = 0; k < scanned.count && k < limit; k++) {
    const start = wordStarts[k]!;
    const end = wordEnds[k]!;
    while (r < ranges.length && ranges[r]![1] <= start) r++;
    const inRange = r < ranges.length && ranges[r]![0] < start;
    out.push({ text: text.slice(start, end), start, end, quoted: inRange || start > unclosedFrom });
  }
  return out;
}

/** The words of a text as `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*\/gu` finds them (exported for the test that says so). */
export function coherenceWords(text: string): string[] {
  return wordsOf(text, scanText(text, tablesFor('und')), Infinity, Infinity).map((w) => w.text);
}

/** Whether `scanText` reads the UTF-16 code as one of the language's quotation marks (exported for the test that compares its table with the pack). */
export function scansAsQuoteMark(code: number, lang: string): boolean {
  return tablesFor(lang).scanQuotes[code] === 1;
}

/** Whether a reported form (of the language's coherence data) occurs as a whole word (exported for the test that compares it with the pattern). */
export function hasReportedForm(text: string, lang: string): boolean {
  return scanText(text, tablesFor(lang)).reported;
}

function startsWithWords(ws: Word[], from: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (ws[from + k]?.text !== seq[k]) return false;
  return true;
}

/**
 * Why a sentence or bullet does not stand alone: one flag per reason found, in the order of the
 * reasons; empty when it stands alone. A leading connective with a comma ("However, …") is the
 * one shaping removes, so the words after it are checked as the opener instead.
 * @example
 * checkCoherence('Russland schließe „für sich eine Zusammenarbeit“ nicht aus.', 'de')
 * // [{ reason: 'speakerless-speech', evidence: 'schließe' }]
 */
export function checkCoherence(text: string, lang: string): CoherenceFlag[] {
  const t = tablesFor(lang);
  const flags: CoherenceFlag[] = [];
  const trimmed = text.trim();
  const q = scanText(trimmed, t);
  const firstOpen = q.unclosed ? lastOpenStart(trimmed, q.ranges) : Infinity;
  // Most sentences need only their first words (openers, inner particles); all words only when a
  // reported form occurs, the sentence opens with a quotation, or a pronoun may point forward.
  const reported = q.reported;
  const full = reported || t.quoteChars.has(trimmed[0] ?? '') || (q.count > 0 && t.data.cataphoric.includes(trimmed.slice(wordStarts[0], wordEnds[0])));
  // A quotation in 'single quotes' at the start counts as one for the rules on quotations (its
  // speaker, a quotation with none), but its opener is still read: "'He was given tablets,' his
  // mother said." leans on the sentence before as "He was given tablets." does.
  const quoteEnd = leadingApostropheQuote(trimmed, t);
  const scanned = quoteEnd < 0 ? q : { ...q, ranges: [[0, quoteEnd] as [number, number], ...q.ranges.filter(([s]) => s >= quoteEnd)] };
  const ws = wordsOf(trimmed, scanned, firstOpen, full ? Infinity : OPENER_WORDS);
  if (ws.length === 0) return flags;

  // Opener: skip a leading quotation mark or bracket; a connective with a comma is cut by shaping.
  let first = 0;
  for (const seq of t.connectives.get(ws[0]!.text) ?? []) {
    if (!startsWithWords(ws, 0, seq)) continue;
    const after = trimmed.slice(ws[seq.length - 1]!.end).trimStart();
    if (after.startsWith(',')) first = seq.length;
    else flags.push({ reason: 'connective', evidence: seq.join(' ') });
    break;
  }
  // "This week, …", "Esta semana …": the time phrase stands alone; the word after it is the opener.
  const deictic = ws[first] !== undefined && !ws[first]!.quoted && isDeicticTime(capitalise(ws[first]!.text), ws[first + 1]?.text, trimmed.slice(ws[first + 1]?.end ?? trimmed.length), t);
  if (deictic) first += 2;
  const opener = ws[first];
  const next = ws[first + 1];
  const openerQuoted = opener?.quoted === true;
  if (opener && (!openerQuoted || quoteEnd > 0) && flags.length === 0) {
    const word = first > 0 ? capitalise(opener.text) : opener.text;
    if (t.pronouns.has(word) && !(t.data.cataphoric.includes(word) && namesSpeakerLater(ws, first + 1, t, trimmed))) {
      flags.push({ reason: 'pronoun', evidence: t.demonstratives.has(word) && next ? `${word} ${next.text}` : word });
    } else if (t.weak.has(word) && next && t.pronounVerbs.has(next.text)) {
      flags.push({ reason: 'pronoun', evidence: `${word} ${next.text}` });
    } else if ((word === 'The' || word === 'the') && next && t.backReferences.has(next.text.toLowerCase())) {
      flags.push({ reason: 'pronoun', evidence: `${word} ${next.text}` });
    } else if (deictic && next && !next.quoted && t.deicticAfterVerb.has(next.text)) {
      // "Diese Woche hat er abgesagt": the verb comes second, its subject after it.
      flags.push({ reason: 'pronoun', evidence: next.text });
    }
  }

  // "Seine Helfer aber fühlen sich …", "The plan, however, failed": a particle in the first clause
  // (within the first four words) that contrasts with or adds to the sentence before; read in a
  // 'single-quoted' opening quotation too, as its opener is.
  if (flags.length === 0) {
    for (let k = first + 1; k < Math.min(ws.length, first + 4); k++) {
      const w = ws[k]!;
      if ((!w.quoted || w.end <= quoteEnd) && t.data.innerConnectives.includes(w.text) && inFirstClause(trimmed, ws[first]!.start, w)) {
        flags.push({ reason: 'connective', evidence: w.text });
        break;
      }
    }
  }

  // A quotation whose only speaker is a pronoun: „…“, sagte er. / "…," she said.
  if (opener && openerQuoted && flags.length === 0) {
    const after = ws.filter((w) => !w.quoted).slice(0, 2);
    const pronoun = after.find((w) => t.data.speakerPronouns.includes(w.text));
    if (pronoun && !namesSpeakerLater(ws, 0, t, trimmed)) flags.push({ reason: 'pronoun', evidence: pronoun.text });
  }

  // Reported speech needs a speaker or source outside the quotation, in this sentence. A word
  // that is a reported form is one as a whole word: without `reported` there is none.
  if (reported) {
    let form: string | null = null;
    for (let k = 1; k < ws.length && form === null; k++) {
      const w = ws[k]!;
      if (!w.quoted && t.reported.has(w.text.toLowerCase())) form = w.text;
    }
    // Only a sentence with a reported form is searched for its speaker (the costlier test).
    let source = false;
    for (let k = 0; form !== null && k < ws.length; k++) {
      const w = ws[k]!;
      if (w.quoted) continue;
      const lower = w.text.toLowerCase();
      if (t.sources.has(lower) || isSourceVerb(lower, t.sourcePrefixes) || isSoAttribution(trimmed, w, lower)) {
        source = true;
        break;
      }
    }
    // German reported clauses start after a comma or at the sentence start; both are covered by the scan.
    if (form !== null && !source) flags.push({ reason: 'speakerless-speech', evidence: form });
  }

  // A quotation that fills the sentence with no speaker outside it, or a quotation's tail.
  if (q.unopened) flags.push({ reason: 'quote-fragment', evidence: trimmed.slice(0, 24) });
  else if (ws.every((w) => w.quoted)) flags.push({ reason: 'quote-fragment', evidence: trimmed.slice(0, 24) });

  // Captions: "Foto: …", "Pictured: …", credit marks, or a photo's label or a picture marker without
  // a final mark ("Accused: Dr X, 38, …", "X (left) poses with Y"): see the segmenter's rule 2c.
  const head = ws[0]!;
  const afterHead = trimmed.slice(head.end).trimStart();
  if ((t.captions.has(head.text) && (afterHead.startsWith(':') || afterHead.startsWith('|') || head.text === 'Pictured')) || CAPTION_MARK.test(trimmed) ||
      isPhotoCaption(trimmed, { lang })) {
    flags.push({ reason: 'caption', evidence: head.text });
  }
  return flags;
}

/**
 * Whether `checkCoherence` flags the text `pronoun` (the default scorer reads this for every
 * candidate; the other reasons only for the few selection reaches). Most sentences are told by
 * their first two words (see `pronounOpener`) and skip the full check.
 */
export function opensWithPronoun(text: string, lang: string): boolean {
  return pronounOpener(text, lang) ?? checkCoherence(text, lang).some((f) => f.reason === 'pronoun');
}

/** Every quotation mark `quoteMark` or `lastOpenStart` may read, besides the pack's own: `["„“”»«‚‘‹›]`. */
const ANY_QUOTE = new Set([...'"„“”»«‚‘‹›'].map((ch) => ch.charCodeAt(0)));

/** Whether a UTF-16 code is one of the pack's quotation marks or of ANY_QUOTE. */
function isQuoteMark(c: number, t: Tables): boolean {
  return (c < 128 ? t.asciiQuotes[c] === 1 : t.quoteCodes.has(c)) || ANY_QUOTE.has(c);
}

/**
 * Whether `checkCoherence` flags the text `pronoun`, read from its first words as the full check
 * reads its opener; null when only the full check can tell: a quotation mark before the first
 * word (a quote whose speaker may be a pronoun), a connective with a comma (the opener is the
 * word after it), or a pronoun that may point forward to a speaker named later.
 */
export function pronounOpener(text: string, lang: string): boolean | null {
  const t = tablesFor(lang);
  const start = wordStart(text, 0);
  if (start >= text.length) return false;
  const firstEnd = wordEnd(text, start, nextFlags);
  const w = text.slice(start, firstEnd);
  // The ASCII apostrophe is no quotation mark to the full check (`scanText` and `lastOpenStart` skip it).
  // …unless it opens a 'single-quoted' quotation (see `leadingApostropheQuote`).
  for (let i = 0; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 ? t.apostropheQuotes : isQuoteMark(c, t)) return null;
  }
  // Most sentences open with a word none of the tests below reads further for.
  if (!t.openers.has(w)) return false;
  const ws: string[] = [w];
  const ends: number[] = [firstEnd];
  const wordAt = (k: number): string | undefined => {
    while (ws.length <= k) {
      const from = wordStart(text, ends[ends.length - 1]!);
      if (from >= text.length) break;
      const end = wordEnd(text, from, nextFlags);
      ws.push(text.slice(from, end));
      ends.push(end);
    }
    return ws[k];
  };
  // "This week …": the opener is the word after the time phrase, for the full check to read.
  if (t.deicticDeterminers.has(w) && wordAt(1) !== undefined && isDeicticTime(w, ws[1], text.slice(ends[1]), t)) return null;
  const seqs = t.connectives.get(w);
  if (seqs) {
    // As `checkCoherence` reads a connective opener: without a comma it is the flag (and no
    // pronoun is looked for); with one, the word after it is the opener.
    for (const seq of seqs) {
      let k = 0;
      while (k < seq.length && wordAt(k) === seq[k]) k++;
      if (k === seq.length) return text.slice(ends[k - 1]).trimStart().startsWith(',') ? null : false;
    }
  }
  if (t.pronouns.has(w)) {
    if (!t.data.cataphoric.includes(w)) return true;
    // "Er unterstütze …, sagte Kim": flagged unless a speaker is named later. With no quotation
    // mark in the text no word is quoted, and that search needs only the words.
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 39 && c !== 0x2019 && isQuoteMark(c, t)) return null;
    }
    return !namesSpeakerLater(wordsOf(text, { ...scanText(text, t), ranges: [] }, Infinity, Infinity), 1, t, text);
  }
  const weak = t.weak.has(w);
  const the = w === 'The' || w === 'the';
  if (!weak && !the) return false;
  // "Das ist …", "The move …": the opener's flag depends on the word after it.
  const next = wordAt(1);
  if (next === undefined) return false;
  return (weak && t.pronounVerbs.has(next)) || (the && t.backReferences.has(next.toLowerCase()));
}

/**
 * Whether a demonstrative and the word after it name the time of writing ("This week", "Diese
 * Woche", "Este 2025,"; see DEICTIC_TIME): `rest` is the text after the second word.
 */
function isDeicticTime(determiner: string, noun: string | undefined, rest: string, t: Tables): boolean {
  if (noun === undefined || !t.deicticDeterminers.has(determiner)) return false;
  return t.deicticNouns.has(noun.toLowerCase()) || (/^(?:1[89]|20)\d\d$/u.test(noun) && rest.startsWith(','));
}

/** Marks a quotation in 'single quotes' ends with, before its closing apostrophe. */
const APOSTROPHE_QUOTE_END = new Set([',', '.', '!', '?', '…']);

/**
 * Where a quotation opened by an ASCII apostrophe at the start of the text ends (just after its
 * closing mark), or -1. English outlets (the Daily Mail) quote in 'single quotes', which
 * `scanText` can't tell from apostrophes elsewhere ("don't", "players' "); at the start, before
 * a letter, it opens, and the first one after , . ! ? or … and before a space or the end closes:
 * "'It was tough,' said Neil." A quotation left open is left to the other rules.
 */
function leadingApostropheQuote(text: string, t: Tables): number {
  if (!t.apostropheQuotes || text.charCodeAt(0) !== 39 || (classAt(text, 1) & ALNUM) === 0) return -1;
  for (let i = text.indexOf("'", 2); i > 0; i = text.indexOf("'", i + 1)) {
    if (APOSTROPHE_QUOTE_END.has(text[i - 1]!) && (i + 1 === text.length || /\s/u.test(text[i + 1]!))) return i + 1;
  }
  return -1;
}

/** No comma before the word since the opener, unless the word stands between commas (", however,"). */
function inFirstClause(text: string, from: number, w: Word): boolean {
  const before = text.slice(from, w.start);
  if (!before.includes(',')) return true;
  return before.trimEnd().endsWith(',') && text.slice(w.end).trimStart().startsWith(',');
}

/** Where the quotation left open at the end began (its words count as quoted). */
function lastOpenStart(text: string, ranges: Array<[number, number]>): number {
  const last = ranges.length ? ranges[ranges.length - 1]![1] : 0;
  for (let i = last; i < text.length; i++) if (ANY_QUOTE.has(text.charCodeAt(i))) return i;
  return Infinity;
}

/**
 * "…, sagte Kim" / "…,” said Smith": a speaker verb set after the clause (a comma or a quotation
 * mark just before it) and followed (within two words) by a capitalised name outside any
 * quotation. A verb right after the pronoun has the pronoun for its speaker ("He said: 'I …'",
 * "Er betonte, Maduro …"), and a capitalised word after it is no name for the pronoun.
 */
function namesSpeakerLater(ws: Word[], from: number, t: Tables, text: string): boolean {
  for (let k = from; k < ws.length - 1; k++) {
    const w = ws[k]!;
    if (w.quoted) continue;
    const lower = w.text.toLowerCase();
    if (!t.sources.has(lower) && !isSourceVerb(lower, t.sourcePrefixes)) continue;
    if (!afterClause(text, w.start, t) || t.data.complementizers.includes(lower) || t.data.conditionals.includes(lower)) continue;
    for (let j = k + 1; j <= k + 2 && j < ws.length; j++) {
      const name = ws[j]!;
      if (!name.quoted && isCapitalised(name.text) && !t.pronouns.has(name.text) && !t.weak.has(name.text)) return true;
    }
  }
  return false;
}

/** Whether the last character before `at` that is no space is a comma or a quotation mark (the ASCII apostrophe included). */
function afterClause(text: string, at: number, t: Tables): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 44 || c === 39 || isQuoteMark(c, t);
}

function isSourceVerb(lower: string, prefixes: ReadonlyMap<number, readonly string[]>): boolean {
  if (prefixes.has(-1)) return true;
  const candidates = prefixes.get(lower.charCodeAt(0));
  if (candidates !== undefined) for (const p of candidates) if (lower.startsWith(p)) return true;
  return false;
}

/** German ", so Putin" / ", so der Minister": "so" after a comma, followed by a capitalised word or an article. */
function isSoAttribution(text: string, w: Word, lower: string): boolean {
  if (lower !== 'so') return false;
  let i = w.start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (text[i] !== ',' && !/["“”»«]/u.test(text[i] ?? '')) return false;
  const rest = text.slice(w.end).trimStart();
  return /^\p{Lu}/u.test(rest) || /^(?:der|die|das|ein|eine)\s/u.test(rest);
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** True when nothing in the text needs a sentence it does not carry. */
export function standsAlone(text: string, lang: string): boolean {
  return checkCoherence(text, lang).length === 0;
}
