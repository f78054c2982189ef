import { cosine, norm, similarity, type RankDocument } from './document.js';

/**
 * Sentence features of the default scorer. Each is cheap and language-neutral or driven by
 * the language pack. The order here is the order of the weights table in
 * `kernpunkte-weights.ts`; `npm run fit` searches weights for them on the development sets.
 */
export const FEATURE_NAMES = Object.freeze([
  'position', // 1 / (1 + index): news puts what matters first
  'first', // the very first body sentence
  'title', // cosine to title, subtitle and description: the outlet's own statement of the topic
  'titleCoverage', // share of the title's terms the sentence contains
  'leadSimilarity', // cosine to the first sentence: on-topic where there is no title
  'centroid', // cosine to the document centroid
  'numberCount', // numbers, capped at 3, / 3: key points carry figures
  'nameCount', // capitalised words inside the sentence, capped at 6, / 6
  'length', // words / 30, capped at 2
  'quote', // opens with a quotation mark: a voice, not a fact
  'anaphora', // opens with a pronoun that points back
  // Topic signature: the mean, over the sentence's distinct terms, of how many other sentences
  // also use them, scaled by the document's highest mean. Sentences built from the story's
  // recurring words state its topic; those full of words said once are asides and detail.
  'topicDensity',
] as const);

export type FeatureName = (typeof FEATURE_NAMES)[number];

const OPEN_QUOTE = /^\s*["„“”»«‚‘'‹›]/u;

function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (text.startsWith(w)) {
      const next = text.charAt(w.length);
      if (next === '' || /[\s,;:]/u.test(next)) return true;
    }
  }
  return false;
}

/** Each candidate's mean count of other sentences sharing its distinct terms, scaled to 0–1. */
function topicDensity(doc: RankDocument): number[] {
  const df = doc.sentenceFrequency;
  const mark = new Int32Array(df.length).fill(-1);
  let max = 0;
  const density = doc.terms.map((ts, i) => {
    let shared = 0;
    let distinct = 0;
    for (const t of ts) {
      if (mark[t] === i) continue;
      mark[t] = i;
      shared += df[t]! - 1;
      distinct++;
    }
    const d = distinct > 0 ? shared / distinct : 0;
    if (d > max) max = d;
    return d;
  });
  return max > 0 ? density.map((d) => d / max) : density;
}

/** One feature row per candidate, in FEATURE_NAMES order. */
export function sentenceFeatures(doc: RankDocument): number[][] {
  const hasTitle = doc.titleVector.size > 0;
  const pack = doc.lex.pack;
  const titleNorm = norm(doc.titleVector);
  const centroidNorm = norm(doc.centroid);
  const density = topicDensity(doc);
  return doc.candidates.map((sentenceIndex, i) => {
    const s = doc.sentences[sentenceIndex]!;
    const vector = doc.vectors[i]!;
    let covered = 0;
    if (hasTitle) {
      const own = new Set(doc.terms[i]);
      for (const t of doc.titleVector.keys()) if (own.has(t)) covered++;
    }
    const opener = s.text.replace(/^["„“”»«‚‘'‹›(\s]+/u, '');
    return [
      1 / (1 + i),
      i === 0 ? 1 : 0,
      hasTitle ? cosine(vector, doc.titleVector, doc.norms[i], titleNorm) : 0,
      hasTitle ? covered / doc.titleVector.size : 0,
      i === 0 ? 1 : similarity(doc, i, 0),
      cosine(vector, doc.centroid, doc.norms[i], centroidNorm),
      Math.min(doc.numberCounts[i]!, 3) / 3,
      Math.min(doc.nameCounts[i]!, 6) / 6,
      Math.min(doc.wordCounts[i]! / 30, 2),
      OPEN_QUOTE.test(s.text) ? 1 : 0,
      startsWithAny(opener, pack.anaphora) ? 1 : 0,
      density[i]!,
    ];
  });
}
