import type { Ranker } from './ranker.js';

/** The baseline every news summarizer is measured against: the first N sentences. */
export const lead: Ranker = {
  name: 'lead',
  description: 'Lead-N baseline: the first sentences of the article.',
  redundancy: 0,
  needs: 'positions',
  score: (doc) => doc.candidates.map((_, i) => -i),
};
