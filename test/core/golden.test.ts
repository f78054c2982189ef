/**
 * Golden checks on the real development articles in ../shared/data (read at run time, never
 * copied into the repository): every summary is grounded and well formed, and the default
 * method keeps its lead over Lead-3 in ROUGE — the quality claim of the README, as a test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { rougeN } from '../../src/eval/rouge.js';
import { tokenizerFor } from '../../src/eval/score.js';
import { checkCoherence } from '../../src/coherence/index.js';
import { summarizeText } from '../../src/index.js';
import { OVERLAP, largestOverlap } from '../../src/rank/overlap.js';

interface Record {
  id: string;
  lang: string;
  title: string | null;
  text: string;
  summary: string[];
}

function load(name: string): Record[] {
  const path = new URL(`../../../shared/data/${name}`, import.meta.url);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record);
}

const SETS = ['de-news-teaser-fundus.jsonl', 'en-cnndm-frank.jsonl'];
/**
 * Where the default beats Lead-3 in ROUGE (the README's claim). On CNN/DM it does not: the
 * highlights themselves open with pronouns and restate the lead, and the default's bullets may
 * do neither; there it must stay within half a ROUGE-1 point of Lead-3.
 */
const BEATS_LEAD_IN_ROUGE = new Set(['de-news-teaser-fundus.jsonl']);

for (const set of SETS) {
  describe(`golden: ${set}`, () => {
    const records = load(set);

    test('every article gives 3 grounded bullets in article order, none of them the title', () => {
      for (const r of records) {
        const s = summarizeText({ text: r.text, title: r.title });
        assert.equal(s.lang, r.lang, `${r.id}: language`);
        assert.equal(s.bullets.length, 3, `${r.id}: bullet count`);
        let last = -1;
        for (const b of s.bullets) {
          const src = b.sources[0]!;
          assert.ok(src.sentence > last, `${r.id}: bullets out of article order`);
          last = src.sentence;
          const source = r.text.slice(src.start, src.end);
          assert.ok(source.length > 0 && source.trim() === source, `${r.id}: empty or untrimmed source`);
          if (r.title) assert.notEqual(b.text, r.title, `${r.id}: the title became a bullet`);
          for (const d of s.dropped) assert.ok(src.end <= d.start || src.start >= d.end, `${r.id}: a bullet overlaps dropped text "${d.text}"`);
        }
      }
    });

    const beats = BEATS_LEAD_IN_ROUGE.has(set);
    test(beats ? 'the default method beats Lead-3 in ROUGE-1 and ROUGE-2 F1, with at most half its redundant and flagged summaries' : 'the default method has at most half of Lead-3\'s redundant and flagged summaries, within 0.5 ROUGE-1 of it', () => {
      const mean = (method: string) => {
        let r1 = 0;
        let r2 = 0;
        let redundant = 0;
        let flagged = 0;
        for (const r of records) {
          const tok = tokenizerFor({ lang: r.lang });
          const s = summarizeText({ text: r.text, title: r.title, lang: r.lang }, { method, bullets: 3 });
          const ref = r.summary.flatMap(tok);
          const can = s.bullets.flatMap((b) => tok(b.text));
          r1 += rougeN(ref, can, 1).f;
          r2 += rougeN(ref, can, 2).f;
          const texts = s.bullets.map((b) => b.text);
          if (largestOverlap(texts, r.lang) >= OVERLAP.redundant) redundant++;
          if (texts.some((t) => checkCoherence(t, r.lang).length > 0)) flagged++;
        }
        return { r1: (100 * r1) / records.length, r2: (100 * r2) / records.length, redundant, flagged };
      };
      const ours = mean('kernpunkte');
      const lead = mean('lead');
      assert.ok(ours.redundant <= lead.redundant / 2, `redundant pairs: kernpunkte ${ours.redundant} vs lead ${lead.redundant} summaries`);
      assert.ok(ours.flagged <= lead.flagged / 2, `bullets that don't stand alone: kernpunkte ${ours.flagged} vs lead ${lead.flagged} summaries`);
      if (!beats) {
        assert.ok(ours.r1 > lead.r1 - 0.5, `ROUGE-1: kernpunkte ${ours.r1.toFixed(2)} vs lead ${lead.r1.toFixed(2)}`);
        return;
      }
      assert.ok(ours.r1 > lead.r1, `ROUGE-1: kernpunkte ${ours.r1.toFixed(2)} vs lead ${lead.r1.toFixed(2)}`);
      assert.ok(ours.r2 > lead.r2, `ROUGE-2: kernpunkte ${ours.r2.toFixed(2)} vs lead ${lead.r2.toFixed(2)}`);
      for (const other of ['textrank', 'lexrank']) {
        const o = mean(other);
        assert.ok(ours.r1 > o.r1 && ours.r2 > o.r2, `kernpunkte must beat ${other}: ${JSON.stringify(ours)} vs ${JSON.stringify(o)}`);
      }
    });
  });
}

describe('golden: the seed article (../shared/examples/de-afp-putin-nordkorea.txt, read at run time, never copied)', () => {
  const text = readFileSync(new URL('../../../shared/examples/de-afp-putin-nordkorea.txt', import.meta.url), 'utf8');
  const s = summarizeText(text);
  const texts = s.bullets.map((b) => b.text);

  test('three bullets; the first is the lead sentence, as in the portal\'s own box', () => {
    assert.equal(texts.length, 3);
    assert.match(texts[0]!, /^Der beim Staatsbesuch von Russlands Präsident Wladimir Putin/);
  });

  test('the bullets say three different things: no pair restates another (Putin\'s quote of the lead is left out)', () => {
    assert.ok(largestOverlap(texts, 'de') < OVERLAP.redundant, `largest overlap ${largestOverlap(texts, 'de').toFixed(2)}: ${texts.join(' | ')}`);
    assert.ok(!texts.some((t) => t.startsWith('"Der heute unterzeichnete')), texts.join(' | '));
  });

  test('every bullet stands alone: no reported speech without its speaker, no pronoun opener', () => {
    for (const t of texts) assert.deepEqual(checkCoherence(t, 'de'), [], t);
    assert.ok(!texts.some((t) => t.startsWith('Russland schließe')), texts.join(' | '));
  });

  test('bullets 2 and 3 cover the story beyond the lead: Kim\'s side of the meeting', () => {
    assert.ok(texts.slice(1).some((t) => /\bKim\b/.test(t)), texts.join(' | '));
  });
});
