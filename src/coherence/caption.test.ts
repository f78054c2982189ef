/** The caption flag for labelled photo captions that the segmenter's rule 2c cuts off. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCoherence } from './index.js';

const reasons = (text: string, lang = 'en'): string[] => checkCoherence(text, lang).map((f) => f.reason);

test('a labelled caption without a final mark is flagged caption; a quotation lead-in is not', () => {
  assert.ok(reasons('Haul: The cherry picker collecting parcels from the prison roof').includes('caption'));
  assert.ok(reasons('Accused: Dr Ann Roe, 41, of Leeds, has denied two counts of fraud').includes('caption'));
  assert.ok(!reasons("Mr Smith said: 'The plan will work for everyone.'").includes('caption'));
  assert.ok(!reasons('A senior nurse facing fraud charges told the court she was innocent.').includes('caption'));
  assert.ok(!reasons('Die Bilanz: Die Firma verdiente mehr als im Vorjahr.', 'de').includes('caption'));
});
