/**
 * `checkText` answers most text after one scan for any suspicious character: it must refuse and
 * accept exactly as the straightforward checks (NUL, then the share of suspicious characters) do.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { KernpunkteError } from '../errors.js';
import { LIMITS, checkText } from './input.js';

/** The checks written out one after the other, each over the whole text. */
function straightforward(text: string): string {
  if (text.length > LIMITS.maxChars) throw new KernpunkteError('INPUT_TOO_LARGE', '');
  if (text.trim() === '') throw new KernpunkteError('EMPTY_INPUT', '');
  if (text.includes('\u0000')) throw new KernpunkteError('BINARY_INPUT', '');
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let suspicious = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c <= 8 || c === 11 || c === 12 || (c >= 14 && c <= 31) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd)) suspicious++;
  }
  if (suspicious / sample.length > LIMITS.maxBinaryShare) throw new KernpunkteError('BINARY_INPUT', '');
  return text;
}

function outcome(f: () => string): string {
  try {
    return `ok ${f().length}`;
  } catch (e) {
    return `error ${(e as KernpunkteError).code}`;
  }
}

// Every suspicious kind and its neighbours that are not (tab, LF, CR, space, U+00A0, U+FFFC), an astral letter.
const UNITS = ['a', 'Wort ', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\ufffd', '\ufffc', 'ä', '„', '𐐀', '\ud800', '\udc00'];

test('checkText refuses and accepts as the straightforward checks do', () => {
  const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 120 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => assert.equal(outcome(() => checkText(t)), outcome(() => straightforward(t)))),
    { numRuns: 20000 },
  );
});

test('checkText: one control character in a long text passes, many are refused, NUL always is', () => {
  const words = 'Die Regierung hat am Montag beschlossen. '.repeat(10);
  assert.equal(checkText(`${words}\u0001${words}`), `${words}\u0001${words}`);
  assert.throws(() => checkText(`${words}${'\u0001'.repeat(40)}`), { code: 'BINARY_INPUT' });
  assert.throws(() => checkText(`${words}\u0000${words}`), { code: 'BINARY_INPUT' });
  // Past the 100 000 characters sampled, control characters do not count; NUL still does.
  const long = 'x'.repeat(100_000);
  assert.equal(checkText(`${long}${'\u0001'.repeat(5000)}`).length, 105_000);
  assert.throws(() => checkText(`${long}\u0000`), { code: 'BINARY_INPUT' });
});
