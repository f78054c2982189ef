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
