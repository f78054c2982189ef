/**
 * The greedy extractive oracle: the best a sentence picker could do against this reference.
 * It cheats (it reads the reference), which is the point: it is the ceiling the methods are
 * measured against, as the "Lead-3 … oracle" rows of summarization papers are.
 */
import { rougeN } from './rouge.js';

export interface OracleOptions {
  /** Most sentences to pick. */
  max: number;
  /** Tokenizer used for the objective; the same one the scores use. */
  tokenize: (text: string) => string[];
}

/**
 * Greedily adds the sentence that most raises ROUGE-1 F + ROUGE-2 F against the reference,
 * until nothing raises it or `max` sentences are taken. Returns indices in document order.
 * @example greedyOracle(['A b.', 'C d.', 'E f.'], ['C d.'], { max: 2, tokenize }) // [1]
 */
export function greedyOracle(sentences: readonly string[], reference: readonly string[], options: OracleOptions): number[] {
  const ref = reference.flatMap((r) => options.tokenize(r));
  const toks = sentences.map((s) => options.tokenize(s));
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < options.max) {
    let pick = -1;
    let pickScore = best;
    for (let i = 0; i < toks.length; i++) {
      if (chosen.includes(i)) continue;
      const cand = [...chosen, i].sort((a, b) => a - b).flatMap((k) => toks[k] ?? []);
      const score = rougeN(ref, cand, 1).f + rougeN(ref, cand, 2).f;
      if (score > pickScore) {
        pick = i;
        pickScore = score;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
    best = pickScore;
  }
  return chosen.sort((a, b) => a - b);
}
