import type { RankDocument } from './document.js';

/**
 * One ranking method. `score` returns one number per candidate (higher is better);
 * `redundancy` > 0 turns on MMR selection so that bullets say different things.
 */
export interface Ranker {
  name: string;
  description: string;
  score(doc: RankDocument): number[];
  /** MMR trade-off: 0 = plain top-N, 1 = only novelty matters. */
  redundancy: number;
}
