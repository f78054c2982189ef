/**
 * shapeBullet skips its whitespace and trailing-mark rewrites when they would change nothing;
 * this checks it against those rewrites done always (the former code), on random text full of
 * spaces of every kind, quote marks and stops, in every pack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { languagePack, SUPPORTED_LANGUAGES } from '../lang/index.js';
import type { Sentence } from '../types.js';
import { keptText, quoteBalance, shapeBullet, type ShapeOptions } from './index.js';

/** shapeBullet as written before, with both rewrites run on every text. */
function former(sentence: Sentence, lang: string, options: ShapeOptions): string {
  const pack = languagePack(lang);
  let text = keptText(sentence.text, options.maxWordsPerBullet).replace(/\s+/gu, ' ').trim();
  const alts = [...pack.connectives].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = alts.length ? new RegExp(`^(?:${alts.join('|')})(\\s*,)?\\s+`, 'u').exec(text) : null;
  if (m && m[1] !== undefined) text = text.slice(m[0].length).charAt(0).toLocaleUpperCase() + text.slice(m[0].length).slice(1);
  text = text.replace(/([.!?…])\s*[„»‚«“"]$/u, (all, stop: string) => (pack.quotes.some(([open]) => all.endsWith(open)) ? stop : all));
  const balance = quoteBalance(text, pack);
  if (!balance.unopened) text += balance.unclosed.join('');
  return text;
}

const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\u0085', '\ufeff', 'Wort', 'word', '.', '!', '…', '„', '“', '"', '»', '«', '‚', 'Er', ',', 'Zudem', 'However', 'Aber'];

test('shapeBullet gives what both rewrites run always give', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.constantFrom(...SUPPORTED_LANGUAGES), (parts, lang) => {
      const text = parts.join('');
      const sentence: Sentence = { text, index: 0, start: 0, end: text.length, kind: 'body', paragraph: 0, inParagraph: 0 } as Sentence;
      assert.equal(shapeBullet(sentence, languagePack(lang), {}), former(sentence, lang, {}), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 12 },
  );
});
