import { checkCoherence, type CoherenceFlag } from '../coherence/index.js';
import type { RankDocument } from './document.js';

const cache = new WeakMap<RankDocument, CoherenceFlag[][]>();

/** The coherence stage's flags for every candidate, computed once per document (features and selection both read them). */
export function candidateFlags(doc: RankDocument): CoherenceFlag[][] {
  let flags = cache.get(doc);
  if (!flags) {
    const lang = doc.article.lang;
    flags = doc.candidates.map((i) => checkCoherence(doc.sentences[i]!.text, lang));
    cache.set(doc, flags);
  }
  return flags;
}

/**
 * Per candidate that does not stand alone (`usable` false), the candidate that makes it whole: the
 * sentence just before it in the same paragraph, when that one is usable and the two together
 * stand alone (it names the speaker or the referent). Undefined for the rest. Selection may then
 * pick the pair as one bullet, and the summary prints it citing both sentences.
 */
export function wholePartners(doc: RankDocument, usable: (candidate: number) => boolean): Array<number | undefined> {
  const lang = doc.article.lang;
  return doc.candidates.map((i, c) => {
    if (c === 0 || usable(c) || !usable(c - 1)) return undefined;
    const s = doc.sentences[i]!;
    const p = doc.sentences[doc.candidates[c - 1]!]!;
    if (p.paragraph !== s.paragraph || p.index !== s.index - 1) return undefined;
    return checkCoherence(`${p.text} ${s.text}`, lang).length === 0 ? c - 1 : undefined;
  });
}
