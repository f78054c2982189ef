import { similarity } from './document.js';
import { pagerank } from './graph.js';
import type { Ranker } from './ranker.js';

/** LexRank threshold (Erkan & Radev 2004 found 0.1 best on DUC). */
export const LEXRANK = Object.freeze({ threshold: 0.1 });

/** LexRank: PageRank over the graph of tf-isf cosine similarities above a threshold. */
export const lexrank: Ranker = {
  name: 'lexrank',
  description: 'LexRank: eigenvector centrality over thresholded cosine similarity.',
  redundancy: 0,
  needs: 'vectors',
  score(doc) {
    const n = doc.vectors.length;
    const w = doc.vectors.map(() => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const s = similarity(doc, i, j);
        if (s > LEXRANK.threshold) {
          w[i]![j] = 1;
          w[j]![i] = 1;
        }
      }
    }
    return pagerank(w);
  },
};
