/**
 * Issue 11, item 7: a rule that removes most of a page's text, or the article itself, must not
 * leave the page empty where Readability alone finds the article.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../../src/extract/index.js';
import { readabilityBaseline } from '../../src/eval/extract.js';
import { scoreExtraction } from '../../src/extract/tokens.js';

const para = (i: number): string =>
  `Absatz ${i}: Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung des Schienenverkehrs beschlossen, das in den kommenden Jahren Milliarden Euro umfassen soll.`;
const PARAS = [0, 1, 2, 3, 4].map(para);
const nav = (n: number): string => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/r${i}">Ressort Nummer ${i}</a></li>`).join('')}</ul>`;

test('a page wrapped in one <form> (ASP.NET) keeps its article', () => {
  const html = `<html lang="de"><body><form id="aspnetForm"><h1>Titel</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</form></body></html>`;
  const article = extract(html);
  assert.ok(article, 'an article');
  for (const p of PARAS) assert.ok(article.text.includes(p));
});

test('a junk-named wrapper ("PrintThis") around <div> and <br> paragraphs is kept: they are running text', () => {
  const body = `<div class="PrintThis"><div class="article_body">${PARAS.join('<br><br>')}</div></div>`;
  const html = `<html lang="de"><body>${nav(30)}<h1>Titel</h1>${body}${nav(30)}</body></html>`;
  const article = extract(html);
  assert.ok(article, 'an article');
  for (const p of PARAS) assert.ok(article.text.includes(p), p.slice(0, 20));
});

test('when our rules leave nothing, Readability alone on the unpruned page is used', () => {
  // The article sits in an <aside> (removed by step 1, and it holds under half of the page's text).
  const html = `<html lang="de"><body><h1>Titel</h1>${nav(120)}<aside>${PARAS.map((p) => `<p>${p}</p>`).join('')}</aside></body></html>`;
  const alone = readabilityBaseline(html);
  assert.ok(PARAS.every((p) => alone.includes(p)), 'Readability alone finds it');
  const article = extract(html);
  assert.ok(article, 'an article, not null');
  assert.ok(scoreExtraction(article.blocks.map((b) => b.text).join('\n\n'), PARAS.join('\n\n')).recall >= 0.95);
});

test('real page (html-en-fundus, LBCGroup: <form> wrapper and a "PrintThis" box): not empty, not worse than Readability', () => {
  const url = new URL('../../../shared/data/html-en-fundus.jsonl', import.meta.url);
  const record = readFileSync(url, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; html: string; url: string; text: string })
    .find((r) => r.id === 'fundus-lb-LBCGroup-2026_01_08-e4fc10cc3c');
  assert.ok(record, 'the page is in the shared data');
  const article = extract(record.html, { url: record.url });
  assert.ok(article, 'an article');
  const ours = scoreExtraction(article.blocks.map((b) => b.text).join('\n\n'), record.text).f1;
  const theirs = scoreExtraction(readabilityBaseline(record.html), record.text).f1;
  assert.ok(ours >= theirs, `ours ${ours.toFixed(3)} ≥ Readability ${theirs.toFixed(3)}`);
});
