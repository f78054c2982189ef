/**
 * The word limit: where a sentence over `maxWordsPerBullet` (or a headline's length) is cut,
 * and that the kept part is a span of the input.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { words } from '../../src/lang/index.js';
import { keptSpan, keptText, wordLimitCut } from '../../src/shape/index.js';

describe('word limit: cut at a clause boundary', () => {
  // [label, text, max, kept part, cut at a clause boundary?]
  const cases: Array<[string, string, number, string, boolean]> = [
    ['comma', 'The council approved the budget on Monday, after a debate that lasted for more than nine hours.', 12, 'The council approved the budget on Monday', true],
    ['semicolon', 'Die Opposition stimmte dagegen; sie hält das Gesetz für verfassungswidrig und will klagen.', 8, 'Die Opposition stimmte dagegen', true],
    ['spaced dash', 'Der Vertrag gilt ab Januar – zunächst für zwei Jahre und mit einer Option auf Verlängerung.', 9, 'Der Vertrag gilt ab Januar', true],
    ['decimal comma is no boundary', 'Etwa 18,3 Millionen Staatsbürger sind aufgefordert ihre Stimme abzugeben, sagte die Wahlkommission am Sonntag.', 8, 'Etwa 18,3 Millionen Staatsbürger sind aufgefordert ihre', false],
    ['no boundary inside brackets', 'Analysten sagen einen klaren Sieg voraus, die Union (USL, von Victor Ponta und Partnern) liegt vorn.', 12, 'Analysten sagen einen klaren Sieg voraus', true],
    ['no boundary inside or at the end of a dash aside', 'Der Minister – der seit Jahren im Amt ist, wie er betonte – kündigte am Montag weitere Hilfen für die Bauern an.', 13, 'Der Minister – der seit Jahren im Amt ist, wie er betonte – kündigte am', false],
    ['a comma after a closed dash aside is a boundary', 'Der Minister – seit Jahren im Amt – kündigte am Montag Hilfen an, die Opposition widersprach sofort und heftig.', 13, 'Der Minister – seit Jahren im Amt – kündigte am Montag Hilfen an', true],
    ['boundary too early: cut after the last allowed word', 'Ja, die Regierung hat am Montag das Gesetz zur Reform der Pflege beschlossen.', 8, 'Ja, die Regierung hat am Montag das Gesetz', false],
  ];
  for (const [label, text, max, kept, atClause] of cases) {
    test(label, () => {
      const cut = wordLimitCut(text, max);
      assert.ok(cut, 'the text is over the limit');
      assert.equal(text.slice(0, cut.end), kept);
      assert.equal(cut.atClause, atClause);
      assert.ok(words(kept).length <= max);
    });
  }

  test('a sentence within the limit is not cut', () => {
    assert.equal(wordLimitCut('Der Bundestag hat das Gesetz beschlossen.', 6), null);
    assert.equal(keptText('Der Bundestag hat das Gesetz beschlossen.', 6), 'Der Bundestag hat das Gesetz beschlossen.');
    assert.equal(keptText('Der Bundestag hat das Gesetz beschlossen.', undefined), 'Der Bundestag hat das Gesetz beschlossen.');
  });

  test('the kept text ends in "…", and its span is the kept part of the input', () => {
    const input = 'Vorspann. The council approved the budget on Monday, after a debate that lasted for nine hours.';
    const start = input.indexOf('The');
    const sentence = { text: input.slice(start), start, end: input.length };
    assert.equal(keptText(sentence.text, 12), 'The council approved the budget on Monday …');
    const span = keptSpan(sentence, 12);
    assert.equal(input.slice(span.start, span.end), 'The council approved the budget on Monday');
    assert.deepEqual(keptSpan(sentence, undefined), { start, end: input.length });
  });
});
