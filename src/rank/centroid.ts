import { cosine, norm } from './document.js';
import type { Ranker } from './ranker.js';

/** Centroid (Radev et al. 2004): similarity of each sentence to the document's mean tf-isf vector. */
export const centroid: Ranker = {
  name: 'centroid',
  description: 'Centroid: cosine similarity to the document centroid, with redundancy removal.',
  redundancy: 0.3,
  needs: 'vectors',
  score: (doc) => {
    const centroidNorm = norm(doc.centroid);
    return doc.vectors.map((v, i) => cosine(v, doc.centroid, doc.norms[i], centroidNorm));
  },
};
