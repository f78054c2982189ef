/**
 * What the harness can evaluate, behind one small interface: the library's own rankers (through
 * `summarizeText`, exactly as users call it), two baselines (seeded random sentences; the greedy
 * oracle as the ceiling) and the npm peers. Unknown names fail with the list of valid ones.
 */
import { KernpunkteError } from '../errors.js';
import { splitSentences } from '../segment/index.js';
import { seededRandom } from './bootstrap.js';
import type { EvalRecord } from './jsonl.js';
import { loadLibrary, type Library } from './library.js';
import { greedyOracle } from './oracle.js';
import { loadPeers, PEER_NAMES } from './peers.js';

export interface MethodContext {
  bullets: number;
  /** The run's tokenizer (the oracle optimizes what is scored). */
  tokenize: (text: string) => string[];
}

export interface EvalMethod {
  name: string;
  kind: 'library' | 'baseline' | 'peer';
  description: string;
  /** The candidate items (bullets or sentences) for one article. */
  run(record: EvalRecord, ctx: MethodContext): Promise<string[]>;
}

/** The library's method names as the contract lists them; used when the library cannot say itself. */
export const LIBRARY_METHODS: readonly string[] = Object.freeze(['kernpunkte', 'lead', 'textrank', 'lexrank', 'centroid']);
export const BASELINES: readonly string[] = Object.freeze(['random', 'oracle']);
/** `eval summaries` without --method runs these. */
export const DEFAULT_METHODS: readonly string[] = Object.freeze([...LIBRARY_METHODS, ...BASELINES, ...PEER_NAMES]);

/** Seed of the random baseline; mixed with each article id, so one article's pick does not depend on the others. */
const RANDOM_SEED = 20241;

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sentencesOf(text: string, lang: string): string[] {
  return splitSentences(text, { lang }).map((s) => s.text);
}

function randomBaseline(): EvalMethod {
  return {
    name: 'random',
    kind: 'baseline',
    description: 'random sentences (seeded per article), in document order',
    async run(record, { bullets }) {
      const sents = sentencesOf(record.text, record.lang);
      const rand = seededRandom(hashString(record.id) ^ RANDOM_SEED);
      // Partial Fisher–Yates: the first `bullets` slots are a uniform sample.
      const idx = sents.map((_, i) => i);
      const k = Math.min(bullets, idx.length);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(rand() * (idx.length - i));
        [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
      }
      return idx
        .slice(0, k)
        .sort((a, b) => a - b)
        .map((i) => sents[i] ?? '');
    },
  };
}

function oracleBaseline(): EvalMethod {
  return {
    name: 'oracle',
    kind: 'baseline',
    description: 'greedy extractive oracle (reads the reference: the ceiling for sentence pickers)',
    async run(record, { bullets, tokenize }) {
      const sents = sentencesOf(record.text, record.lang);
      return greedyOracle(sents, record.summary, { max: bullets, tokenize }).map((i) => sents[i] ?? '');
    },
  };
}

function libraryMethod(lib: Library, name: string, description: string): EvalMethod {
  return {
    name,
    kind: 'library',
    description,
    async run(record, { bullets }) {
      const summary = lib.summarizeText(
        { text: record.text, title: record.title ?? null, lang: record.lang },
        { bullets, method: name, lang: record.lang },
      );
      return summary.bullets.map((b) => b.text);
    },
  };
}

export interface ResolvedMethods {
  methods: EvalMethod[];
  /** Requested methods that cannot run here, with the reason. */
  skipped: Record<string, string>;
}

/**
 * Turns method names into runnable methods. Names nobody knows throw UNKNOWN_METHOD with the valid
 * list; known ones that cannot run (a peer that fails to load, the library not ready) are skipped
 * with the reason so the rest of the run still happens.
 */
export async function resolveMethods(names: readonly string[] = DEFAULT_METHODS): Promise<ResolvedMethods> {
  const skipped: Record<string, string> = {};
  let lib: Library | null = null;
  let libNames: { name: string; description: string }[] = LIBRARY_METHODS.map((name) => ({ name, description: '' }));
  try {
    lib = await loadLibrary();
    libNames = lib.methods();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    for (const n of names) if (LIBRARY_METHODS.includes(n)) skipped[n] = reason;
  }
  const valid = [...libNames.map((m) => m.name), ...BASELINES, ...PEER_NAMES];
  const unknown = names.filter((n) => !valid.includes(n));
  if (unknown.length) {
    throw new KernpunkteError('UNKNOWN_METHOD', `unknown method ${unknown.map((n) => `"${n}"`).join(', ')}; must be one of ${valid.join(', ')}`, {
      unknown,
      valid,
    });
  }
  const wantedPeers = names.filter((n) => PEER_NAMES.includes(n));
  const loaded = wantedPeers.length ? await loadPeers(wantedPeers) : { peers: [], skipped: {} };
  Object.assign(skipped, loaded.skipped);
  const methods: EvalMethod[] = [];
  for (const name of new Set(names)) {
    if (skipped[name]) continue;
    if (name === 'random') methods.push(randomBaseline());
    else if (name === 'oracle') methods.push(oracleBaseline());
    else if (name.startsWith('peer:')) {
      const peer = loaded.peers.find((p) => p.name === name);
      if (!peer) continue;
      methods.push({
        name,
        kind: 'peer',
        description: peer.description,
        async run(record, { bullets }) {
          const out = await peer.summarize({ text: record.text, title: record.title ?? null, lang: record.lang, sentences: bullets });
          // Re-split with our splitter so every method's output is cut into sentences the same way.
          // Item by item: some peers strip the final full stop, and a splitter may then glue two items.
          return out.flatMap((item) => {
            const parts = sentencesOf(item, record.lang);
            return parts.length || !item.trim() ? parts : [item.trim()];
          });
        },
      });
    } else if (lib) {
      methods.push(libraryMethod(lib, name, libNames.find((m) => m.name === name)?.description ?? ''));
    }
  }
  return { methods, skipped };
}
