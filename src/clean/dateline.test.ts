/**
 * datelineLength tests cheap necessary conditions before it runs (and so compiles) each dateline
 * pattern. The answer must be the one running every pattern gives.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { DATELINES, datelineLength } from './05-dateline.js';

function reference(t: string): number {
  for (const re of DATELINES) {
    const m = re.exec(t);
    if (m) return m[0].length;
  }
  return 0;
}

const PIECES = [
  'Berlin', 'BERLIN', 'NEW YORK', 'Frankfurt am Main', 'Pjöngjang', 'Cuxhaven', '(Deutschland)', '(dpa)', '(AFP)', '(Reuters)', '(CNN)',
  '(dpa/lno)', '(EFE)', 'ÉTAT', '𝐀𝐁𝐂', ',', ' ', ' - ', ' – ', '.-', ':', '24. Juni', '19.06.2015', 'May 18, 2015', '3 mai 2024', 'Der',
  'die Regierung', '2024', '(', ')', 'x', '(DPA)', '(Dpa)', '(dpa', 'AFP)', '(xy)', '(Reuters, AP)',
  '(CNN)Guilty', ', India', ' -- ', '--', 'As', '"The',
];

test('datelineLength gives what running every pattern gives', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
      const t = parts.join('');
      assert.equal(datelineLength(t), reference(t));
    }),
    { numRuns: 3000 },
  );
  for (const t of ['Berlin (dpa) - Die Regierung', 'BERLIN, 24. Juni (AFP) - Der', 'Cuxhaven (Deutschland), 19.06.2015 – Die', 'BERLIN – „Die', '(CNN) The', 'Die Regierung (dpa) hat']) {
    assert.equal(datelineLength(t), reference(t), t);
  }
  assert.ok(datelineLength('Berlin (dpa) - Die Regierung') > 0);
});

test('datelineLength gives what running every pattern gives on the openings of real paragraphs', () => {
  const file = new URL('../../../shared/data/de-news-teaser-fundus.jsonl', import.meta.url);
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    for (const para of String(JSON.parse(line).text).split(/\n+/)) {
      const t = para.trim().slice(0, 160);
      assert.equal(datelineLength(t), reference(t), t);
    }
  }
});

test('CNN datelines: glued to the first word, with a country, or with "--"', () => {
  const cases: Array<[string, string]> = [
    ['Boston (CNN)Guilty across the board.', 'Boston (CNN)'],
    ['New Delhi, India (CNN)As the earth shook in Nepal, tremors were felt.', 'New Delhi, India (CNN)'],
    ['Kathmandu, Nepal (CNN)Rescuers pulled a man from the wreckage.', 'Kathmandu, Nepal (CNN)'],
    ['Washington (CNN)"This is the day," he said.', 'Washington (CNN)'],
    ['LONDON, England (CNN) -- The prime minister spoke.', 'LONDON, England (CNN) --'],
    ['(CNN) -- A storm hit the coast.', '(CNN) --'],
    ['(CNN)Two screeners were fired.', '(CNN)'],
  ];
  for (const [text, dateline] of cases) assert.equal(datelineLength(text), dateline.length, text);
  // Not a dateline: a party in brackets, a lowercase word after the tag, a clause before it.
  for (const text of ['Merkel (CDU)Die Kanzlerin sprach.', 'Boston (CNN)is a city.', 'The report (CNN)Found nothing.']) {
    assert.equal(datelineLength(text), 0, text);
  }
});
