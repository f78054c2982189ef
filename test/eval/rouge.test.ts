import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { lcsIndices, rougeAll, rougeL, rougeLsum, rougeN } from '../../src/eval/rouge.js';
import { asSentences, rougeScoreStemmer, scoreItems } from '../../src/eval/score.js';
import { compatTokens } from '../../src/eval/tokenize.js';

// Produced with Google's rouge-score (see the file's notes); shared by the project, not copied into the repo.
const GOLDEN = fileURLToPath(new URL('../../../shared/rouge-golden/rouge-score-golden.jsonl', import.meta.url));

interface GoldenScore {
  precision: number;
  recall: number;
  fmeasure: number;
}
interface Golden {
  id: string;
  reference: string[];
  candidate: string[];
  scores: Record<'nostem' | 'stem', Record<'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum', GoldenScore>>;
}

const golden: Golden[] = readFileSync(GOLDEN, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Golden);

describe('ROUGE matches rouge-score (compat mode) on every golden value to 4 decimals', () => {
  it('has the golden file with its synthetic and CNN/DM cases', () => {
    assert.ok(golden.length >= 80, `expected the full golden file, got ${golden.length} rows`);
  });
  for (const g of golden) {
    it(g.id, () => {
      for (const mode of ['nostem', 'stem'] as const) {
        const stemmer = mode === 'stem' ? rougeScoreStemmer() : null;
        const tok = (s: string) => compatTokens(s, stemmer);
        const got = rougeAll(asSentences(g.reference).map(tok), asSentences(g.candidate).map(tok));
        for (const key of ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const) {
          const want = g.scores[mode][key];
          const have = got[key];
          for (const [mine, theirs] of [
            [have.p, want.precision],
            [have.r, want.recall],
            [have.f, want.fmeasure],
          ] as const) {
            // The golden file rounds to 6 decimals, so compare the difference, not rounded strings.
            assert.ok(Math.abs(mine - theirs) < 5e-5, `${mode} ${key}: ${JSON.stringify(have)} vs ${JSON.stringify(want)}`);
          }
        }
      }
    });
  }
});

describe('ROUGE rules', () => {
  it('clips repeated n-grams to the reference count', () => {
    const s = rougeN(['a', 'a', 'b'], ['a', 'a', 'a', 'a'], 1);
    assert.equal(s.p, 2 / 4);
    assert.equal(s.r, 2 / 3);
  });
  it('gives 0, not NaN, when a side is empty', () => {
    for (const s of [rougeN([], ['a'], 2), rougeL(['a'], []), rougeLsum([], [['a']]), rougeLsum([[]], [['a']])]) {
      assert.deepEqual(s, { p: 0, r: 0, f: 0 });
    }
  });
  it('ROUGE-Lsum ignores sentence order where ROUGE-L does not', () => {
    const ref = [['a', 'b', 'c'], ['d', 'e', 'f']];
    const swapped = [['d', 'e', 'f'], ['a', 'b', 'c']];
    assert.equal(rougeLsum(ref, swapped).f, 1);
    assert.ok(rougeL(ref.flat(), swapped.flat()).f < 1);
  });
  it('backtracks the LCS like rouge-score (indices into the reference, ascending)', () => {
    assert.deepEqual(lcsIndices(['a', 'b', 'c', 'b'], ['b', 'c']), [1, 2]);
  });
  it('scores German in the default Unicode mode where compat mode loses the umlaut words', () => {
    const ref = ['Der Präsident traf Kim in Pjöngjang.'];
    const cand = ['Präsident trifft Kim in Pjöngjang.'];
    const unicode = scoreItems(ref, cand, { lang: 'de' });
    const compat = scoreItems(ref, cand, { lang: 'de', compat: true });
    // "präsident" and "pjöngjang" are whole tokens in Unicode mode; compat splits them into fragments.
    assert.equal(unicode.rouge1.p, 4 / 5);
    assert.notEqual(compat.rouge1.p, unicode.rouge1.p);
  });
});
