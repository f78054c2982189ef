import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { languagePack } from '../../src/lang/index.js';
import { REPAIRABLE, ineligibility, quoteBalance, shapeBullet } from '../../src/shape/index.js';
import type { Sentence } from '../../src/types.js';

const sentence = (text: string, kind: Sentence['kind'] = 'body'): Sentence => ({ text, start: 0, end: text.length, index: 0, block: 0, paragraph: 0, inParagraph: 0, kind });

describe('shape: bullets as they are printed', () => {
  const cases: Array<[string, string, string]> = [
    ['de', '„Wir kommen morgen wieder“, sagte der Minister am Montag.', '„Wir kommen morgen wieder“, sagte der Minister am Montag.'],
    ['de', 'Er sagte: „Wir kommen morgen wieder.', 'Er sagte: „Wir kommen morgen wieder.“'],
    ['de', 'Die Partei nannte das »unverantwortlich« und kündigte Widerstand an.', 'Die Partei nannte das »unverantwortlich« und kündigte Widerstand an.'],
    ['de', 'Der Kanzler sprach von einem „historischen Tag“.', 'Der Kanzler sprach von einem „historischen Tag“.'],
    ['en', "However, the council didn't approve the budget on Monday.", "The council didn't approve the budget on Monday."],
    ['en', '"We will be back," the minister said on Monday.', '"We will be back," the minister said on Monday.'],
    ['en', 'The minister said: "We will be back tomorrow.', 'The minister said: "We will be back tomorrow."'],
    ['en', 'The board’s chair said it was “a difficult year”.', 'The board’s chair said it was “a difficult year”.'],
    ['fr', 'Le ministre a parlé d’une « journée historique » lundi soir.', 'Le ministre a parlé d’une « journée historique » lundi soir.'],
  ];
  for (const [lang, input, expected] of cases) {
    test(`${lang}: ${input}`, () => assert.equal(shapeBullet(sentence(input), languagePack(lang), {}), expected));
  }

  test('a word limit cuts at a clause boundary and marks the cut', () => {
    const out = shapeBullet(sentence('The council approved the budget on Monday, after a debate that lasted for more than nine hours in the town hall.'), languagePack('en'), { maxWordsPerBullet: 12 });
    assert.equal(out, 'The council approved the budget on Monday …');
  });
});

describe('shape: what may not become a bullet', () => {
  const cases: Array<[string, string, Sentence['kind'], string | null]> = [
    ['de', 'Die Bundesregierung hat am Mittwoch das Gesetz beschlossen.', 'body', null],
    ['de', 'Mehr dazu.', 'body', 'fragment'],
    ['de', 'Die wichtigsten Punkte im Überblick:', 'body', 'list-intro'],
    ['de', 'Das ist ein Skandal“, sagte die Abgeordnete am Abend.', 'body', 'quote-tail'],
    ['de', 'Zudem kündigte die Ministerin weitere Hilfen an.', 'body', 'connective'],
    ['en', 'However, the council approved the budget on Monday.', 'body', null],
    ['en', 'And the council approved the budget on Monday.', 'body', 'connective'],
    ['en', "The council didn't approve the budget on Monday.", 'body', null],
    ['de', 'Der Bildschirm ist dem Papier oftmals unterlegen', 'heading', 'heading'],
  ];
  for (const [lang, input, kind, expected] of cases) {
    test(`${lang}: ${input}`, () => assert.equal(ineligibility(sentence(input, kind), languagePack(lang), {}), expected));
  }

  test('only connectives count as repairable; length is no reason (the word limit cuts instead)', () => {
    assert.deepEqual([...REPAIRABLE].sort(), ['connective']);
    assert.equal(ineligibility(sentence('The council approved the budget for next year on Monday evening.'), languagePack('en'), { maxWordsPerBullet: 5 }), null);
  });

  test('quoteBalance reads „…“ as one pair although “ also opens “…”', () => {
    assert.deepEqual(quoteBalance('„Ja“, sagte sie.', languagePack('de')), { unclosed: [], unopened: false });
    assert.deepEqual(quoteBalance('„Ja, sagte sie.', languagePack('de')), { unclosed: ['“'], unopened: false });
    assert.deepEqual(quoteBalance('Ja“, sagte sie.', languagePack('de')), { unclosed: [], unopened: true });
  });
});

describe('shape: quotation edge cases', () => {
  test('an opening mark left after the final stop is dropped, not closed', () => {
    assert.equal(shapeBullet(sentence('Russland wolle der Ukraine eine Niederlage zufügen.„'), languagePack('de'), {}), 'Russland wolle der Ukraine eine Niederlage zufügen.');
  });
  test('a double quote between two letters is still a quote (Korean particles follow it directly)', () => {
    const text = '최고위원들은 "당헌 위배"라고 강하게 반발했다.';
    assert.equal(shapeBullet(sentence(text), languagePack('und'), {}), text);
  });
});

describe('shape: quotation conventions across outlets', () => {
  const cases: Array<[string, string, string | null]> = [
    ['de', '«Wir müssen schneller entscheiden», sagte die Justizministerin vor den Medien in Bern.', null],
    ['de', '»Wir müssen schneller entscheiden«, sagte die Justizministerin vor den Medien in Berlin.', null],
    ['en', 'The workers’ union called a strike for Monday across the country.', null],
    ['en', 'The station played rock ’n’ roll hits of the ’90s all night long.', null],
    ['it', 'Il governo ha chiesto un po’ di pazienza ai cittadini della regione.', null],
    ['nl', 'De minister zei ’s avonds dat het kabinet de plannen zou steunen.', null],
  ];
  for (const [lang, input, reason] of cases) {
    test(`${lang}: ${input}`, () => {
      assert.equal(ineligibility(sentence(input), languagePack(lang), {}), reason);
      assert.equal(shapeBullet(sentence(input), languagePack(lang), {}), input);
    });
  }
});

describe('shape: marks that do not fit the pack', () => {
  test('a close without an opening means no closing mark is added for what stays open', () => {
    const text = 'Das sei gut“, sagte er, und dann begann er: „Wir gehen jetzt nach Hause.';
    assert.equal(quoteBalance(text, languagePack('de')).unopened, true);
    assert.equal(shapeBullet(sentence(text), languagePack('de'), {}), text);
  });
});
