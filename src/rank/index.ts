import { KernpunkteError } from '../errors.js';
import { centroid } from './centroid.js';
import { kernpunkte } from './kernpunkte.js';
import { lead } from './lead.js';
import { lexrank } from './lexrank.js';
import type { Ranker } from './ranker.js';
import { textrank } from './textrank.js';

export type { Ranker } from './ranker.js';
export { buildDocument, type RankDocument } from './document.js';
export { selectCandidates } from './select.js';
export { sentenceFeatures, FEATURE_NAMES } from './features.js';
export { scoreFeatures } from './kernpunkte.js';

export const DEFAULT_METHOD = 'kernpunkte';

const RANKERS: ReadonlyMap<string, Ranker> = new Map([kernpunkte, lead, textrank, lexrank, centroid].map((r) => [r.name, r]));

/** The ranking methods, default first. */
export function methods(): Array<{ name: string; description: string }> {
  return [...RANKERS.values()].map(({ name, description }) => ({ name, description }));
}

export function getRanker(name: string): Ranker {
  const ranker = RANKERS.get(name);
  if (!ranker) {
    const valid = [...RANKERS.keys()];
    throw new KernpunkteError('UNKNOWN_METHOD', `unknown method "${name}": must be one of ${valid.join(', ')}`, { method: name, valid });
  }
  return ranker;
}
