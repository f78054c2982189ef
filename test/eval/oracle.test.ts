import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { greedyOracle } from '../../src/eval/oracle.js';
import { unicodeTokens } from '../../src/eval/tokenize.js';

const tokenize = (s: string) => unicodeTokens(s, { lang: 'de' });
const sentences = [
  'Die Bundesregierung hat am Mittwoch einen neuen Haushalt beschlossen.',
  'Das Wetter in Berlin war dabei sonnig und warm.',
  'Der Etat sieht Ausgaben von 480 Milliarden Euro vor.',
  'Ein Sprecher lobte das Kantinenessen.',
  'Die Opposition kritisierte die hohe Neuverschuldung scharf.',
];

describe('greedyOracle', () => {
  it('picks exactly the sentences that are the reference, in document order', () => {
    const reference = [sentences[4] ?? '', sentences[0] ?? ''];
    assert.deepEqual(greedyOracle(sentences, reference, { max: 3, tokenize }), [0, 4]);
  });
  it('stops at max sentences', () => {
    const reference = [sentences[0] ?? '', sentences[2] ?? '', sentences[4] ?? ''];
    assert.deepEqual(greedyOracle(sentences, reference, { max: 2, tokenize }).length, 2);
  });
  it('stops when no sentence adds anything', () => {
    assert.deepEqual(greedyOracle(sentences, ['Völlig andere Wörter hier.'], { max: 3, tokenize }), []);
  });
  it('handles an empty article', () => {
    assert.deepEqual(greedyOracle([], ['Irgendwas.'], { max: 3, tokenize }), []);
  });
});
