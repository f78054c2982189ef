import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCoherence, standsAlone, type CoherenceReason } from './index.js';
import { NEUTRAL_CAPTION_MARKS } from './data.js';

/** [lang, input, the reasons expected (empty: it stands alone)], labelled by the input. */
const CASES: Array<[string, string, CoherenceReason[]]> = [
  // German reported speech (Konjunktiv I) needs its speaker in the sentence.
  ['de', 'Russland schließe „für sich eine militärisch-technische Zusammenarbeit mit Nordkorea“ nicht aus.', ['speakerless-speech']],
  ['de', 'Die Lage sei ernst, so Scholz.', []],
  ['de', 'Die Lage sei ernst, sagte der Minister am Montag.', []],
  ['de', 'Laut Polizei habe der Mann keinen Führerschein gehabt.', []],
  ['de', 'Dem Bericht zufolge werde die Anlage im Mai geschlossen.', []],
  ['de', 'Nach Angaben der Feuerwehr gebe es keine Verletzten.', []],
  ['de', 'Für Nordkorea und Russland beginne eine Phase neuen Wohlstandes, sagte der Machthaber.', []],
  ['de', 'Die Regierung werde die Steuern nicht erhöhen.', ['speakerless-speech']],
  // … and not inside a direct quotation, which is the speaker's own words.
  ['de', '„Ich habe keine Angst“, sagte Merkel.', []],
  // Pronoun and demonstrative openers.
  ['de', 'Er trat am Montag zurück.', ['pronoun']],
  ['de', 'Diese Entscheidung kam überraschend.', ['pronoun']],
  ['de', 'Dies gilt auch für Bayern.', ['pronoun']],
  ['de', 'Das ist ein Rekord für die Stadt.', ['pronoun']],
  ['de', 'Das Parlament stimmte dem Gesetz zu.', []],
  ['de', 'Es gibt keine Verletzten.', []],
  // A pronoun that points forward to the speaker named in the same sentence.
  ['de', 'Er unterstütze die Militäroperation in der Ukraine vollumfänglich, sagte Kim am Mittwoch.', []],
  // Connectives.
  ['de', 'Zudem sagte er, es sei gut.', ['connective']],
  ['de', 'Dagegen protestierten Tausende in Berlin.', ['connective']],
  ['en', 'But the plan failed in the Senate.', ['connective']],
  ['en', 'However, the council approved the budget.', []],
  ['en', 'However, he said it was fine.', ['pronoun']],
  ['en', 'He resigned on Monday.', ['pronoun']],
  ['en', 'This is the third attack in a month.', ['pronoun']],
  ['en', 'The move angered Beijing.', ['pronoun']],
  ['en', 'The council approved the budget on Monday.', []],
  ['en', 'She will run again, said Clinton on Monday.', []],
  // …but not when the speaker verb follows the pronoun: the pronoun is the speaker, and a
  // capitalised word after the verb (a quotation, a noun, another name) is no name for it.
  ['en', "He said: 'I'm very, very pleased.'", ['pronoun']],
  ['en', 'He said Labour had left a broken system.', ['pronoun']],
  ['de', 'Er betonte, Maduro werde nicht als Präsident anerkannt.', ['pronoun']],
  ['de', 'Er geht davon aus, dass der Leitzins gesunken sei.', ['pronoun']],
  // English reported "would" clauses.
  ['en', 'The government would raise taxes next year.', ['speakerless-speech']],
  ['en', 'The government said it would raise taxes next year.', []],
  ['en', 'If elected, the senator would raise taxes.', []],
  ['en', 'You would think the rules were clear.', []],
  // A particle inside the first clause that leans on the sentence before.
  ['de', 'Nadeschdins Helfer aber fühlen sich gut vorbereitet.', ['connective']],
  ['en', 'The plan, however, failed in the Senate.', ['connective']],
  ['de', 'Die Regierung hat aber nichts entschieden, weil der Bundestag nicht tagte.', ['connective']],
  ['de', 'Die Bahn streikt, aber die S-Bahn fährt.', []],
  // A quotation whose only speaker is a pronoun.
  ['en', '"It isn\'t always fun being a famous woman on Twitter," she wrote.', ['pronoun']],
  ['de', '„Wir werden das schaffen“, sagte er.', ['pronoun']],
  ['de', '„Wir werden das schaffen“, sagte sie Kanzlerin Merkel.', []],
  ['en', 'That report was never written.', ['pronoun']],
  // Quotation fragments and captions.
  ['en', '"We will win this fight."', ['quote-fragment']],
  ['en', '"We will win this fight," the mayor said.', []],
  ['de', 'sagte der Minister.“ Danach ging er.', ['quote-fragment']],
  ['en', 'Pictured: the kite above the festival', ['caption']],
  ['de', 'Foto: Das Rathaus am Abend', ['caption']],
  ['en', 'Scroll down for video Lindsey Vonn was back at Augusta on Friday.', ['caption']],
  // A proximal demonstrative before a time noun points at the time of writing: the word after
  // the phrase is the opener. Distal ones, other nouns and a pronoun after the phrase still flag.
  ['en', 'This week, the council approved the budget.', []],
  ['en', 'This season Hall has been restricted to seven appearances.', []],
  ['en', 'This week she was given a ban.', ['pronoun']],
  ['en', 'That year the council approved the budget.', ['pronoun']],
  ['en', 'This 2017 photo could be shared at once.', ['pronoun']],
  ['en', 'This decision angered Beijing.', ['pronoun']],
  ['de', 'Diese Woche tagt die Europäische Zentralbank erneut über den Leitzins.', []],
  ['de', 'Diese Woche hat er abgesagt.', ['pronoun']],
  ['es', 'Esta semana, el Gobierno de Meloni ha enviado a 16 solicitantes de asilo a Albania.', []],
  ['es', 'Este 2025, la fiesta de San Isidro ha durado 15 días.', []],
  ['es', 'Esta iniciativa se suma a otros esfuerzos diplomáticos.', ['pronoun']],
  ['fr', 'Ce lundi, le président a reçu la syndicaliste.', []],
  ['fr', 'Ce lundi, il a reçu la syndicaliste.', ['pronoun']],
  ['fr', 'Ce traité oblige les deux États à coopérer.', ['pronoun']],
  ['it', 'Questa settimana il governo ha approvato la legge.', []],
  ['it', 'Questa regione è significativa per la sicurezza.', ['pronoun']],
  ['nl', 'Dit jaar groeit de economie met twee procent.', []],
  ['nl', 'Deze week trad hij af.', ['pronoun']],
  // A quotation in 'single quotes' at the start is one for the rules on quotations: a pronoun
  // speaker leaves it without one, and one with no speaker is a fragment. Its opener is read
  // as before ("He" in it points back as well).
  ['en', "'We were very tough today,' said Bradley Neil.", []],
  ['en', "'He was given steroid tablets,' his mother said.", ['pronoun']],
  ['en', "'We are also changing the way the pads are heated,' Smith said.", ['connective']],
  ['en', "'We will win this fight,' he said.", ['pronoun']],
  ['en', "'This year we had 86 ewes to lamb,' she said.", ['pronoun']],
  ['en', "'I don't know what the players' wages are,' he said.", ['pronoun']],
  ['en', "'We will win this fight.'", ['quote-fragment']],
  // …but one left open is left to the other rules (an apostrophe can't be told from it).
  ['en', "'It is not convincing to argue, as the critics do.", ['pronoun']],
  // A language without coherence data still gets its pack's anaphora and the neutral rules.
  ['fr', 'Il a démissionné lundi.', ['pronoun']],
  ['fr', 'Le conseil a voté le budget lundi.', []],
  ['nl', 'Het kabinet is maandag gevallen.', []],
  ['nl', 'Hij trad maandag af.', ['pronoun']],
];

describe('checkCoherence', () => {
  for (const [lang, input, expected] of CASES) {
    test(`${lang}: ${input}`, () => {
      assert.deepEqual(
        checkCoherence(input, lang).map((f) => f.reason),
        expected,
      );
      assert.equal(standsAlone(input, lang), expected.length === 0);
    });
  }

  test('names the words that raised a flag', () => {
    assert.deepEqual(checkCoherence('Russland schließe das nicht aus.', 'de'), [{ reason: 'speakerless-speech', evidence: 'schließe' }]);
    assert.deepEqual(checkCoherence('Diese Entscheidung kam überraschend.', 'de'), [{ reason: 'pronoun', evidence: 'Diese Entscheidung' }]);
  });

  test('empty and wordless text stands alone (nothing to depend on)', () => {
    assert.deepEqual(checkCoherence('', 'de'), []);
    assert.deepEqual(checkCoherence(' … ', 'en'), []);
  });
});

describe('credit and caption marks', () => {
  test('each mark anywhere in a sentence flags it a caption; near misses do not', () => {
    for (const mark of NEUTRAL_CAPTION_MARKS) {
      for (const text of [`The mayor opened the new bridge on Monday ${mark} 2024.`, `${mark} The mayor opened the new bridge on Monday.`]) {
        assert.deepEqual(
          checkCoherence(text, 'en').map((f) => f.reason),
          ['caption'],
          text,
        );
      }
      // A mark cut short is no mark (the marks are literal text, their "/" and "." included).
      const short = mark.slice(0, -1);
      if (short.length > 1) assert.deepEqual(checkCoherence(`The mayor opened the new bridge on Monday ${short}x 2024.`, 'en'), [], short);
    }
  });
});
