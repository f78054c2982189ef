import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rougeScoreStemmer } from '../../src/eval/score.js';
import { compatTokens, unicodeTokens } from '../../src/eval/tokenize.js';

const plain = (text: string, lang: string) => unicodeTokens(text, { lang, stem: false });

describe('unicodeTokens: German', () => {
  const cases: [string, string[]][] = [
    ['Der Präsident', ['der', 'präsident']],
    ['die Straße', ['die', 'straße']],
    ['ÜBER Öl und Äpfel', ['über', 'öl', 'und', 'äpfel']],
    ['„Heute“, sagte er – morgen!', ['heute', 'sagte', 'er', 'morgen']],
    ['Kim Jong-un', ['kim', 'jong', 'un']],
    ['um 3,5 Prozent auf 1.000.000 Euro', ['um', '3,5', 'prozent', 'auf', '1.000.000', 'euro']],
    // Decomposed "ä" (a + combining diaeresis) is the same word as the composed one.
    ['Pra\u0308sident', ['präsident']],
  ];
  for (const [input, want] of cases) it(input, () => assert.deepEqual(plain(input, 'de'), want));
});

describe('unicodeTokens: French', () => {
  const cases: [string, string[]][] = [
    ["l'élève", ['l', 'élève']],
    ["aujourd'hui", ["aujourd'hui"]],
    ['aujourd’hui', ["aujourd'hui"]],
    ["jusqu'aujourd'hui", ['jusqu', "aujourd'hui"]],
    ['« Bonjour », dit-il', ['bonjour', 'dit', 'il']],
    ['Noël à Paris', ['noël', 'à', 'paris']],
  ];
  for (const [input, want] of cases) it(input, () => assert.deepEqual(plain(input, 'fr'), want));
  it('other languages split at every apostrophe, as rouge-score does', () => {
    assert.deepEqual(plain("don't", 'en'), ['don', 't']);
  });
});

describe('unicodeTokens: stemming', () => {
  it('German inflections meet in one stem', () => {
    const [a, b] = [unicodeTokens('Präsident', { lang: 'de' }), unicodeTokens('Präsidenten', { lang: 'de' })];
    assert.deepEqual(a, b);
    assert.deepEqual(unicodeTokens('Straße', { lang: 'de' }), unicodeTokens('Straßen', { lang: 'de' }));
  });
  it('French plural and singular meet', () => {
    assert.deepEqual(unicodeTokens('élèves', { lang: 'fr' }), unicodeTokens('élève', { lang: 'fr' }));
  });
  it('stem: false keeps the surface form; an unknown language is not stemmed', () => {
    assert.deepEqual(unicodeTokens('Präsidenten', { lang: 'de', stem: false }), ['präsidenten']);
    assert.deepEqual(unicodeTokens('Präsidenten', { lang: 'xx' }), ['präsidenten']);
  });
  it('lowercasing does not depend on the locale (Turkish dotted I stays one token)', () => {
    assert.equal(unicodeTokens('İSTANBUL', { stem: false }).length, 1);
  });
});

describe('compatTokens (rouge-score)', () => {
  it('drops non-ASCII letters, splitting words there', () => {
    assert.deepEqual(compatTokens('Der Präsident'), ['der', 'pr', 'sident']);
  });
  it('stems only tokens longer than 3 characters', () => {
    const st = rougeScoreStemmer();
    assert.deepEqual(compatTokens('runs running ran dies', st), ['run', 'run', 'ran', 'die']);
    assert.deepEqual(compatTokens('was', st), ['was']);
  });
  it('gives nothing for punctuation only', () => assert.deepEqual(compatTokens('... !!! ???'), []));
});
