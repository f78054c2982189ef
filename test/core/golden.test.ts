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
import { summarizeText } from '../../src/index.js';

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

    test('the default method beats Lead-3 in ROUGE-1 and ROUGE-2 F1', () => {
      const mean = (method: string) => {
        let r1 = 0;
        let r2 = 0;
        for (const r of records) {
          const tok = tokenizerFor({ lang: r.lang });
          const s = summarizeText({ text: r.text, title: r.title, lang: r.lang }, { method, bullets: 3 });
          const ref = r.summary.flatMap(tok);
          const can = s.bullets.flatMap((b) => tok(b.text));
          r1 += rougeN(ref, can, 1).f;
          r2 += rougeN(ref, can, 2).f;
        }
        return { r1: (100 * r1) / records.length, r2: (100 * r2) / records.length };
      };
      const ours = mean('kernpunkte');
      const lead = mean('lead');
      assert.ok(ours.r1 > lead.r1, `ROUGE-1: kernpunkte ${ours.r1.toFixed(2)} vs lead ${lead.r1.toFixed(2)}`);
      assert.ok(ours.r2 > lead.r2, `ROUGE-2: kernpunkte ${ours.r2.toFixed(2)} vs lead ${lead.r2.toFixed(2)}`);
      for (const other of ['textrank', 'lexrank']) {
        const o = mean(other);
        assert.ok(ours.r1 > o.r1 && ours.r2 > o.r2, `kernpunkte must beat ${other}: ${JSON.stringify(ours)} vs ${JSON.stringify(o)}`);
      }
    });
  });
}
