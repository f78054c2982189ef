import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bootstrapMean, pairedBootstrap, seededRandom } from '../../src/eval/bootstrap.js';

const rand = seededRandom(7);
const scores = Array.from({ length: 120 }, () => 20 + 30 * rand());

describe('bootstrapMean', () => {
  it('contains the sample mean and is a proper interval', () => {
    const ci = bootstrapMean(scores);
    const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
    assert.ok(Math.abs(ci.mean - mean) < 1e-9);
    assert.ok(ci.lo < ci.mean && ci.mean < ci.hi, JSON.stringify(ci));
    // Roughly ±2 standard errors (sd of U(20,50) ≈ 8.7, n = 120 → se ≈ 0.8).
    assert.ok(ci.hi - ci.lo > 1.5 && ci.hi - ci.lo < 5, JSON.stringify(ci));
  });
  it('is deterministic for a seed and moves with another seed', () => {
    assert.deepEqual(bootstrapMean(scores), bootstrapMean(scores));
    assert.notDeepEqual(bootstrapMean(scores, { seed: 1 }), bootstrapMean(scores, { seed: 2 }));
  });
  it('collapses for fewer than two values', () => {
    assert.deepEqual(bootstrapMean([5]), { mean: 5, lo: 5, hi: 5 });
    assert.deepEqual(bootstrapMean([]), { mean: 0, lo: 0, hi: 0 });
  });
  it('narrows with a lower confidence level', () => {
    const wide = bootstrapMean(scores, { level: 0.99 });
    const narrow = bootstrapMean(scores, { level: 0.8 });
    assert.ok(narrow.hi - narrow.lo < wide.hi - wide.lo);
  });
});

describe('pairedBootstrap', () => {
  it('finds a consistent improvement significant and no difference not', () => {
    const better = scores.map((s) => s + 1 + rand());
    const up = pairedBootstrap(better, scores);
    assert.ok(up.lo > 0 && up.pNotBetter < 0.01, JSON.stringify(up));
    const same = pairedBootstrap(scores, scores);
    assert.equal(same.mean, 0);
    assert.equal(same.pNotBetter, 1);
  });
});
