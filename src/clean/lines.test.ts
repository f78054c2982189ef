/**
 * `splitLines` finds "\n" breaks with `indexOf` when the text has no other kind of line break:
 * the lines must be those the one regex over every kind of break gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { OTHER_BREAKS, splitLines, type Line } from './01-lines.js';

/** The regex way for any text: each break ends a line, "\r\n" is one break. */
function byRegex(text: string): Line[] {
  const isSpace = (c: number): boolean =>
    c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 ||
    c === 0xfeff || c === 0xad || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
  const lines: Line[] = [];
  let group = 0;
  let sawBlank = false;
  let i = 0;
  const re = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
  for (;;) {
    const m = re.exec(text);
    const j = m ? m.index : text.length;
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (sawBlank && lines.length > 0) group++;
      sawBlank = false;
      lines.push({ start: s, end: e, text: text.slice(s, e), index: lines.length, group });
    } else sawBlank = true;
    if (!m) break;
    i = j + m[0].length;
  }
  return lines;
}

test('OTHER_BREAKS are the breaks of the regex besides "\\n"', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(/[\n\r\v\f\u0085\u2028\u2029]/.test(ch) && ch !== '\n', OTHER_BREAKS.includes(ch), `U+${c.toString(16)}`);
  }
});

test('splitLines gives the lines of the regex over every kind of break', () => {
  const pieces = ['Satz.', 'Wort', ' ', '\t', '\u00a0', '\u200b', '\n', '\n\n', ' \n ', '\r', '\r\n', '\n\r', '\v', '\f', '\u0085', '\u2028', '\u2029', '„Zitat“', 'ä'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => assert.deepEqual(splitLines(t), byRegex(t))), { numRuns: 20000 });
  // "\n"-only text, the common case, with blank-line runs and trailing breaks.
  const lfOnly = fc.array(fc.constantFrom('Satz.', 'Wort', ' ', '\n', '\n\n', ' \n \n', '\t'), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(fc.property(lfOnly, (t) => assert.deepEqual(splitLines(t), byRegex(t))), { numRuns: 20000 });
});
