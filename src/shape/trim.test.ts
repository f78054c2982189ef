/**
 * Trimming (src/shape/trim.ts): which tails are left off and which are not, by table; that the
 * bullet's source span is exactly the kept part of the article; and, on random sentences, that
 * trimming only ever keeps a prefix of the sentence up to a clause boundary, with its own stop.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cleanText } from '../clean/index.js';
import { languagePack, lexicon, words } from '../lang/index.js';
import { buildDocument } from '../rank/index.js';
import { articleSentences } from '../sentences/index.js';
import { summarizeText } from '../summarize/index.js';
import { isKernpunkteError } from '../errors.js';
import type { Sentence } from '../types.js';
import { TRIM, distinctTailCuts, recurringWords, tailCut, trimmedSentence } from './trim.js';

/** The context for `text` where exactly the words in `recurring` (lowercase) occur elsewhere in the article. */
function context(text: string, lang: string, recurring: readonly string[] = []): Parameters<typeof tailCut>[1] {
  const lex = lexicon(lang);
  return { lang, pack: languagePack(lang), recurs: words(text).map((w) => (lex.term(w) === null ? null : recurring.includes(w.toLowerCase()))) };
}

/** The kept text, or null when the sentence stays whole. */
function kept(text: string, lang = 'en', recurring: readonly string[] = []): string | null {
  const end = tailCut(text, context(text, lang, recurring));
  return end === null ? null : text.slice(0, end);
}

describe('tailCut: what is left off', () => {
  const cuts: Array<[string, string, string]> = [
    ['a last relative clause', 'The animal had been shot twice in the shoulder and once in its left back leg, which vets had to amputate.', 'The animal had been shot twice in the shoulder and once in its left back leg'],
    ['a last participle clause', 'Rangers manager Mark Warburton wants to alter the coaching personnel, leaving Durrant without a position at Ibrox.', 'Rangers manager Mark Warburton wants to alter the coaching personnel'],
    ['a "including" list', 'Short-format specialist Buttler has scored the three fastest centuries, including a 46-ball ton last year.', 'Short-format specialist Buttler has scored the three fastest centuries'],
    ['an aside after a spaced dash', 'Most people give up chocolate for Lent but one businesswoman decided to change the lives of others - after almost losing her own.', 'Most people give up chocolate for Lent but one businesswoman decided to change the lives of others'],
    ['at the last clause when a relative one goes on before it', 'Most trains on the old railway line run late, which the city blames on the old tracks, including the bridge near the harbour.', 'Most trains on the old railway line run late, which the city blames on the old tracks'],
    ['several clauses of detail that each go on with an opener or a name', 'The Royal party are due back in the UK on Friday evening, after a five-day tour of Poland, Germany and Austria, which began on Monday.', 'The Royal party are due back in the UK on Friday evening'],
  ];
  for (const [what, text, want] of cuts) {
    test(`cuts ${what}, at the boundary and nothing more`, () => {
      assert.equal(kept(text), want);
    });
  }
  test('cuts a German purpose clause', () => {
    const text = 'Die Stadt sperrt die Brücke über den Fluss ab dem ersten Juli für drei Monate, um die alten Pfeiler zu erneuern.';
    assert.equal(kept(text, 'de'), 'Die Stadt sperrt die Brücke über den Fluss ab dem ersten Juli für drei Monate');
  });
  test('cuts a German subordinate clause at its comma', () => {
    const text = 'Spaniens führender Telekommunikationskonzern erfreut sich im Jubiläumsjahr großer Beliebtheit bei Investoren, obwohl diese nicht unbedingt rein finanzielle Interessen verfolgen.';
    assert.equal(kept(text, 'de'), 'Spaniens führender Telekommunikationskonzern erfreut sich im Jubiläumsjahr großer Beliebtheit bei Investoren');
  });
});

describe('tailCut: what stays whole', () => {
  const whole: Array<[string, string, string?, string[]?]> = [
    ['a tail whose words the article comes back to', 'Rangers manager Mark Warburton wants to alter the coaching personnel, leaving Durrant without a position at Ibrox.', 'en', ['durrant', 'position', 'ibrox']],
    ['a tail with the speaker', 'The minister cut the fuel tax on Monday evening after weeks of protest, which the opposition said came far too late.'],
    ['a tail that is a quotation', 'The club sacked its manager on Sunday night after the heavy defeat, which fans called “long overdue”.'],
    ['a tail opened by a speech participle', 'The minister cut the fuel tax on Monday evening after weeks of protest, saying prices had risen too fast.'],
    ['a relative clause the main clause goes on after', 'Ten per cent of all journeys on the old railway line, which was rebuilt in 2014, could be affected by delays.'],
    ['an aside the main clause goes on after', 'Rode scored twice in the first half as Bayern, with two young players in the lineup, opened a big lead.'],
    ['a sentence opening with a subordinate clause', 'Although the council approved the whole budget on Monday evening, which surprised many members of the public.'],
    ['a concession with "may"', 'The team may only have been worth a mere 17 million pounds, although the left back still made it through.'],
    ['the first half of "not only …, but"', 'The company not only raised its prices for all customers this year, but also cut its services.'],
    ['a list of participles', 'You would be forgiven for thinking these colourful scenes of dancing, singing and beating drums come from Brazil.'],
    ['a kept part under the minimum', 'Prices rose sharply, which surprised nobody at all in the markets.'],
    ['a sentence without a final stop', 'The animal had been shot twice in the shoulder and once in its left back leg, which vets had to amputate'],
    ['a tail opened by "but" (often the news)', 'Two cemeteries in the north of the city still have space for new graves, but they are expected to be full by 2018.'],
    ['a tail after a name that ends like a participle', 'The trade talks between the two countries ended early on Monday, Beijing and Washington agreed nothing.'],
    ['a quotation left open in the kept part', 'He said: “We are ready for the final match of the whole season, which starts on Sunday.'],
    ['a German tail that names the speaker of reported speech in the kept part', 'Die Regierung werde die Steuern auf Benzin und Diesel senken, nachdem das Ministerium dies bestätigt hatte.', 'de'],
    ['a comma inside brackets', 'The animal had been shot twice (in the shoulder, which hurt) and once in its left back leg.'],
    ['a last piece of one word ("…, however, …")', 'Three members of that team will be missing at the Copper Box, however, offering the home side a chance of revenge.'],
    ['a German main clause after a comma (der/die/das are no openers)', 'Die restlichen 20 überlebenden israelischen Geiseln sind heute frei, der Krieg in Gaza ist vorerst vorbei.', 'de'],
    ['the first half of a German "zwar …"', 'Das neue Ticket wird zwar nicht so erfolgreich wie das alte Ticket im vergangenen Sommer, obwohl die Zahlen beeindruckend sind.', 'de'],
    ['a German tail with its source', 'Die Regierung senkt die Steuer auf Benzin und Diesel ab dem ersten Juli, nachdem die Preise gestiegen waren, wie ein Sprecher sagte.', 'de'],
    ['a language without trimming rules', 'Le conseil municipal a approuvé le budget de la ville lundi soir, ce qui a surpris beaucoup de monde.', 'fr'],
  ];
  for (const [what, text, lang, recurring] of whole) {
    test(`keeps ${what}`, () => {
      assert.equal(kept(text, lang ?? 'en', recurring ?? []), null);
    });
  }
  test('the recurring share decides at the threshold', () => {
    const text = 'Rangers manager Mark Warburton wants to alter the coaching personnel, leaving Durrant without a position.';
    // Four content words in the tail (leaving, durrant, without, position): one recurring is below the share, two are at it.
    const tail = words(text.slice(text.indexOf(', leaving'))).filter((w) => lexicon('en').term(w) !== null).map((w) => w.toLowerCase());
    assert.equal(tail.length, 4);
    const justBelow = tail.slice(0, tail.length * TRIM.maxRecurringShare - 1);
    const atShare = tail.slice(0, tail.length * TRIM.maxRecurringShare);
    assert.notEqual(kept(text, 'en', justBelow), null);
    assert.equal(kept(text, 'en', atShare), null);
  });
});

describe('trimmedSentence', () => {
  test('keeps the prefix, the sentence\'s own stop and a span that ends at the cut', () => {
    const s = { text: 'He left, which hurt!', start: 10, end: 30 };
    assert.deepEqual(trimmedSentence(s, 7), { text: 'He left!', start: 10, end: 17 });
    assert.equal(trimmedSentence(s, null), s);
  });
});

describe('recurringWords', () => {
  test('one entry per word, null for stop words, true where another sentence or the title has the term', () => {
    const article = cleanText('Storm hits coast\n\nA storm hit the northern coast on Monday, flooding several villages. The coast guard rescued twelve people from the villages.', { lang: 'en', title: null });
    const sentences = articleSentences(article);
    const doc = buildDocument(article, sentences, { maxCandidates: 100 });
    const text = sentences[doc.candidates[0]!]!.text;
    const recurs = recurringWords(doc, 0);
    const ws = words(text);
    assert.equal(recurs.length, ws.length);
    // One entry with a term per term id of the candidate, in order: the alignment the reading relies on.
    assert.equal(recurs.filter((r) => r !== null).length, doc.terms[0]!.length);
    const at = (w: string): boolean | null => recurs[ws.indexOf(w)]!;
    assert.equal(at('the'), null);
    assert.equal(at('coast'), true); // the next sentence and the title
    assert.equal(at('storm'), true); // the title
    assert.equal(at('villages'), true);
    assert.equal(at('Monday'), false);
    assert.equal(at('flooding'), false);
  });
});

describe('distinctTailCuts', () => {
  const whole = 'The mayor of the city closed the old harbour bridge on Monday, which angered commuters, taxi firms and delivery companies across the region.';
  const doc = (other: string) => {
    const article = cleanText(`${whole} ${other}`, { lang: 'en', title: null });
    return buildDocument(article, articleSentences(article), { maxCandidates: 100 });
  };
  const cut = whole.indexOf(', which');
  test('leaves a sentence whole where its kept part would restate another bullet', () => {
    const d = doc('Engineers had warned the mayor that the old harbour bridge could fail within weeks.');
    assert.deepEqual([...distinctTailCuts(d, [0, 1], (c) => (c === 0 ? cut : null))], [[0, null], [1, null]]);
  });
  test('keeps the cut where the other bullet is about something else', () => {
    const d = doc('Engineers had warned for years that the old harbour could silt up within weeks.');
    assert.deepEqual([...distinctTailCuts(d, [0, 1], (c) => (c === 0 ? cut : null))], [[0, cut], [1, null]]);
  });
});

describe('summaries: trimmed bullets and their spans', () => {
  const title = 'Council approves new budget for city schools';
  const article = [
    title,
    '',
    'The city council approved a new budget for its schools on Monday, which followed a debate that ran late into the night at the old town hall.',
    'The budget gives the city schools twelve million euros more than last year.',
    'Teachers at the city schools had asked the council for a larger budget since the spring.',
    'The mayor said the council would review the school budget again next year.',
  ].join('\n');

  test('the default leaves off the tail; the source span is exactly the kept part, the text that and its stop', () => {
    const summary = summarizeText(article, { lang: 'en' });
    const trimmed = summary.bullets.find((b) => b.text.startsWith('The city council approved'));
    assert.ok(trimmed, JSON.stringify(summary.bullets));
    assert.equal(trimmed.text, 'The city council approved a new budget for its schools on Monday.');
    const [source] = trimmed.sources;
    assert.equal(article.slice(source!.start, source!.end), 'The city council approved a new budget for its schools on Monday');
    for (const b of summary.bullets) for (const s of b.sources) assert.ok(b.text.includes(article.slice(s.start, s.end)), b.text);
  });

  test('wholeSentences keeps every bullet a whole sentence with its whole span', () => {
    const summary = summarizeText(article, { lang: 'en', wholeSentences: true });
    const bullet = summary.bullets.find((b) => b.text.startsWith('The city council approved'))!;
    assert.match(bullet.text, /at the old town hall\.$/u);
    assert.equal(article.slice(bullet.sources[0]!.start, bullet.sources[0]!.end), bullet.text);
  });

  for (const method of ['lead', 'textrank', 'lexrank', 'centroid']) {
    test(`the baseline ${method} is never trimmed`, () => {
      const summary = summarizeText(article, { lang: 'en', method });
      assert.ok(summary.bullets.some((b) => b.text.endsWith('at the old town hall.')), JSON.stringify(summary.bullets));
      for (const b of summary.bullets) assert.equal(b.text, article.slice(b.sources[0]!.start, b.sources[0]!.end));
    });
  }

  test('a word limit cuts the trimmed sentence, inside the kept span', () => {
    const summary = summarizeText(article, { lang: 'en', maxWordsPerBullet: 8 });
    const bullet = summary.bullets.find((b) => b.text.startsWith('The city council'))!;
    const source = bullet.sources[0]!;
    assert.ok(source.end <= article.indexOf(', which followed'));
    assert.ok(bullet.text.startsWith(article.slice(source.start, source.end)));
  });

  test('wholeSentences must be a boolean', () => {
    assert.throws(() => summarizeText(article, { wholeSentences: 'yes' as unknown as boolean }), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_OPTION');
  });
});

describe('property: trimming only keeps a prefix up to a clause boundary', () => {
  const PIECES = ['The', 'council', 'approved', 'budget', 'on', 'Monday', 'which', 'who', 'leaving', 'including', 'after', 'although', 'said', 'the', 'city', 'Bayern', 'opened', 'and', '2014', 'obwohl', 'der', 'nachdem', 'Regierung', 'sagte', 'zwar'];
  const GLUE = [' ', ' ', ' ', ', ', ' - ', ' – ', '; ', ' (', ') ', ' “', '” ', ', '];
  const sentence = fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 30 }), fc.constantFrom('.', '!', '?', ''), fc.constantFrom('en', 'de', 'fr'))
    .map(([parts, stop, lang]) => ({ text: parts.map(([w, g]) => w + g).join('').trimEnd() + stop, lang }));

  test('the kept part is a prefix ending at a comma, semicolon or before a spaced dash, long enough, and the bullet is it plus the stop', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), ({ text, lang }, flips) => {
        const lex = lexicon(lang);
        const recurs = words(text).map((w, k) => (lex.term(w) === null ? null : flips[k % flips.length]!));
        const end = tailCut(text, { lang, pack: languagePack(lang), recurs });
        if (end === null) return;
        assert.ok(end > 0 && end < text.length);
        assert.ok(/[,;]/u.test(text[end]!) || (text[end] === ' ' && /[–—-]/u.test(text[end + 1]!)), JSON.stringify({ text, end }));
        assert.ok(words(text.slice(0, end)).length >= TRIM.minKeptWords);
        assert.match(text, /[.!?]$/u);
        const s: Pick<Sentence, 'text' | 'start' | 'end'> = { text, start: 5, end: 5 + text.length };
        const t = trimmedSentence(s, end);
        assert.equal(t.text, text.slice(0, end) + text.slice(-1));
        assert.equal(t.start, 5);
        assert.equal(t.end, 5 + end);
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});
