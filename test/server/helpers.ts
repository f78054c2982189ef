/**
 * Test helpers: a fake summarizer with controllable timing (for 429, timeouts, shutdown), and
 * the bundled Wikinews example.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Summary, SummarizeInput, SummarizeOptions } from '../../src/types.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The CC BY Wikinews article, from examples/ in the repo (or ../shared/examples until it is bundled). */
export function exampleArticle(name = 'de-wikinews-rumaenien-parlamentswahl.txt'): string {
  const candidates = [new URL(`../../examples/${name}`, import.meta.url), new URL(`../../../shared/examples/${name}`, import.meta.url)];
  const found = candidates.find((u) => existsSync(u));
  if (!found) throw new Error(`example article ${name} not found in examples/ or ../shared/examples/`);
  // The block from the "---" line on is source/licence metadata, not article text.
  return readFileSync(found, 'utf8').split(/\n---\n/)[0]!.trim() + '\n';
}

/** A stand-in summary: the first sentences of the text, with real offsets. */
export function fakeSummary(input: SummarizeInput, options: SummarizeOptions = {}): Summary {
  const text = typeof input === 'string' ? input : 'text' in input ? input.text : 'html' in input ? input.html : input.url;
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((s) => s.text.trim() !== '');
  const n = options.bullets ?? 3;
  return {
    lang: 'de',
    title: null,
    heading: 'Zusammenfassung',
    bullets: sentences.slice(0, n).map((s, i) => ({ text: s.text.trim(), sources: [{ sentence: i, start: s.start, end: s.end }] })),
    method: options.method ?? 'fake',
    warnings: [],
    dropped: [],
  };
}

/** A summarizer whose calls wait until released; `calls` records every call. */
export function gatedSummarizer() {
  const calls: Array<{ input: SummarizeInput; options: SummarizeOptions }> = [];
  const waiting: Array<() => void> = [];
  let onCall: (() => void) | null = null;
  return {
    calls,
    summarize(input: SummarizeInput, options: SummarizeOptions): Promise<Summary> {
      calls.push({ input, options });
      onCall?.();
      return new Promise<Summary>((resolve) => waiting.push(() => resolve(fakeSummary(input, options))));
    },
    /** Resolves when the summarizer has been called `n` times in total. */
    called(n: number): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (calls.length >= n) resolve();
        };
        onCall = check;
        check();
      });
    },
    releaseAll(): void {
      for (const release of waiting.splice(0)) release();
    },
  };
}
