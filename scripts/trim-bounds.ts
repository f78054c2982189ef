/**
 * What trimming (src/shape/trim.ts) is worth, and what any trimming of the default's bullets
 * could be worth: ROUGE-1 / ROUGE-2 F1 at 3 bullets on the four development sets, the shipped
 * model's picks (in-sample), the fit script's tokens and scorer.
 *   npx tsx scripts/trim-bounds.ts   (or: node --import tsx scripts/trim-bounds.ts)
 * Rows: Lead-3; the picks as whole sentences; trimmed as shipped; trimmed with the guards but
 * no recurrence test (every tail after an opener cut); and two oracles that know the reference
 * and greedily make any cut that raises R1 + R2 (upper bounds, not methods): cuts at the clause
 * boundaries trimming uses, and any comma-, dash- or bracket-delimited piece removed.
 */
import { LEAD, SHIPPED, groupBySet, load } from './fit-scorer.js';
import { rougeN } from '../src/eval/rouge.js';
import { tokenizerFor } from '../src/eval/score.js';
import { scoreFeatures } from '../src/rank/index.js';
import { candidateTailCut, distinctTailCuts, trimmedSentence } from '../src/shape/trim.js';
import { pickSentences } from '../src/summarize/index.js';

type Item = ReturnType<typeof load>[number];

function picks(it: Item, m: typeof SHIPPED): number[] {
  return pickSentences(it.doc, scoreFeatures(it.rows, m.weights), 3, m.redundancy, it.reasons, m.standAlone ? { coherence: it.coherence, maxOverlap: m.maxOverlap } : {}).sort((a, b) => a - b);
}

/** Greedy reference oracle: apply any offered cut that raises R1 + R2 until none does. */
function oracle(it: Item, texts: string[], cuts: (text: string) => Array<[number, number]>, tok: (t: string) => string[]): [number, number] {
  const score = (ts: string[]): [number, number] => {
    const can = ts.flatMap(tok);
    return [rougeN(it.ref, can, 1).f, rougeN(it.ref, can, 2).f];
  };
  let best = score(texts);
  for (let improved = true; improved; ) {
    improved = false;
    for (let k = 0; k < texts.length; k++) {
      for (const [s, e] of cuts(texts[k]!)) {
        const next = texts.slice();
        next[k] = texts[k]!.slice(0, s) + texts[k]!.slice(e);
        const r = score(next);
        if (r[0] + r[1] > best[0] + best[1] + 1e-9) [best, texts, improved] = [r, next, true];
      }
    }
  }
  return best;
}

/** Prefix cuts at a comma or semicolon before a space or a spaced dash, keeping the final stop. */
function clauseCuts(text: string): Array<[number, number]> {
  const stop = /[.!?]$/u.test(text) ? text.length - 1 : text.length;
  return [...text.matchAll(/[,;](?= )| [–—-](?= )/gu)].map((m) => [m.index!, stop] as [number, number]);
}

/** Any piece between two boundaries (or from one to the end), and any bracketed aside. */
function pieceCuts(text: string): Array<[number, number]> {
  const b = [...text.matchAll(/[,;(] | [–—-] /gu)].map((m) => m.index!);
  const stop = /[.!?]$/u.test(text) ? text.length - 1 : text.length;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < b.length; i++) {
    for (let j = i + 1; j < b.length; j++) out.push([b[i]!, b[j]!]);
    out.push([b[i]!, stop]);
  }
  for (const m of text.matchAll(/ \([^()]*\)/gu)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

const rows: Record<string, string[]> = {};
for (const [set, its] of groupBySet(load())) {
  const sums: Record<string, [number, number, number]> = {};
  const add = (row: string, r: [number, number], tokens: number): void => {
    const s = (sums[row] ??= [0, 0, 0]);
    s[0] += r[0];
    s[1] += r[1];
    s[2] += tokens;
  };
  for (const it of its) {
    const tok = tokenizerFor({ lang: it.doc.article.lang });
    const score = (texts: string[]): [[number, number], number] => {
      const can = texts.flatMap(tok);
      return [[rougeN(it.ref, can, 1).f, rougeN(it.ref, can, 2).f], can.length];
    };
    const textOf = (c: number): string => it.doc.sentences[it.doc.candidates[c]!]!.text;
    add('Lead-3', ...score(picks(it, LEAD).map(textOf)));
    const p = picks(it, SHIPPED);
    const whole = p.map(textOf);
    add('default, whole sentences', ...score(whole));
    const trimmed = (limits?: { maxRecurringShare: number }): string[] => {
      const cuts = distinctTailCuts(it.doc, p, (c) => candidateTailCut(it.doc, c, limits));
      return p.map((c) => trimmedSentence(it.doc.sentences[it.doc.candidates[c]!]!, cuts.get(c)!).text);
    };
    add('trimmed (shipped)', ...score(trimmed()));
    add('trimmed, no recurrence test', ...score(trimmed({ maxRecurringShare: 1.01 })));
    const o1 = oracle(it, whole, clauseCuts, tok);
    add('oracle: any clause-boundary prefix', o1, 0);
    add('oracle: any comma/dash/bracket piece', oracle(it, whole, pieceCuts, tok), 0);
  }
  for (const [row, [r1, r2, t]] of Object.entries(sums)) {
    const n = its.length;
    (rows[row] ??= []).push(`${((100 * r1) / n).toFixed(2)} / ${((100 * r2) / n).toFixed(2)}${t ? ` (${(t / n).toFixed(0)} tokens)` : ''}`);
  }
  process.stderr.write(`${set} done\n`);
}
console.log(`| | de-news-teaser-fundus | xx-news-teaser-fundus | en-cnndm-frank | en-xsum-frank |\n| --- | --- | --- | --- | --- |`);
for (const [row, cells] of Object.entries(rows)) console.log(`| ${row} | ${cells.join(' | ')} |`);
