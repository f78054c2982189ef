import { pagerank } from './graph.js';
import type { Ranker } from './ranker.js';

/** TextRank (Mihalcea & Tarau 2004): PageRank over shared-word overlap normalised by log lengths. */
export const textrank: Ranker = {
  name: 'textrank',
  description: 'TextRank: PageRank over a sentence graph weighted by word overlap.',
  redundancy: 0,
  needs: 'terms',
  score(doc) {
    const sets = doc.terms.map((t) => new Set(t));
    const n = sets.length;
    const w = sets.map(() => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = sets[i]!;
        const b = sets[j]!;
        if (a.size < 2 || b.size < 2) continue;
        let overlap = 0;
        for (const t of a) if (b.has(t)) overlap++;
        if (overlap === 0) continue;
        const s = overlap / (Math.log(a.size) + Math.log(b.size));
        w[i]![j] = s;
        w[j]![i] = s;
      }
    }
    return pagerank(w);
  },
};
