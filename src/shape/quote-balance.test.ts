/**
 * quoteBalance jumps from quote mark to quote mark with a regex; this checks it against the plain reading of its rules
 * (the former implementation, one regex test per neighbour) on random text full of quote marks,
 * apostrophes and letters, in every pack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { languagePack, SUPPORTED_LANGUAGES, type LanguagePack } from '../lang/index.js';
import { quoteBalance } from './index.js';

const LETTER = /[\p{L}\p{N}]/u;
const FOLLOWS_WORD = /[\p{L}\p{N}.,!?…;:)]/u;

function reference(text: string, pack: LanguagePack): { unclosed: string[]; unopened: boolean } {
  const stack: string[] = [];
  let unopened = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") continue;
    let opensWith: string | null = null;
    let closer = false;
    for (const [open, close] of pack.quotes) {
      if (ch === open && opensWith === null) opensWith = close;
      if (ch === close) closer = true;
    }
    if (opensWith === null && !closer) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (ch === '’' && stack[stack.length - 1] !== '’') continue;
    if (ch === '‘' && LETTER.test(before) && LETTER.test(after)) continue;
    if (closer && stack[stack.length - 1] === ch) stack.pop();
    else if (opensWith !== null && !(closer && FOLLOWS_WORD.test(before) && !LETTER.test(after))) stack.push(opensWith);
    else unopened = true;
  }
  return { unclosed: stack.reverse(), unopened };
}

const PIECES = ['„', '“', '”', '"', "'", '‚', '‘', '’', '»', '«', '‹', '›', '「', '」', 'Wort', 'a', '1', ' ', '.', ',', '!', ')', '…', ':', 'é', '😀', '\ud800'];

test('quoteBalance reads quotes as the rules say, in every pack', () => {
  const packs = [...SUPPORTED_LANGUAGES, 'und'].map(languagePack);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.constantFrom(...packs), (parts, pack) => {
      const text = parts.join('');
      assert.deepEqual(quoteBalance(text, pack), reference(text, pack));
    }),
    { numRuns: 3000 },
  );
});
