import { cosine, type RankDocument } from './document.js';
import { textrank } from './textrank.js';

/**
 * Sentence features of the default scorer. Each is cheap, language-neutral or driven by the
 * language pack, and roughly on a 0–1 scale so that the fitted weights are comparable.
 * The order here is the order of the weights table in `kernpunkte-weights.ts`.
 */
export const FEATURE_NAMES = Object.freeze([
  'bias',
  'first', // the very first body sentence
  'position', // 1 / (1 + index): news puts what matters first
  'relativePosition', // index / count
  'paragraphStart', // first sentence of its paragraph
  'paragraphPosition', // 1 / (1 + paragraph index)
  'centroid', // cosine to the document centroid
  'centrality', // TextRank score × count (1 = average)
  'title', // cosine to title, subtitle and description
  'length', // words / 30, capped at 2
  'short', // fewer than 8 words: fragments, captions, datelines
  'long', // more than 40 words: hard to read as a bullet
  'numbers', // share of tokens that are numbers
  'names', // share of capitalised words inside the sentence
  'quote', // opens with a quotation mark: a voice, not a fact
  'anaphora', // opens with a pronoun that points back
  'connective', // opens with a connective that needs the sentence before
  'question', // ends with a question mark
] as const);

export type FeatureName = (typeof FEATURE_NAMES)[number];

const NUMBER = /^\p{N}[\p{N}.,:]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.,:'’-]*/gu;
const OPEN_QUOTE = /^[\s]*["„“”»«‚‘'‹›]/u;

function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (text.startsWith(w)) {
      const next = text.charAt(w.length);
      if (next === '' || /[\s,;:]/u.test(next)) return true;
    }
  }
  return false;
}

/** One feature row per candidate, in FEATURE_NAMES order. */
export function sentenceFeatures(doc: RankDocument): number[][] {
  const n = doc.candidates.length;
  const centrality = textrank.score(doc);
  const hasTitle = doc.titleVector.size > 0;
  const pack = doc.lex.pack;
  return doc.candidates.map((sentenceIndex, i) => {
    const s = doc.sentences[sentenceIndex]!;
    const tokens = s.text.match(TOKEN) ?? [];
    let numbers = 0;
    let names = 0;
    tokens.forEach((t, k) => {
      if (NUMBER.test(t)) numbers++;
      else if (k > 0 && CAPITALISED.test(t) && !doc.lex.isStopword(t.toLowerCase())) names++;
    });
    const words = Math.max(doc.wordCounts[i]!, 1);
    const text = s.text.replace(/^["„“”»«‚‘'‹›(\s]+/u, '');
    return [
      1,
      i === 0 ? 1 : 0,
      1 / (1 + i),
      n > 1 ? i / (n - 1) : 0,
      s.inParagraph === 0 ? 1 : 0,
      1 / (1 + s.paragraph),
      cosine(doc.vectors[i]!, doc.centroid),
      (centrality[i] ?? 0) * n,
      hasTitle ? cosine(doc.vectors[i]!, doc.titleVector) : 0,
      Math.min(words / 30, 2),
      words < 8 ? 1 : 0,
      words > 40 ? 1 : 0,
      numbers / Math.max(tokens.length, 1),
      names / Math.max(tokens.length, 1),
      OPEN_QUOTE.test(s.text) ? 1 : 0,
      startsWithAny(text, pack.anaphora) ? 1 : 0,
      startsWithAny(text, pack.connectives) ? 1 : 0,
      /\?["“”»«']?$/u.test(s.text) ? 1 : 0,
    ];
  });
}
