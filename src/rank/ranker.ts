import { NEEDS, type DocumentNeeds, type RankDocument } from './document.js';

/**
 * One ranking method. `score` returns one number per candidate (higher is better);
 * `redundancy` > 0 turns on MMR selection so that bullets say different things.
 */
export interface Ranker {
  name: string;
  description: string;
  score(doc: RankDocument): number[];
  /**
   * For a ranker with `standAlone` (and neither `madeWhole` nor a tolerated reason): scores equal to
   * `score`'s, to the bit, for every candidate that stands alone, leaving out the work that only
   * tells apart those that don't (the default's pronoun-opener feature is 0 for every sentence that
   * stands alone). Selection takes these first and asks `score` only when too few stand alone.
   */
  scoreStandingAlone?(doc: RankDocument): number[];
  /** MMR trade-off: 0 = plain top-N, 1 = only novelty matters. */
  redundancy: number;
  /**
   * What `score` reads of the document (see `DocumentNeeds`); the rest is not built. Absent:
   * everything. Selection adds what it reads itself (see `rankerNeeds`).
   */
  needs?: DocumentNeeds;
  /**
   * Selection passes over sentences that don't stand alone (src/coherence/) while enough others
   * are left, and never picks two that state the same fact (content overlap at or above this).
   * Absent for the baselines and the published algorithms, which are measured as published.
   */
  standAlone?: {
    maxOverlap: number;
    /** Reasons that are not passed over but left to the scorer (a pronoun opener, whose referent is often the bullet before). */
    tolerate?: readonly string[];
    /** A sentence that does not stand alone may be picked together with the one before it that makes it whole, as one bullet. */
    madeWhole?: boolean;
  };
  /**
   * Bullets leave off a last clause of detail (src/shape/trim.ts) unless the caller asks for whole
   * sentences. Absent for the baselines and the published algorithms, measured as published.
   */
  trim?: boolean;
}

/** What the document must hold for a ranker: what its scores read, and what its selection reads (similarity for MMR, terms for the overlap block). */
export function rankerNeeds(ranker: Ranker): DocumentNeeds {
  let level = NEEDS.indexOf(ranker.needs ?? 'all');
  if (ranker.redundancy > 0) level = Math.max(level, NEEDS.indexOf('vectors'));
  if (ranker.standAlone) level = Math.max(level, NEEDS.indexOf('terms'));
  return NEEDS[level]!;
}
