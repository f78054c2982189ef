/**
 * The default ranker's newer parts, by input: the lead-strength, quotation and phrase features,
 * the sentence that makes a flagged one whole, and selection with made-whole pairs and the
 * quotation block.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanText } from '../../src/clean/index.js';
import { FEATURE_NAMES, buildDocument, sentenceFeatures, type RankDocument } from '../../src/rank/index.js';
import { wholePartners } from '../../src/rank/coherent.js';
import { leadCentrality } from '../../src/rank/features.js';
import { candidateOverlap, OVERLAP } from '../../src/rank/overlap.js';
import { bulletCount, selectCandidates } from '../../src/rank/select.js';
import { candidateFlags } from '../../src/rank/coherent.js';
import { articleSentences } from '../../src/sentences/index.js';

function doc(text: string, lang = 'en'): RankDocument {
  const article = cleanText(text, { lang, title: null });
  return buildDocument(article, articleSentences(article), { maxCandidates: 100 });
}

const feature = (d: RankDocument, name: (typeof FEATURE_NAMES)[number]): number[] => sentenceFeatures(d).map((row) => row[FEATURE_NAMES.indexOf(name)]!);

describe('features', () => {
  test('leadStrength: a lead that states the story is more central than a scene-setting one', () => {
    const story = [
      'The city council of Leeds approved a new tram line to the airport on Tuesday.',
      'The tram line to the airport will cost the council 240 million pounds.',
      'Work on the tram line starts next year, the council said.',
      'The airport expects more passengers from the tram line.',
      'Critics of the council say the tram line is too expensive.',
    ].join(' ');
    const scene = [
      'Rain fell on the grey morning as commuters queued at the bus stop.',
      'Margaret, 64, has waited there every day for thirty years.',
      'Her sister brings coffee in a red flask.',
      'The city council of Leeds approved a new tram line to the airport on Tuesday.',
      'The tram line to the airport will cost the council 240 million pounds.',
      'Critics of the council say the tram line is too expensive.',
    ].join(' ');
    const strong = leadCentrality(doc(story));
    const weak = leadCentrality(doc(scene));
    assert.ok(strong > weak, `strong ${strong.toFixed(2)} vs weak ${weak.toFixed(2)}`);
    // The feature is position scaled by it: it falls with the position, and is larger for the strong lead.
    const f = feature(doc(story), 'leadStrength');
    assert.ok(f[0]! > f[1]! && f[1]! > f[2]!, f.join(', '));
    assert.ok(f[0]! > feature(doc(scene), 'leadStrength')[0]!);
  });

  const quoted: Array<[string, number]> = [
    ["'Games like this are why I came back,' he said.", 1],
    ['"We will not give up," the mayor told reporters.', 1],
    ['The mayor said the city would "not give up" on the project.', 1],
    ["The mayor called it 'a great day' for the city.", 1],
    ['The council approved the budget on Tuesday.', 0],
    ["The players' union did not comment on the deal.", 0],
    ["It wasn't the first time the council met in public.", 0],
  ];
  for (const [sentence, want] of quoted) {
    test(`quoted = ${want}: ${sentence}`, () => {
      const d = doc(`The council met on Monday. ${sentence}`);
      assert.equal(feature(d, 'quoted')[1], want);
    });
  }

  test('phraseDensity: a sentence that repeats the story\'s two-word names scores above one with the same words apart', () => {
    const d = doc(
      [
        'Prime Minister Keir Starmer visited the Royal Infirmary on Monday.',
        'Keir Starmer met nurses at the Royal Infirmary.',
        'Nurses told Starmer the infirmary needs more staff, and Keir listened.',
        'The Royal Infirmary has 900 beds.',
      ].join(' '),
    );
    const f = feature(d, 'phraseDensity');
    assert.ok(f[1]! > f[2]!, f.join(', '));
    assert.equal(Math.max(...f), 1);
  });
});

describe('wholePartners: the sentence that makes a flagged one whole', () => {
  const cases: Array<[string, string, Array<number | undefined>]> = [
    ['a pronoun opener after its referent, same paragraph', 'Lewis Hamilton won the race in Bahrain on Sunday. He now leads the championship by 27 points.', [undefined, 0]],
    ['a pronoun opener in a new paragraph', 'Lewis Hamilton won the race in Bahrain on Sunday.\n\nHe now leads the championship by 27 points.', [undefined, undefined]],
    ['after a sentence that is flagged itself', 'Lewis Hamilton won the race in Bahrain on Sunday. It was his third win. He now leads the championship by 27 points.', [undefined, 0, undefined]],
    ['the first sentence has no sentence before it', 'He won the race in Bahrain on Sunday. Lewis Hamilton now leads the championship.', [undefined, undefined]],
  ];
  for (const [name, text, want] of cases) {
    test(name, () => {
      const d = doc(text);
      const flags = candidateFlags(d);
      assert.deepEqual(wholePartners(d, (c) => flags[c]!.length === 0), want);
    });
  }
});

describe('selection with made-whole pairs and the overlap block', () => {
  const text = [
    'Lewis Hamilton won the Bahrain Grand Prix on Sunday.',
    'He now leads the championship by 27 points.',
    'Ferrari finished second and third in the race.',
    'The next race is in China in two weeks.',
  ].join(' ');
  const d = doc(text);
  const flags = candidateFlags(d);
  const usable = (c: number): boolean => flags[c]!.length === 0;
  const partner = wholePartners(d, usable);

  test('picking the flagged sentence brings the one before it into the same bullet', () => {
    // Scores that prefer the flagged sentence: it comes with its referent, as one bullet of two.
    const picked = selectCandidates(d, [1, 4, 2, 0], 2, 0, (c) => usable(c) || partner[c] !== undefined, { wholeWith: partner });
    assert.deepEqual([...picked].sort(), [0, 1, 2]);
    assert.equal(bulletCount(picked, partner), 2);
  });

  test('a flagged sentence whose partner is already a bullet joins it without taking a bullet', () => {
    const picked = selectCandidates(d, [4, 3, 2, 1], 2, 0, (c) => usable(c) || partner[c] !== undefined, { wholeWith: partner });
    assert.deepEqual(picked, [0, 1, 2]);
    assert.equal(bulletCount(picked, partner), 2);
  });

  test('without partners the flagged sentence is passed over', () => {
    const picked = selectCandidates(d, [1, 4, 2, 0], 2, 0, usable);
    assert.deepEqual(picked, [2, 0]);
  });

  test('a quotation is blocked at OVERLAP.quoteBlock even when the block for statements is higher', () => {
    const q = doc('The council approved the new tram line to the airport on Tuesday. "We approved the tram line today," said the mayor. Trams will run every ten minutes from 2031.');
    const overlap = candidateOverlap(q, 0, 1);
    assert.ok(overlap >= OVERLAP.quoteBlock && overlap < 0.7, `overlap ${overlap.toFixed(2)}`);
    const picked = selectCandidates(q, [3, 2, 1], 2, 0, () => true, { maxOverlap: 0.7 });
    assert.deepEqual(picked, [0, 2]);
    // A statement with the same overlap is let through at that block.
    const s = doc('The council approved the new tram line to the airport on Tuesday. The mayor said the council approved the tram line today. Trams will run every ten minutes from 2031.');
    if (candidateOverlap(s, 0, 1) < 0.7) assert.deepEqual(selectCandidates(s, [3, 2, 1], 2, 0, () => true, { maxOverlap: 0.7 }), [0, 1]);
  });
});
