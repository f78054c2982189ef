import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isKernpunkteError } from '../errors.js';
import { evaluateSentences } from '../eval/sentences.js';
import { splitSentences } from './index.js';
import type { SentenceSpan } from '../types.js';

/** [lang, input, expected sentences]. Labelled by their input. */
type Case = [string, string, string[]];

const GERMAN: Case[] = [
  // dates and ordinals
  ['de', 'Am 24. Juni kam er. Danach ging er.', ['Am 24. Juni kam er.', 'Danach ging er.']],
  ['de', 'Er spielt in der 1. Bundesliga. Das ist neu.', ['Er spielt in der 1. Bundesliga.', 'Das ist neu.']],
  ['de', '1. Bundesliga: Bayern gewinnt erneut. Dortmund verliert.', ['1. Bundesliga: Bayern gewinnt erneut.', 'Dortmund verliert.']],
  ['de', 'Im 19. Jahrhundert wuchs die Stadt. Heute ist sie groß.', ['Im 19. Jahrhundert wuchs die Stadt.', 'Heute ist sie groß.']],
  ['de', 'Sie belegte den 3. Platz. Ihr Trainer war zufrieden.', ['Sie belegte den 3. Platz.', 'Ihr Trainer war zufrieden.']],
  ['de', 'Die Frist endet am 24.06.2024. Danach gilt neues Recht.', ['Die Frist endet am 24.06.2024.', 'Danach gilt neues Recht.']],
  ['de', 'Am 3. 10. 2020 war Feiertag. Alle hatten frei.', ['Am 3. 10. 2020 war Feiertag.', 'Alle hatten frei.']],
  ['de', 'Vom 1. bis 3. Oktober ist geschlossen. Danach wieder offen.', ['Vom 1. bis 3. Oktober ist geschlossen.', 'Danach wieder offen.']],
  ['de', 'Das geschah im Jahr 2020. Danach wurde alles anders.', ['Das geschah im Jahr 2020.', 'Danach wurde alles anders.']],
  ['de', 'Das geschah im Jahr 2020. Trainer Müller blieb.', ['Das geschah im Jahr 2020.', 'Trainer Müller blieb.']],
  ['de', 'Er wurde 1990 geboren. 2010 zog er nach Berlin.', ['Er wurde 1990 geboren.', '2010 zog er nach Berlin.']],
  ['de', 'Er wurde 80. Die Feier war groß.', ['Er wurde 80.', 'Die Feier war groß.']],
  ['de', 'Es war Bayerns 33. Meistertitel. Die Fans feierten.', ['Es war Bayerns 33. Meistertitel.', 'Die Fans feierten.']],
  ['de', 'Sie landete auf Platz 3. Trainer Klein war zufrieden.', ['Sie landete auf Platz 3.', 'Trainer Klein war zufrieden.']],
  ['de', 'Die Preise stiegen um 5. Experten warnen.', ['Die Preise stiegen um 5.', 'Experten warnen.']],
  ['de', 'Nach dem 2. Weltkrieg begann der Aufbau. Er dauerte lange.', ['Nach dem 2. Weltkrieg begann der Aufbau.', 'Er dauerte lange.']],
  ['de', 'Funde aus dem 1.–3. Jahrhundert sind selten. Sie liegen im Museum.', ['Funde aus dem 1.–3. Jahrhundert sind selten.', 'Sie liegen im Museum.']],
  ['de', 'Funde aus dem 1. -3. Jahrhundert sind selten.', ['Funde aus dem 1. -3. Jahrhundert sind selten.']],
  // decimals and times
  ['de', 'Die Inflation lag bei 3,5 Prozent. Im Vorjahr war sie höher.', ['Die Inflation lag bei 3,5 Prozent.', 'Im Vorjahr war sie höher.']],
  ['de', 'Das Treffen beginnt um 14.30 Uhr. Es dauert zwei Stunden.', ['Das Treffen beginnt um 14.30 Uhr.', 'Es dauert zwei Stunden.']],
  ['de', 'Die Partei kam auf 25 %. Die Union verlor.', ['Die Partei kam auf 25 %.', 'Die Union verlor.']],
  // abbreviations
  ['de', 'Dr. Müller und Prof. Schmidt kamen. Sie blieben lange.', ['Dr. Müller und Prof. Schmidt kamen.', 'Sie blieben lange.']],
  ['de', 'Es gibt z. B. Äpfel und u. a. Birnen. Das ist gesund.', ['Es gibt z. B. Äpfel und u. a. Birnen.', 'Das ist gesund.']],
  ['de', 'Es gibt z.B. Äpfel. Das ist gesund.', ['Es gibt z.B. Äpfel.', 'Das ist gesund.']],
  ['de', 'Er las das Buch, d. h. er kannte es. Sie nicht.', ['Er las das Buch, d. h. er kannte es.', 'Sie nicht.']],
  ['de', 'Sie ist ca. 30 Jahre alt. Vgl. dazu den Bericht.', ['Sie ist ca. 30 Jahre alt.', 'Vgl. dazu den Bericht.']],
  ['de', 'Die Firma machte 5 Mio. Euro Umsatz. Das ist viel.', ['Die Firma machte 5 Mio. Euro Umsatz.', 'Das ist viel.']],
  ['de', 'Der Umsatz lag bei 2 Mrd. Im Vorjahr war er kleiner.', ['Der Umsatz lag bei 2 Mrd.', 'Im Vorjahr war er kleiner.']],
  ['de', 'Sie kaufte Äpfel, Birnen usw. Die Preise stiegen.', ['Sie kaufte Äpfel, Birnen usw.', 'Die Preise stiegen.']],
  ['de', 'Nach Art. 5 Abs. 2 GG ist das erlaubt. Das Gericht folgte.', ['Nach Art. 5 Abs. 2 GG ist das erlaubt.', 'Das Gericht folgte.']],
  ['de', 'Sie fanden ihn auf diese Art. Die Polizei ermittelt.', ['Sie fanden ihn auf diese Art.', 'Die Polizei ermittelt.']],
  ['de', 'Der FC St. Pauli gewann. Die Fans jubelten.', ['Der FC St. Pauli gewann.', 'Die Fans jubelten.']],
  ['de', 'Das Kloster stammt aus dem 12. Jh. Die Kirche ist jünger.', ['Das Kloster stammt aus dem 12. Jh.', 'Die Kirche ist jünger.']],
  ['de', 'Wir trafen Dr. med. Meyer in der Stadt. Er war nett.', ['Wir trafen Dr. med. Meyer in der Stadt.', 'Er war nett.']],
  ['de', 'Sie besucht eine kath. Schule. Sie lernt gern.', ['Sie besucht eine kath. Schule.', 'Sie lernt gern.']],
  ['de', 'Wir treffen uns am Mo. Die Woche ist voll.', ['Wir treffen uns am Mo.', 'Die Woche ist voll.']],
  // initials and Roman numerals
  ['de', 'Das Buch von J. R. R. Tolkien ist bekannt. Es erschien 1954.', ['Das Buch von J. R. R. Tolkien ist bekannt.', 'Es erschien 1954.']],
  ['de', 'Der Angeklagte Frank-Walter S. hat gestanden. Das Urteil folgt.', ['Der Angeklagte Frank-Walter S. hat gestanden.', 'Das Urteil folgt.']],
  ['de', 'Sie nahm Vitamin C. Die Erkältung blieb.', ['Sie nahm Vitamin C.', 'Die Erkältung blieb.']],
  ['de', 'Ludwig XIV. regierte lange. Er starb 1715.', ['Ludwig XIV. regierte lange.', 'Er starb 1715.']],
  // URLs and e-mail
  ['de', 'Weitere Infos unter www.example.de. Dort gibt es mehr.', ['Weitere Infos unter www.example.de.', 'Dort gibt es mehr.']],
  ['de', 'Schreiben Sie an info@example.de. Wir antworten schnell.', ['Schreiben Sie an info@example.de.', 'Wir antworten schnell.']],
  ['de', 'Siehe https://example.org/a.b?c=1. Mehr dort.', ['Siehe https://example.org/a.b?c=1.', 'Mehr dort.']],
  // ellipses
  ['de', 'Er zögerte … Dann ging er.', ['Er zögerte …', 'Dann ging er.']],
  ['de', 'Er zögerte... und ging dann doch.', ['Er zögerte... und ging dann doch.']],
  ['de', 'Er zitierte: „Wir haben […] genug getan.“ Dann schwieg er.', ['Er zitierte: „Wir haben […] genug getan.“', 'Dann schwieg er.']],
  // quotes and brackets
  ['de', '„Wir kommen wieder.“ Das sagte sie gestern.', ['„Wir kommen wieder.“', 'Das sagte sie gestern.']],
  ['de', '»Das ist gut.« Er nickte.', ['»Das ist gut.«', 'Er nickte.']],
  ['de', '"Kommst du?" Sie nickte.', ['"Kommst du?"', 'Sie nickte.']],
  ['de', '„Wohin?!“ rief er. Niemand antwortete.', ['„Wohin?!“ rief er.', 'Niemand antwortete.']],
  ['de', '„Kommst du?“, fragte sie. Er nickte.', ['„Kommst du?“, fragte sie.', 'Er nickte.']],
  ['de', 'Er ging. (Das war zu erwarten.) Sie blieb.', ['Er ging.', '(Das war zu erwarten.)', 'Sie blieb.']],
  ['de', 'Das Ergebnis (siehe S. 5) überraschte. Alle staunten.', ['Das Ergebnis (siehe S. 5) überraschte.', 'Alle staunten.']],
  ['de', 'Das war klar! – fand jedenfalls er. Sie nicht.', ['Das war klar! – fand jedenfalls er.', 'Sie nicht.']],
  ['de', 'Was nun? Niemand weiß es. Wirklich!', ['Was nun?', 'Niemand weiß es.', 'Wirklich!']],
  ['de', 'Das ist gut. aber das nicht.', ['Das ist gut. aber das nicht.']],
  // colons
  ['de', 'Sein Fazit: Das ist gut.', ['Sein Fazit: Das ist gut.']],
  ['de', 'Der Minister äußerte sich am Montag zufrieden: Die Lage habe sich beruhigt.', ['Der Minister äußerte sich am Montag zufrieden:', 'Die Lage habe sich beruhigt.']],
  ['de', 'Der Minister äußerte sich am Montag zufrieden: „Die Lage hat sich beruhigt.“', ['Der Minister äußerte sich am Montag zufrieden: „Die Lage hat sich beruhigt.“']],
  ['de', 'Ob Sie nur kurz in Hannover sind oder länger bleiben: Die Stadt lohnt sich.', ['Ob Sie nur kurz in Hannover sind oder länger bleiben: Die Stadt lohnt sich.']],
  // lines and paragraphs
  ['de', 'Überschrift ohne Punkt\nDer Text beginnt hier. Er geht weiter.', ['Überschrift ohne Punkt', 'Der Text beginnt hier.', 'Er geht weiter.']],
  ['de', 'Die Zutaten sind\n- Mehl\n- Zucker, fein', ['Die Zutaten sind', '- Mehl', '- Zucker, fein']],
  ['de', 'Erster Absatz ohne Punkt\n\nzweiter Absatz', ['Erster Absatz ohne Punkt', 'zweiter Absatz']],
  ['de', '• 3. Seien Sie achtsam!\n• 4. Essen Sie Fisch!', ['• 3. Seien Sie achtsam!', '• 4. Essen Sie Fisch!']],
  ['de', 'Ende der Meldung\n---\nQuelle: dpa', ['Ende der Meldung', '---', 'Quelle: dpa']],
  ['de', 'Das Team erreichte am Ende der Saison einen überraschend guten Platz im Mittelfeld der Liga\nDer Trainer bleibt. Das ist klar.', ['Das Team erreichte am Ende der Saison einen überraschend guten Platz im Mittelfeld der Liga', 'Der Trainer bleibt.', 'Das ist klar.']],
  ['de', 'Ein Satz, der\numbricht, bleibt ganz.', ['Ein Satz, der\numbricht, bleibt ganz.']],
  ['de', 'Der Autor schreibt hier einen ziemlich langen Satz ohne Punkt am\nEnde der Zeile, weil der Text hart umbrochen wurde und die Zeile\nAbsätze nicht kennt.', ['Der Autor schreibt hier einen ziemlich langen Satz ohne Punkt am\nEnde der Zeile, weil der Text hart umbrochen wurde und die Zeile\nAbsätze nicht kennt.']],
  ['de', 'Ende.\r\n\r\nNeuer Absatz am 3.\r\n\r\nOktober', ['Ende.', 'Neuer Absatz am 3.', 'Oktober']],
];

const OTHERS: Case[] = [
  ['en', 'Mr. Smith went to Washington. He arrived on Jan. 5.', ['Mr. Smith went to Washington.', 'He arrived on Jan. 5.']],
  ['en', 'The U.S. Army said it was ready. Officials agreed.', ['The U.S. Army said it was ready.', 'Officials agreed.']],
  ['en', 'He moved to the U.S. The rest is history.', ['He moved to the U.S.', 'The rest is history.']],
  ['en', 'Apple Inc. said sales rose. Shares fell 3%.', ['Apple Inc. said sales rose.', 'Shares fell 3%.']],
  ['en', 'He was No. 1 in the world. Then he retired in 2014. 7 years later he returned.', ['He was No. 1 in the world.', 'Then he retired in 2014.', '7 years later he returned.']],
  ['en', 'The meeting ended at 5 p.m. The next one is Monday.', ['The meeting ended at 5 p.m.', 'The next one is Monday.']],
  ['en', 'Use fruit, e.g. apples. It helps.', ['Use fruit, e.g. apples.', 'It helps.']],
  ['en', 'It happened in 2016. May was hot.', ['It happened in 2016.', 'May was hot.']],
  ['en', 'We make a good team, you and I. Did you see Albert I. Jones yesterday?', ['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?']],
  ['en', 'He left the bank at 6 P.M. Mr. Smith then went to the store.', ['He left the bank at 6 P.M.', 'Mr. Smith then went to the store.']],
  ['en', '1.) The first item. 2.) The second item.', ['1.) The first item.', '2.) The second item.']],
  ['en', 'It was less complex. . . . Then it changed.', ['It was less complex. . . .', 'Then it changed.']],
  ['en', 'He said . . . well, nothing.', ['He said . . . well, nothing.']],
  ['en', 'She turned to him, "This is great." she said.', ['She turned to him, "This is great." she said.']],
  // Rule 2b: a sentence whose end mark was lost (captions and paragraphs glued by copying).
  ['en', 'He was banned from driving The brother of the player has lost his job.', ['He was banned from driving', 'The brother of the player has lost his job.']],
  ['en', 'He offers to post tweets for $20 He was once the champion.', ['He offers to post tweets for $20', 'He was once the champion.']],
  ['en', 'They met in 2012 It then emerged that he had lied.', ['They met in 2012', 'It then emerged that he had lied.']],
  ['en', 'Fans by county The New York Yankees come first.', ['Fans by county The New York Yankees come first.']],
  ['en', 'It protects against infra-red A rays too.', ['It protects against infra-red A rays too.']],
  ['en', 'He read The Times every day. She did not.', ['He read The Times every day.', 'She did not.']],
  ['en', 'And then I went home.', ['And then I went home.']],
  // …and a space after a period lost where paragraphs were joined.
  ['en', 'The inquiries concern the late MP.The BBC understands more.', ['The inquiries concern the late MP.', 'The BBC understands more.']],
  ['en', 'She would continue to "fight".Jon Venables was freed.', ['She would continue to "fight".', 'Jon Venables was freed.']],
  ['en', 'It was closed after the crash.Police said so.', ['It was closed after the crash.', 'Police said so.']],
  ['en', 'Novels by J.K.Rowling sold well. Firms like B.Braun grew.', ['Novels by J.K.Rowling sold well.', 'Firms like B.Braun grew.']],
  ['en', 'He lives on St.John street. It is quiet.', ['He lives on St.John street.', 'It is quiet.']],
  ['de', 'Das Portal Table.Briefings berichtet. Die Firma B.Braun wächst.', ['Das Portal Table.Briefings berichtet.', 'Die Firma B.Braun wächst.']],
  ['de', 'Die Regierung hat beschlossen.Die Opposition ist dagegen.', ['Die Regierung hat beschlossen.', 'Die Opposition ist dagegen.']],
  ['de', 'Er traf die Kanzlerin Der Minister blieb zu Hause.', ['Er traf die Kanzlerin Der Minister blieb zu Hause.']],
  ['fr', 'M. Dupont est arrivé. Il a parlé.', ['M. Dupont est arrivé.', 'Il a parlé.']],
  ['fr', '« Je viens. » Il est parti.', ['« Je viens. »', 'Il est parti.']],
  ['fr', 'Ils ont tout vendu : pommes, poires, etc. Le marché a fermé.', ['Ils ont tout vendu : pommes, poires, etc.', 'Le marché a fermé.']],
  ['es', 'El Sr. García llegó ayer. ¿Vendrá hoy? No lo sé.', ['El Sr. García llegó ayer.', '¿Vendrá hoy?', 'No lo sé.']],
  ['es', 'La Sra. López habló. Todos escucharon.', ['La Sra. López habló.', 'Todos escucharon.']],
  ['es', '1 + 1 es 2. 2 + 2 es 4. El auto es rojo.', ['1 + 1 es 2.', '2 + 2 es 4.', 'El auto es rojo.']],
  ['es', 'La cita: Mar. 23 de Nov. de 2014. Gracias.', ['La cita: Mar. 23 de Nov. de 2014.', 'Gracias.']],
  ['it', 'Il Dott. Rossi è arrivato. Ha parlato a lungo.', ['Il Dott. Rossi è arrivato.', 'Ha parlato a lungo.']],
  ['it', 'Ci sono mele, pere ecc. Il prezzo sale.', ['Ci sono mele, pere ecc.', 'Il prezzo sale.']],
  ['nl', 'Dhr. Jansen kwam gisteren. Hij bleef lang.', ['Dhr. Jansen kwam gisteren.', 'Hij bleef lang.']],
  ['nl', 'Neem bijv. appels mee. Dat is gezond.', ['Neem bijv. appels mee.', 'Dat is gezond.']],
  ['nl', 'Er waren appels, peren enz. De prijzen stegen.', ['Er waren appels, peren enz.', 'De prijzen stegen.']],
  ['und', 'Dr. Kowalski przyszedł. Było ok. 31 osób.', ['Dr. Kowalski przyszedł.', 'Było ok. 31 osób.']],
  ['xx', 'Prof. Nowak mówi. To prawda!', ['Prof. Nowak mówi.', 'To prawda!']],
  ['und', '今天下雨。我们在家。', ['今天下雨。', '我们在家。']],
  ['de-AT', 'Am 3. Jänner schneite es. Dann taute es.', ['Am 3. Jänner schneite es.', 'Dann taute es.']],
];

function checkInvariants(text: string, spans: SentenceSpan[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    assert.ok(s.start >= prevEnd, `ordered, non-overlapping at ${s.start}`);
    assert.ok(s.end > s.start && s.end <= text.length, `in range: ${s.start}-${s.end}`);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.text, s.text.trim());
    assert.ok(s.text.length > 0);
    prevEnd = s.end;
  }
  // Coverage: every non-space character belongs to exactly one sentence.
  const gaps: string[] = [];
  let at = 0;
  for (const s of spans) {
    gaps.push(text.slice(at, s.start));
    at = s.end;
  }
  gaps.push(text.slice(at));
  for (const g of gaps) assert.equal(g.trim(), '', `uncovered text: ${JSON.stringify(g)}`);
}

describe('splitSentences: German', () => {
  for (const [lang, input, expected] of GERMAN) {
    test(input, () => {
      const out = splitSentences(input, { lang });
      assert.deepEqual(out.map((s) => s.text), expected);
      checkInvariants(input, out);
    });
  }
});

describe('splitSentences: other languages and fallback', () => {
  for (const [lang, input, expected] of OTHERS) {
    test(`[${lang}] ${input}`, () => {
      const out = splitSentences(input, { lang });
      assert.deepEqual(out.map((s) => s.text), expected);
      checkInvariants(input, out);
    });
  }
});

describe('splitSentences: edges', () => {
  test('empty and whitespace-only text have no sentences', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n\t \u00a0'), []);
  });
  test('offsets point into the input, with leading space and paragraphs', () => {
    const text = '  Erster Satz.  Zweiter Satz!\n\n  Dritter';
    const out = splitSentences(text, { lang: 'de' });
    assert.deepEqual(out, [
      { text: 'Erster Satz.', start: 2, end: 14 },
      { text: 'Zweiter Satz!', start: 16, end: 29 },
      { text: 'Dritter', start: 33, end: 40 },
    ]);
  });
  test('a non-string is INVALID_INPUT; a non-string lang falls back to the agnostic rules', () => {
    for (const bad of [null, undefined, 42, { text: 'x' }]) {
      assert.throws(() => splitSentences(bad as unknown as string), (e: unknown) => isKernpunkteError(e) && e.code === 'INVALID_INPUT');
    }
    assert.deepEqual(splitSentences('Eins. Zwei.', { lang: 7 as unknown as string }).map((s) => s.text), ['Eins.', 'Zwei.']);
  });
  test('text without a terminal mark is one sentence', () => {
    assert.deepEqual(splitSentences('nur ein paar Wörter', { lang: 'de' }).map((s) => s.text), ['nur ein paar Wörter']);
  });
});

const GOLD = new URL('../../../shared/data/sbd-de-gsd-dev.jsonl', import.meta.url);

describe('splitSentences on the German gold set (UD GSD dev, 160 passages)', () => {
  test('boundary F1 ≥ 99 and better than Intl.Segmenter', () => {
    assert.ok(existsSync(GOLD), `gold set missing: ${GOLD.pathname} (shared/data next to the repo)`);
    const records = readFileSync(GOLD, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; lang: string; text: string; sentences: string[] });
    assert.equal(records.length, 160);
    const ours = evaluateSentences(records, (t, lang) => splitSentences(t, lang === undefined ? {} : { lang }));
    assert.equal(ours.unaligned, 0);
    assert.ok(ours.boundary.f >= 99, `boundary F1 ${ours.boundary.f.toFixed(2)} < 99`);
    for (const r of records) checkInvariants(r.text, splitSentences(r.text, { lang: r.lang }));
  });
});

describe('splitSentences: properties', () => {
  const pieces = [
    'a', 'Z', 'ä', 'Ö', '1', '42', '2020', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', '.', '..', '...', '…',
    '!', '?', '?!', ':', ';', ',', '„', '“', '”', '»', '«', '"', "'", '(', ')', '[', ']', '-', '–', '•', 'Dr.', 'z. B.',
    'usw.', 'U.S.', 'Die', 'am', '3.', '。', '😀', '\u0000', '\u0007', '\ud800', 'www.x.de', 'Der', ' - ', '1. ',
  ];
  const textish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));
  const langs = fc.constantFrom(undefined, 'de', 'en', 'fr', 'es', 'it', 'nl', 'und', 'xx', '', 'DE_at');

  test('never throws; offsets valid, ordered, non-overlapping, trimmed, non-empty, covering (built-up text)', () => {
    fc.assert(
      fc.property(textish, langs, (text, lang) => {
        checkInvariants(text, splitSentences(text, lang === undefined ? {} : { lang }));
      }),
      { numRuns: 2000 },
    );
  });

  test('the same for arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), langs, (text, lang) => {
        checkInvariants(text, splitSentences(text, lang === undefined ? {} : { lang }));
      }),
      { numRuns: 1000 },
    );
  });
});

// Speed on these inputs (time per MB against ordinary text) is measured by `npm run bench`
// (bench/pathological.js); the timeout is only a hang guard.
describe('splitSentences: pathological input is split', () => {
  const MB = 1 << 20;
  const inputs: [string, string][] = [
    ['news-like text', 'Am 3. Oktober kam Dr. Müller z. B. um 14.30 Uhr. „Ja?!“ … '.repeat(MB / 60)],
    ['one long word', 'a'.repeat(MB)],
    ['only periods', '.'.repeat(MB)],
    ['period-space runs', '. '.repeat(MB / 2)],
    ['colons after a long word', `${'x'.repeat(MB / 2)}${': '.repeat(MB / 4)}`],
    ['short lines', 'Zeile ohne Punkt\n'.repeat(MB / 17)],
    ['blank-line runs', 'Satz\n \n\n'.repeat(MB / 8)],
    ['abbreviation chains', 'z. '.repeat(MB / 3)],
  ];
  for (const [label, text] of inputs) {
    test(`1 MB of ${label}`, { timeout: 60_000 }, () => {
      const out = splitSentences(text, { lang: 'de' });
      assert.ok(out.length >= 1);
      checkInvariants(text, out);
    });
  }
});
