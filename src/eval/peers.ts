/**
 * Other npm summarizers ("peers"), wrapped so the harness can run them beside ours on the same
 * articles and ask each for the same number of sentences. They are dev dependencies, loaded lazily;
 * one that cannot be loaded is reported as skipped with the reason, never a crash of the run.
 *
 * Each adapter returns the sentences the package picked, in the package's own output order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);

export interface PeerInput {
  text: string;
  title: string | null;
  lang: string;
  sentences: number;
}

export interface Peer {
  /** Method name in reports: `peer:<package>`. */
  name: string;
  description: string;
  summarize(input: PeerInput): Promise<string[]>;
}

interface PeerSpec {
  pkg: string;
  description: string;
  load(): Promise<(input: PeerInput) => Promise<string[]>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function fn(v: unknown, what: string): (...args: unknown[]) => unknown {
  if (typeof v !== 'function') throw new Error(`${what} is not a function`);
  return v as (...args: unknown[]) => unknown;
}

function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v)) throw new Error(`${what} did not return an array`);
  return v.map((x) => (typeof x === 'string' ? x : isRecord(x) && typeof x.text === 'string' ? x.text : String(x)));
}

/** Construct `new C(...args)` for a constructor obtained from an untyped package. */
function construct(C: unknown, what: string, ...args: unknown[]): Record<string, unknown> {
  const ctor = fn(C, what) as unknown as new (...a: unknown[]) => unknown;
  const obj: unknown = new ctor(...args);
  if (!isRecord(obj)) throw new Error(`${what} did not construct an object`);
  return obj;
}

/**
 * node-summary 1.2 ships untranspiled source that mixes `import` and `require`, which Node refuses
 * either way. Its imports are all default imports of CommonJS packages, so rewriting them to
 * `require` and compiling the file as CommonJS runs the package's own code unchanged otherwise.
 */
function loadMixedModule(entry: string): Record<string, unknown> {
  const file = require.resolve(entry);
  const source = readFileSync(file, 'utf8').replace(
    /^import\s+([\w$]+)\s+from\s+['"]([^'"]+)['"];?/gm,
    (_m, name: string, spec: string) => `const ${name} = require(${JSON.stringify(spec)});`,
  );
  const mod: { exports: Record<string, unknown> } = { exports: {} };
  const run = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  run(mod.exports, createRequire(file), mod, file, dirname(file));
  return mod.exports;
}

const SPECS: readonly PeerSpec[] = Object.freeze([
  {
    pkg: 'node-summarizer',
    description: 'node-summarizer 1.0: word-frequency sentence scoring (summarizeByFrequency)',
    async load() {
      const m: unknown = require('node-summarizer/src/Summarizer.js');
      const Summarizer = isRecord(m) ? m.Summarizer : undefined;
      return async ({ text, sentences }) => {
        const s = construct(Summarizer, 'Summarizer', text, sentences);
        // Its own listToString glues the picked sentences with no space ("world.Each"), which no
        // splitter can undo; this copy of it keeps them apart and changes nothing else.
        let picked: string[] = [];
        s.listToString = (sorted: unknown, clean: unknown) => {
          const lookup = Array.isArray(clean) && clean[1] instanceof Map ? (clean[1] as Map<unknown, unknown>) : new Map<unknown, unknown>();
          const rows = Array.isArray(sorted) ? sorted.slice(0, sentences) : [];
          picked = rows.map((row: unknown) => String(lookup.get(Array.isArray(row) ? row[1] : undefined) ?? ''));
          return picked.join(' ');
        };
        fn(s.summarizeByFrequency, 'summarizeByFrequency').call(s);
        return picked.filter((x) => x.trim());
      };
    },
  },
  {
    pkg: 'lexrank',
    description: 'lexrank 1.0: LexRank (Radev) over its own sentence split',
    async load() {
      const m: unknown = require('lexrank');
      const summarize = fn(isRecord(m) ? m.summarize : undefined, 'lexrank.summarize');
      return ({ text, sentences }) =>
        new Promise<string[]>((resolve, reject) => {
          summarize(text, sentences, (err: unknown, top: unknown) => {
            if (err) return reject(err instanceof Error ? err : new Error(String(err)));
            if (!Array.isArray(top)) return reject(new Error('lexrank returned no list'));
            // It answers in rank order; document order is what a reader gets from every other method.
            const rows = top.filter(isRecord).sort((a, b) => Number(a.index) - Number(b.index));
            resolve(strings(rows, 'lexrank'));
          });
        });
    },
  },
  {
    pkg: 'ts-textrank',
    description: 'ts-textrank 1.0: TextRank with Sørensen–Dice similarity, stop words by language',
    async load() {
      const m: unknown = require('ts-textrank');
      if (!isRecord(m)) throw new Error('ts-textrank exports nothing');
      const stop: unknown = require(require.resolve('stopword', { paths: [dirname(require.resolve('ts-textrank'))] }));
      const known = isRecord(stop) ? stop : {};
      const Summarizer = fn(m.Summarizer, 'Summarizer') as unknown as Record<string, unknown>;
      return async ({ text, lang, sentences }) => {
        const config = construct(
          m.AbsoluteSummarizerConfig,
          'AbsoluteSummarizerConfig',
          sentences,
          construct(m.SorensenDiceSimilarity, 'SorensenDiceSimilarity'),
          construct(m.DefaultTextParser, 'DefaultTextParser'),
          0.85,
          Summarizer.SORT_OCCURENCE,
        );
        const s = construct(Summarizer, 'Summarizer', config, construct(m.NullLogger, 'NullLogger'));
        // It crashes on a language its stop-word package lacks; English stop words are the least bad fallback.
        const language = Array.isArray(known[lang]) ? lang : 'en';
        return strings(fn(s.summarize, 'summarize').call(s, text, language), 'ts-textrank');
      };
    },
  },
  {
    pkg: 'node-summary',
    description: 'node-summary 1.2: sentence-intersection ranking (getSortedSentences)',
    async load() {
      const m = loadMixedModule('node-summary/lib/summary.js');
      const sorted = fn(m.getSortedSentences, 'getSortedSentences');
      return ({ text, sentences }) =>
        new Promise<string[]>((resolve, reject) => {
          try {
            sorted(text, sentences, (err: unknown, out: unknown) => {
              if (err) reject(err instanceof Error ? err : new Error(String(err)));
              else resolve(strings(out, 'node-summary'));
            });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
    },
  },
  {
    pkg: 'text-summarization',
    description: 'text-summarization 1.0: tf-idf and structure heuristics (extractive output)',
    async load() {
      // The package entry runs its CLI when loaded from ESM (module.parent is unset); the library file does not.
      const summarize = fn(require('text-summarization/lib/summarize.js'), 'text-summarization');
      return async ({ text, title, sentences }) => {
        const out: unknown = await summarize({ text, title: title ?? undefined, numSentences: sentences });
        const picked = strings(isRecord(out) ? out.extractive : undefined, 'text-summarization');
        // It puts the title in front of its picks; the title is not article text and no other method
        // gets it as a bullet, so it is dropped (the package still uses it for scoring).
        return title && picked[0]?.trim() === title.trim() ? picked.slice(1) : picked;
      };
    },
  },
]);

/** Names of all peers, loadable or not: `peer:<package>`. */
export const PEER_NAMES: readonly string[] = Object.freeze(SPECS.map((s) => `peer:${s.pkg}`));

export interface LoadedPeers {
  peers: Peer[];
  /** Peers that could not be loaded, with the reason. */
  skipped: Record<string, string>;
}

/** Loads the requested peers (all by default); failures land in `skipped`. */
export async function loadPeers(names: readonly string[] = PEER_NAMES): Promise<LoadedPeers> {
  const peers: Peer[] = [];
  const skipped: Record<string, string> = {};
  for (const spec of SPECS) {
    const name = `peer:${spec.pkg}`;
    if (!names.includes(name)) continue;
    try {
      const run = await spec.load();
      peers.push({ name, description: spec.description, summarize: run });
    } catch (e) {
      skipped[name] = `cannot load ${spec.pkg}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return { peers, skipped };
}
