/**
 * Rule 2b's pattern is written with its tests reordered for speed (see `lostMarkPattern`): it
 * must find the same runs as the pattern read in the text's order, from any starting index,
 * for every pack's openers and for openers of other shapes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEGMENT_DATA } from './data/index.js';
import { lostMarkPattern, plainLostMarkPattern } from './rules/02b-lost-marks.js';

/** Every match (index and length) of a global pattern from `from` on. */
function matches(re: RegExp, text: string, from: number): string[] {
  re.lastIndex = from;
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}+${m[0].length}`);
  return out;
}

const EN = SEGMENT_DATA.en!.lostMarkOpeners!;
// Openers, their look-alikes, what may come before ("%", digits, lowercase, astral lowercase "𝐚" and digit "𝟎"),
// what may not (capitals, punctuation, a lone surrogate), and every kind of space between.
const PIECES = [...EN, 'Then', 'Theme', 'A', 'I', 'the', 'he', 'was', 'x', '2012', '%', '$20', '𝐚', '𝟎', 'Ä', 'é', '.', ',', '"', '\ud835', ' ', '  ', '\u00a0', ' \u00a0 ', '\t', '\n'];

test('lostMarkPattern finds the runs the plain pattern finds (English openers)', () => {
  const fast = lostMarkPattern(EN)!;
  const plain = plainLostMarkPattern(EN)!;
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, fc.nat(), (t, k) => {
      const from = t.length === 0 ? 0 : k % (t.length + 1);
      assert.deepEqual(matches(fast, t, from), matches(plain, t, from));
    }),
    { numRuns: 30000 },
  );
  // The glued captions the rule is for are found at all.
  assert.deepEqual(matches(fast, 'He was banned from driving The brother of the player has lost his job.', 0), ['26+1']);
});

test('lostMarkPattern equals the plain pattern for openers of any shape and every pack', () => {
  // An empty opener or one with a space in front takes the plain pattern: both must still agree.
  const word = fc.array(fc.constantFrom('T', 'h', 'e', 'x', '𝐀', '.', '|', ']', '\\', '^', '-', ' ', '\u00a0'), { maxLength: 4 }).map((p) => p.join(''));
  const openers = fc.array(word, { minLength: 1, maxLength: 4 });
  const text = fc.array(fc.constantFrom('T', 'h', 'e', 'x', 'a', '𝐀', '.', '|', ']', '\\', '^', '-', '1', '%', ' ', '\u00a0'), { maxLength: 24 }).map((p) => p.join(''));
  fc.assert(
    fc.property(openers, text, fc.nat(), (o, t, k) => {
      const from = t.length === 0 ? 0 : k % (t.length + 1);
      assert.deepEqual(matches(lostMarkPattern(o)!, t, from), matches(plainLostMarkPattern(o)!, t, from));
    }),
    { numRuns: 20000 },
  );
  for (const data of Object.values(SEGMENT_DATA)) {
    const o = data.lostMarkOpeners ?? [];
    assert.equal(lostMarkPattern(o) === null, o.length === 0);
  }
});
