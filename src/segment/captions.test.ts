/**
 * Rule 2c: a labelled photo caption glued to the next sentence (or caption) without a final mark
 * is a sentence of its own; unlabelled text, quotation lead-ins and letters after nouns are not cut.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isPhotoCaption, splitSentences } from './index.js';

const split = (text: string, lang = 'en'): string[] => splitSentences(text, { lang }).map((s) => s.text);

describe('rule 2c: labelled captions', () => {
  test('a caption ends before an opener and a lowercase word', () => {
    assert.deepEqual(split('Charged: Ann Roe, 41, of Leeds, has denied two counts of fraud A senior nurse facing fraud charges told the court she was innocent.'), [
      'Charged: Ann Roe, 41, of Leeds, has denied two counts of fraud',
      'A senior nurse facing fraud charges told the court she was innocent.',
    ]);
    assert.deepEqual(split('Gunman: Tom Doe, 50, pictured in a police photo, shot his brother after a row about money After the shooting police closed the road.'), [
      'Gunman: Tom Doe, 50, pictured in a police photo, shot his brother after a row about money',
      'After the shooting police closed the road.',
    ]);
  });

  test('a chain of captions: each next label starts a caption, and a connective ends the last', () => {
    assert.deepEqual(split('Flying high: Half of the giant kite rose over the town last Sunday Steady: The kite needs three flyers to steer it in the wind However, the authorities stopped the flight.'), [
      'Flying high: Half of the giant kite rose over the town last Sunday',
      'Steady: The kite needs three flyers to steer it in the wind',
      'However, the authorities stopped the flight.',
    ]);
    assert.deepEqual(split('Big lamb: the newborn weighs twice as much as the others, towering over them Proud mother: Jean with her son after a long labour.'), [
      'Big lamb: the newborn weighs twice as much as the others, towering over them',
      'Proud mother: Jean with her son after a long labour.',
    ]);
  });

  test('a caption ends where its subject is named again before a verb, not after a word that leads into a clause', () => {
    assert.deepEqual(split('Proud owner: Jean with her lamb Bess after the birth at a farm Bess is the biggest lamb born there this year.'), [
      'Proud owner: Jean with her lamb Bess after the birth at a farm',
      'Bess is the biggest lamb born there this year.',
    ]);
    assert.deepEqual(split("The long game: Bader's story came before the film with its famous stars (pictured) Bader was among those caught."), [
      "The long game: Bader's story came before the film with its famous stars (pictured)",
      'Bader was among those caught.',
    ]);
    for (const text of [
      'Freed: Jane Roe, 38, hugs her husband at the gate after Roe was released on Monday.',
      'Pictured: Jane Roe with her husband John at the party where Roe was named the winner.',
      'Happy: The couple smile at the wedding in the old hall Martin was the best man there.',
      'Star: Tom Doe with the cup in his hands and the team-mate Doe has played with for years.',
    ]) {
      assert.equal(split(text).length, 1, text);
    }
  });

  test('offsets point into the text and cover it', () => {
    const text = 'It rained. Charged: Ann Roe, 41, has denied two counts of fraud A senior nurse denied it.';
    const out = splitSentences(text, { lang: 'en' });
    assert.deepEqual(out.map((s) => s.text), ['It rained.', 'Charged: Ann Roe, 41, has denied two counts of fraud', 'A senior nurse denied it.']);
    for (const s of out) assert.equal(text.slice(s.start, s.end), s.text);
  });

  test('no cut without a label, after a speech verb, or where "A" or "The" belongs to the words around it', () => {
    for (const text of [
      'The climber plans to scale the peak twenty years after his mother died on it A climber has set his sights on the summit.',
      'Mr Smith said: \'The company has a plan A which would work for the winter and a plan B.\'',
      'She added: \'We will be back A lot of people doubt it.\'',
      'Casting: The actor starred in The Great Escape alongside two friends and told The Times that he loved it.',
      'Plan A: The team has a plan A for the winter and a type A engine in reserve.',
      'Vitamins: Doctors say that taking extra vitamin A helps the eyes more than most think.',
      'Two of them: Cottonwood Police veteran Sgt John Doe was shot in the leg.',
    ]) {
      assert.equal(split(text).length, 1, text);
    }
  });

  test('German has no caption rule: a label in a German sentence is the sentence\'s own', () => {
    assert.equal(split('Wahl: Die Partei hat die Wahl deutlich gewonnen Die Regierung ist zufrieden.', 'de').length, 1);
  });

  test('isPhotoCaption: a label without final mark or with a picture marker, a marker without final mark; never a quotation lead-in', () => {
    const yes = [
      'Haul: The cherry picker collecting parcels from the prison roof',
      'Go fetch: This dog is his owner\'s best friend after saving him',
      'Struggle: Jane Roe, 38, is shown, left, holding on to a flag.',
      'On duty: Sgt John Doe, 31 (pictured), was shot in the leg.',
      'A striker (left) poses for a photo with a tennis star at the open',
    ];
    const no = [
      'She added: \'We will be back\'',
      'Mr Smith said: \'He touched her\'',
      'The reason: costs rose by a third.',
      'haul: The cherry picker collecting parcels', // a label starts with a capital
      'The cherry picker collected parcels from the prison roof',
      'The attorney (pictured) said the arrest was a ruse.',
    ];
    for (const t of yes) assert.equal(isPhotoCaption(t, { lang: 'en' }), true, t);
    for (const t of no) assert.equal(isPhotoCaption(t, { lang: 'en' }), false, t);
    assert.equal(isPhotoCaption('Fazit: Die Lage bleibt ernst', { lang: 'de' }), false);
  });

  test('sentences stay trimmed, ordered and cover every non-space character whatever the captions', () => {
    const pieces = ['Label: ', 'Proud mum: ', 'He said: ', 'The', 'A', 'a', 'However,', 'plan', 'word', 'x', '41,', '(pictured)', '.', ' ', '  ', ': ', 'Cue the crowds:', '\n', 'In', 'an'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(' ')), (text) => {
        const out = splitSentences(text, { lang: 'en' });
        let prev = 0;
        let covered = '';
        for (const s of out) {
          assert.equal(text.slice(s.start, s.end), s.text);
          assert.ok(s.start >= prev && s.end > s.start && s.text === s.text.trim());
          prev = s.end;
          covered += s.text;
        }
        assert.equal(covered.replace(/\s/g, ''), text.replace(/\s/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
