import { createRequire } from 'node:module';

// `stopword` v3 ships no types of its own and an outdated @types package (pulled in by a peer
// summarizer) declares v1's API, so the lists are loaded untyped and checked here.
const require = createRequire(import.meta.url);
const lists = require('stopword') as Record<string, unknown>;

/** The stopword package's list for an ISO 639-3 code. */
export function stopwordList(iso6393: string): readonly string[] {
  const list = lists[iso6393];
  if (!Array.isArray(list)) throw new Error(`stopword has no list "${iso6393}"`);
  return Object.freeze(list.filter((w): w is string => typeof w === 'string'));
}
