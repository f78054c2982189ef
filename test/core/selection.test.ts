/**
 * Selection of the default method: bullets that stand alone (src/coherence/) and state different
 * facts (src/rank/overlap.ts); a sentence that needs its neighbour is made whole with it, citing
 * both, in the article's own words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCoherence } from '../../src/coherence/index.js';
import { cleanText } from '../../src/clean/index.js';
import { summarizeText } from '../../src/index.js';
import { buildDocument } from '../../src/rank/index.js';
import { standsWholeWithPrevious } from '../../src/rank/coherent.js';
import { articleSentences } from '../../src/sentences/index.js';
import { LIMITS, coherenceReasons } from '../../src/summarize/index.js';
import { OVERLAP, largestOverlap } from '../../src/rank/overlap.js';

const STORY = [
  'Der Stadtrat von Freiburg hat am Dienstag den Bau einer neuen Straßenbahnlinie zum Flughafen beschlossen.',
  '„Der Stadtrat hat heute den Bau der neuen Straßenbahnlinie zum Flughafen beschlossen“, sagte Bürgermeister Martin Horn.',
  'Die Stadt schließe weitere Linien nicht aus.',
  'Die Baukosten liegen nach Schätzungen der Verwaltung bei 240 Millionen Euro.',
  'Der Bund übernimmt davon rund 60 Prozent, das Land Baden-Württemberg weitere 20 Prozent.',
  'Die ersten Bahnen sollen im Jahr 2031 fahren.',
].join(' ');

describe('default selection', () => {
  const s = summarizeText({ text: STORY, title: 'Freiburg baut Straßenbahn zum Flughafen' }, { bullets: 3 });
  const texts = s.bullets.map((b) => b.text);

  test('no two bullets restate each other: the quote that repeats the lead is passed over', () => {
    assert.equal(texts.length, 3);
    assert.ok(largestOverlap(texts, 'de') < OVERLAP.redundant, texts.join(' | '));
    assert.ok(!texts.some((t) => t.startsWith('„Der Stadtrat hat heute')), texts.join(' | '));
  });

  test('no bullet is reported speech without its speaker', () => {
    for (const t of texts) assert.deepEqual(checkCoherence(t, 'de'), [], t);
  });

  test('the baseline is measured as published: lead still gives the first three sentences', () => {
    const lead = summarizeText({ text: STORY }, { bullets: 3, method: 'lead' });
    assert.deepEqual(
      lead.bullets.map((b) => b.sources[0]!.sentence),
      [0, 1, 2],
    );
  });
});

describe('a sentence that needs its neighbour is made whole with it', () => {
  // Three sentences, three bullets asked: the speakerless one must be taken, so it joins the
  // sentence that names the speaker, and the bullet cites both.
  const text = 'Putin reiste am Mittwoch nach Pjöngjang und traf dort Kim Jong-un.\n\nDer Kremlchef sprach von einem historischen Tag. Russland schließe eine militärische Zusammenarbeit nicht aus.';
  const s = summarizeText(text, { bullets: 3 });

  test('the joined bullet cites both sentences and adds no word of its own', () => {
    const joined = s.bullets.find((b) => b.sources.length === 2);
    assert.ok(joined, JSON.stringify(s.bullets));
    assert.equal(joined.text, joined.sources.map((src) => text.slice(src.start, src.end)).join(' '));
    assert.deepEqual(checkCoherence(joined.text, 'de'), []);
  });

  test('every bullet stands alone, and no sentence is cited twice', () => {
    for (const b of s.bullets) assert.deepEqual(checkCoherence(b.text, 'de'), [], b.text);
    const cited = s.bullets.flatMap((b) => b.sources.map((src) => src.sentence));
    assert.equal(new Set(cited).size, cited.length);
  });
});

describe('the unit after a caption lead ("Scroll down for video") is a caption', () => {
  // Pasted Daily Mail pages run their photo captions after the video teaser, often without a label
  // or a final stop; nothing in the caption's own words tells.
  const text = [
    'The prime minister promised on Monday to cut taxes for twelve million working families by 2027.',
    'The plan would cost the treasury about 7 billion pounds a year, according to officials.',
    'Scroll down for video The prime minister was all smiles at a factory in Bedford on Monday morning with workers',
    'Opposition leaders said the promise could not be paid for without deep cuts to public services.',
    'Economists at the Institute for Fiscal Studies said the figures in the plan did not add up.',
  ].join(' ');

  test('it is passed over while enough other sentences stand alone, and lead still prints it', () => {
    const s = summarizeText({ text, lang: 'en' }, { bullets: 3 });
    const texts = s.bullets.map((b) => b.text);
    assert.equal(texts.length, 3);
    assert.ok(!texts.some((t) => t.includes('all smiles')), texts.join(' | '));
    const lead = summarizeText({ text, lang: 'en' }, { bullets: 3, method: 'lead' });
    assert.ok(lead.bullets.some((b) => b.text.startsWith('The prime minister was all smiles')), lead.bullets.map((b) => b.text).join(' | '));
  });

  test('the check flags it after the lead only: without the lead the same unit stands alone', () => {
    const reasonOf = (t: string): unknown => {
      const article = cleanText(t, { lang: 'en' });
      const doc = buildDocument(article, articleSentences(article), { maxCandidates: LIMITS.maxCandidates });
      const c = doc.candidates.findIndex((i) => doc.sentences[i]!.text.startsWith('The prime minister was all smiles'));
      assert.ok(c >= 0);
      return coherenceReasons(doc)[c];
    };
    assert.equal(reasonOf(text), 'caption');
    // …and the sentence before it does not make it whole: the pair would still print a caption.
    const article = cleanText(text, { lang: 'en' });
    const doc = buildDocument(article, articleSentences(article), { maxCandidates: LIMITS.maxCandidates });
    const c = doc.candidates.findIndex((i) => doc.sentences[i]!.text.startsWith('The prime minister was all smiles'));
    assert.equal(standsWholeWithPrevious(doc, c), false);
    assert.equal(reasonOf(text.replace('Scroll down for video ', '').replace('with workers', 'with workers.')), null);
  });
});
