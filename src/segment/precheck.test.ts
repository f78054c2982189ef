/**
 * The boundary rules test cheap necessary conditions before their lookups and patterns: a word
 * too long for any abbreviation, one without a final digit, one without an inner period or a
 * Roman first letter. Each must rule out only what the full test would rule out too.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEGMENT_DATA, langData, lookupAbbreviation } from './data/index.js';
import { DOTTED_INITIALISM, ROMAN } from './rules/08-initials.js';
import { DAY_MONTH, DIGITS, RANGE } from './rules/09-numbers.js';
import { abbreviationKind, stemKind } from './rules/07-abbreviations.js';
import { BOUNDARY_RULES, decide, nextCandidate, type Candidate, type RuleContext, type Verdict } from './rules/index.js';
import { SEGMENT_TUNING } from './tuning.js';
import { isSpace, isUpper } from './chars.js';
import type { AbbreviationKind } from './data/index.js';

/** abbreviationKind as written before the length bound: every lookup made. */
function reference(c: Candidate, ctx: RuleContext): AbbreviationKind | undefined {
  const table = ctx.data.abbreviations;
  const lookup = (key: string): AbbreviationKind | undefined => {
    const hit = table.get(key);
    if (hit !== undefined) return hit;
    const first = key[0];
    if (first === undefined || !isUpper(first)) return undefined;
    return table.get(first.toLowerCase() + key.slice(1));
  };
  if (c.prevWord === '') return undefined;
  let key = `${c.prevWord}.`;
  let found = lookup(key);
  let start = c.prevWordStart;
  for (let n = 1; n < ctx.data.maxAbbreviationTokens; n++) {
    let e = start;
    while (e > ctx.sentenceStart && isSpace(ctx.text[e - 1])) e--;
    if (e === start || ctx.text[e - 1] !== '.') break;
    let s = e - 1;
    while (s > ctx.sentenceStart && e - s <= SEGMENT_TUNING.maxAbbreviationPartChars && !isSpace(ctx.text[s - 1])) s--;
    if (e - s > SEGMENT_TUNING.maxAbbreviationPartChars) break;
    key = ctx.text.slice(s, e) + key;
    found = lookup(key) ?? found;
    start = s;
  }
  return found;
}

/** Every candidate of a text, with the context the rules see (one sentence from the start). */
function candidates(text: string, lang: string): Array<[Candidate, RuleContext]> {
  const ctx: RuleContext = { text, data: langData(lang), sentenceStart: 0, chunkStart: 0, chunkEnd: text.length };
  const out: Array<[Candidate, RuleContext]> = [];
  const cursor = { at: -1 };
  for (let from = 0; ; ) {
    const c = nextCandidate(text, from, text.length, cursor);
    if (!c) break;
    out.push([c, ctx]);
    from = c.end;
  }
  return out;
}

const ABBREVIATIONS = Object.values(SEGMENT_DATA).flatMap((d) => Object.values(d.abbreviations).flat());
const PIECES = [...ABBREVIATIONS, ...ABBREVIATIONS.map((a) => a.toUpperCase()), 'Z.', 'İ.', 'Regierung.', 'Straßenbahn.', 'x', '3.', '24.06.', 'XIV.', 'U.S.', ' ', ' ', '. ', 'Die', 'the', '–3.'];

test('abbreviationKind with its length bound answers as every lookup does', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.constantFrom(...Object.keys(SEGMENT_DATA)), (parts, lang) => {
      const text = parts.join('');
      for (const [c, ctx] of candidates(text, lang)) assert.equal(abbreviationKind(c, ctx), reference(c, ctx), `${lang}: ${JSON.stringify(text)} at ${c.at}`);
    }),
    { numRuns: 3000 },
  );
  const file = new URL('../../../shared/data/sbd-de-gsd-dev.jsonl', import.meta.url);
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const text = String(JSON.parse(line).text);
    for (const lang of ['de', 'en', 'und']) for (const [c, ctx] of candidates(text, lang)) assert.equal(abbreviationKind(c, ctx), reference(c, ctx));
  }
});

const WORD = fc.array(fc.constantFrom('1', '24', '2020', '.', '-', '–', 'I', 'V', 'X', 'i', 'a', 'Ä', '𝐀', 'ß', 's'), { maxLength: 8 }).map((p) => p.join(''));

test('a word that does not end in a digit matches no number pattern', () => {
  fc.assert(
    fc.property(WORD, (w) => {
      const last = w.charCodeAt(w.length - 1);
      if (last >= 48 && last <= 57) return;
      assert.ok(!DIGITS.test(w) && !RANGE.test(w) && !DAY_MONTH.test(w), w);
    }),
    { numRuns: 5000 },
  );
});

test('a dotted initialism has a period; a Roman numeral starts with I, V or X', () => {
  fc.assert(
    fc.property(WORD, (w) => {
      if (!w.includes('.')) assert.ok(!DOTTED_INITIALISM.test(w), w);
      if (!'IVX'.includes(w[0] ?? '-')) assert.ok(!ROMAN.test(w), w);
    }),
    { numRuns: 5000 },
  );
});

/** decide as written first: the rules in the order of `BOUNDARY_RULES`, the first verdict wins. */
function referenceDecide(c: Candidate, ctx: RuleContext): Verdict {
  for (const rule of BOUNDARY_RULES) {
    const v = rule(c, ctx);
    if (v !== undefined) return v;
  }
  return 'split';
}

// Texts that reach every rule: colons, strong marks, abbreviations, initials, numbers, closers, lower case.
const DECIDE_PIECES = [...PIECES, ': ', 'Er sagte: ', '! ', '?! ', '…', '“ ', '») ', '(', '[', ', ', 'und', 'aber', '1.) ', '12. ', 'Mai', 'Bayerns', '– ', 'I.', 'J. ', 'Mr.', 'Dr.', '\n'];

test('decide gives the first verdict of BOUNDARY_RULES in their order', () => {
  const check = (text: string, lang: string): void => {
    for (const [c, base] of candidates(text, lang)) {
      // The sentence may have started at any earlier boundary: try the text's start and the candidate's word.
      for (const sentenceStart of [0, c.prevWordStart]) {
        const ctx = { ...base, sentenceStart };
        assert.equal(decide(c, ctx), referenceDecide(c, ctx), `${lang}: ${JSON.stringify(text)} at ${c.at} from ${sentenceStart}`);
      }
    }
  };
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...DECIDE_PIECES), { maxLength: 14 }), fc.constantFrom(...Object.keys(SEGMENT_DATA), 'und'), (parts, lang) =>
      check(parts.join(''), lang),
    ),
    { numRuns: 3000 },
  );
  const file = new URL('../../../shared/data/sbd-de-gsd-dev.jsonl', import.meta.url);
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const text = String(JSON.parse(line).text);
    for (const lang of ['de', 'en', 'fr', 'und']) check(text, lang);
  }
});

test('the stem map answers as the lookup with the final period, for capitals of every kind', () => {
  // Capitals whose lower case is another letter, two units ("İ"), a sign ("K" Kelvin), a title case ("ǅ"), beyond the table ("Ա"), astral ("𐐀").
  const FIRSTS = ['V', 'v', 'Z', 'İ', 'i', 'K', 'k', 'Å', 'ǅ', 'ǆ', 'Σ', 'Ա', 'ա', 'Ꭰ', '𐐀', 'Ä', 'ä', 'S', 'ẞ', ''];
  const REST = ABBREVIATIONS.map((a) => a.replace(/\s+/g, '').slice(1, -1));
  for (const lang of Object.keys(SEGMENT_DATA)) {
    const data = langData(lang);
    const words = [...data.abbreviations.keys()].map((k) => k.slice(0, -1)).flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
    for (const first of FIRSTS) for (const rest of REST) words.push(first + rest);
    for (const w of words) {
      if (w === '') continue;
      assert.equal(stemKind(data, w), lookupAbbreviation(data.abbreviations, `${w}.`), `${lang}: ${JSON.stringify(w)}`);
    }
  }
});
