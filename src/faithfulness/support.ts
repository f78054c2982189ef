/**
 * Content support: every content word of the claim (not a stop word, not a number) should stand
 * in the cited sentences, by its Snowball stem, as a part of a source compound ("Regierung" in
 * "Bundesregierung"), or as a compound of source words ("Bundesregierung" from "Regierung des
 * Bundes"). Two measures come out: the share of unsupported content words, and the share of
 * adjacent content-word pairs of the claim that no single source sentence has in that order
 * (words each found somewhere, but put together in a way the source never does). A third, the
 * share of the claim's word trigrams not in the source, measures how far the wording strays.
 */
import type { Text, Token } from './text.js';
import { FAITHFULNESS_TUNING } from './tuning.js';

/** Languages that write compounds as one word. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'fi', 'is']);

export interface SourceIndex {
  /** Lowercased words. */
  words: Set<string>;
  /** Stems of the words. */
  stems: Set<string>;
  /** The lowercased words joined by spaces (substring lookups for compound parts). */
  joined: string;
  /** stem → sentence index → positions (content words only), for the pair measure. */
  positions: Map<string, Map<number, number[]>>;
  /** Runs of three lowercased words, for the share of the claim's wording the source never has. */
  trigrams: Set<string>;
}

export function indexSource(source: Text, term: (w: string) => string | null, stem: (w: string) => string): SourceIndex {
  const words = new Set<string>();
  const stems = new Set<string>();
  const positions = new Map<string, Map<number, number[]>>();
  source.tokens.forEach((t, i) => {
    words.add(t.lower);
    stems.add(stem(t.lower));
    // Hyphenated words also count by their parts ("Jong-un", "Corona-Pandemie").
    if (t.lower.includes('-')) for (const p of t.lower.split('-')) if (p) (words.add(p), stems.add(stem(p)));
    const c = term(t.text);
    if (c === null) return;
    let bySentence = positions.get(c);
    if (!bySentence) positions.set(c, (bySentence = new Map()));
    const list = bySentence.get(t.sentence);
    if (list) list.push(i);
    else bySentence.set(t.sentence, [i]);
  });
  return { words, stems, joined: ` ${[...words].join(' ')} `, positions, trigrams: trigramsOf(source) };
}

function trigramsOf(text: Text): Set<string> {
  const out = new Set<string>();
  const t = text.tokens;
  for (let i = 2; i < t.length; i++) out.add(`${(t[i - 2] as Token).lower} ${(t[i - 1] as Token).lower} ${(t[i] as Token).lower}`);
  return out;
}

/** Whether a lowercased claim word is supported by the source. */
export function isSupported(lower: string, index: SourceIndex, stem: (w: string) => string, lang: string): boolean {
  if (index.words.has(lower) || index.stems.has(stem(lower))) return true;
  // Genitive and possessive forms: "Merkels", "Scholz'", "Kim's".
  const bare = lower.replace(/(?:'s|'|s)$/, '');
  if (bare !== lower && bare.length >= 3 && index.words.has(bare)) return true;
  if (lower.includes('-') && lower.split('-').every((p) => p === '' || index.words.has(p) || index.stems.has(stem(p)))) return true;
  // Inflections the stemmer keeps apart ("kostet" and "koste"): one or two letters more than a source word.
  for (const cut of [1, 2]) {
    const head = lower.slice(0, -cut);
    if (head.length >= FAITHFULNESS_TUNING.inflectionStemLength && (index.words.has(head) || index.stems.has(head))) return true;
  }
  const min = FAITHFULNESS_TUNING.compoundPartLength;
  if (!COMPOUNDING.has(lang.slice(0, 2)) || lower.length < min) return false;
  // A part of a source compound: the claim's "Regierung" in the source's "Bundesregierung".
  const s = stem(lower);
  if (s.length >= min && index.joined.includes(s)) return true;
  // A compound of source words: head and modifier both in the source ("Bundes|regierung").
  for (let k = min - 1; k <= lower.length - min; k++) {
    const head = lower.slice(k);
    if (!(index.words.has(head) || index.stems.has(stem(head)))) continue;
    const modifier = lower.slice(0, k).replace(/(?:s|es|n|en)$/, '');
    if (modifier.length >= 3 && index.joined.includes(` ${modifier}`)) return true;
  }
  return false;
}

export interface SupportMeasure {
  /** Content words of the claim (numbers and negation words left to their own checks). */
  content: Token[];
  unsupported: Token[];
  /** Adjacent content-word pairs (both supported) and how many of them no source sentence has in order. */
  pairs: number;
  novelPairs: number;
  /** Word trigrams of the claim, and how many of them the source does not have. */
  trigrams: number;
  novelTrigrams: number;
}

export function measureSupport(
  claim: Text,
  index: SourceIndex,
  term: (w: string) => string | null,
  stem: (w: string) => string,
  lang: string,
  skip: (t: Token) => boolean,
): SupportMeasure {
  const content: Token[] = [];
  const unsupported: Token[] = [];
  const seen = new Set<string>();
  let pairs = 0;
  let novelPairs = 0;
  let prevTerm: string | null = null;
  let prevSentence = -1;
  let prev: Token | undefined;
  for (const t of claim.tokens) {
    const before = prev;
    prev = t;
    if (t.numeric || skip(t)) continue;
    // Ordinal and unit endings glued to a number ("70th", "5m") belong to the number.
    if (before?.numeric && before.end === t.start && t.text.length <= 3) continue;
    const c = term(t.text);
    if (c === null || t.lower.length < FAITHFULNESS_TUNING.minContentLength) continue;
    const supported = isSupported(t.lower, index, stem, lang);
    if (!seen.has(t.lower)) {
      seen.add(t.lower);
      content.push(t);
      if (!supported) unsupported.push(t);
    }
    if (!supported) {
      prevTerm = null;
      continue;
    }
    if (prevTerm !== null && prevSentence === t.sentence && prevTerm !== c) {
      pairs++;
      if (!inOrder(index, prevTerm, c)) novelPairs++;
    }
    prevTerm = c;
    prevSentence = t.sentence;
  }
  const claimTrigrams = trigramsOf(claim);
  let novelTrigrams = 0;
  for (const g of claimTrigrams) if (!index.trigrams.has(g)) novelTrigrams++;
  return { content, unsupported, pairs, novelPairs, trigrams: claimTrigrams.size, novelTrigrams };
}

/** Whether some source sentence has term a before term b. */
function inOrder(index: SourceIndex, a: string, b: string): boolean {
  const pa = index.positions.get(a);
  const pb = index.positions.get(b);
  // A word found only as a compound part or by its surface form has no positions: no evidence either way.
  if (!pa || !pb) return true;
  for (const [s, la] of pa) {
    const lb = pb.get(s);
    if (lb && (la[0] as number) < (lb[lb.length - 1] as number)) return true;
  }
  return false;
}
