/**
 * Crafted pages must not tie up a worker: deep nesting, tens of thousands of <br>s or
 * elements finish or are refused with a coded error (NO_ARTICLE), never a RangeError.
 * How fast (time per MB against an ordinary page) is measured by `npm run bench`
 * (bench/pathological.js), not here; the test timeouts are only hang guards.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { KernpunkteError } from '../../src/errors.js';
import { extract, EXTRACT_RULES } from '../../src/extract/index.js';
import { compactTree, flattenDeep, markupStats } from '../../src/extract/00-limits.js';
import { collectBlocks } from '../../src/extract/dom.js';

/** Hang guard per test, not a speed goal: generous for a busy shared machine. */
const HANG_GUARD = { timeout: 60_000 };
const para = (i: number): string =>
  `<p>Absatz ${i}: Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung des Schienenverkehrs beschlossen, das in den kommenden Jahren Milliarden umfassen soll.</p>`;
const ARTICLE = [0, 1, 2, 3].map(para).join('');
const nested = (tag: string, n: number, inner: string, close = true): string =>
  `<html lang="de"><body>${`<${tag}>`.repeat(n)}${inner}${close ? `</${tag}>`.repeat(n) : ''}</body></html>`;

/** Runs extract and says what happened: 'article', 'null' or the error code; fails on any other throw. */
function outcome(html: string): { result: string } {
  let result: string;
  try {
    result = extract(html) ? 'article' : 'null';
  } catch (e) {
    assert.ok(e instanceof KernpunkteError, `a coded error, not ${String(e)}`);
    result = e.code;
  }
  return { result };
}

const CRAFTED: Array<[string, () => string, readonly string[]]> = [
  ['2,000 nested <div>s', () => nested('div', 2000, ARTICLE), ['NO_ARTICLE']],
  ['8,000 nested <div>s', () => nested('div', 8000, ARTICLE), ['NO_ARTICLE']],
  ['100,000 nested <div>s (about 1 MB)', () => nested('div', 100_000, ARTICLE), ['NO_ARTICLE']],
  ['100,000 unclosed <span>s', () => nested('span', 100_000, ARTICLE, false), ['NO_ARTICLE']],
  ['100,000 nested <b>s inside a paragraph', () => `<html><body><p>${'<b>'.repeat(100_000)}x</p>${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  // 80,000 nodes (each line is a text node and a <br>): over maxNodes since character references count.
  ['40,000 <br>s after text', () => `<html><body><article>${ARTICLE}${'Zeile<br>'.repeat(40_000)}</article></body></html>`, ['article', 'null', 'NO_ARTICLE']],
  ['40,000 <br>s in a row', () => `<html><body><div>${'<br>'.repeat(40_000)}${ARTICLE}</div></body></html>`, ['article', 'null']],
  ['45,000 empty inline elements', () => `<html><body><article>${ARTICLE}${'<i>x</i>'.repeat(45_000)}</article></body></html>`, ['article', 'null', 'NO_ARTICLE']],
  ['300,000 elements', () => `<html><body><article>${ARTICLE}${'<i></i>'.repeat(300_000)}</article></body></html>`, ['NO_ARTICLE']],
  // A self-closing raw-text tag inside <svg> ends raw text for htmlparser2 (linkedom's parser):
  // what follows is markup, not text to skip.
  ['<svg><style/></svg> then 200,000 <div>s', () => `<html><body><svg><style/></svg>${'<div>'.repeat(200_000)}${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  ['<svg><script/></svg> then 100,000 <div>s', () => `<html><body><svg><script/></svg>${'<div>'.repeat(100_000)}${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  // End tags that close nothing must not lower the depth.
  ["'<div></b>' 49,990 times", () => `<html><body>${'<div></b>'.repeat(49_990)}${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  ['49,990 <caption>s (they nest)', () => `<html><body>${'<caption>'.repeat(49_990)}${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  ['49,990 <colgroup>s in a table', () => `<html><body><table>${'<colgroup>'.repeat(49_990)}</table>${ARTICLE}</body></html>`, ['NO_ARTICLE']],
  ['999 <div>s then 4,000,000 stray </b>s (16 MB)', () => `<html><body>${'<div>'.repeat(999)}${ARTICLE}${'</b>'.repeat(4_000_000)}</body></html>`, ['NO_ARTICLE']],
  ['20,000 teaser cards', () => `<html><body><h1>T</h1>${ARTICLE}${Array.from({ length: 20_000 }, (_, i) => `<h3><a href="/a${i}">Karte ${i}</a></h3>`).join('')}</body></html>`, ['article', 'null', 'NO_ARTICLE']],
];

describe('crafted pages finish or are refused', () => {
  for (const [label, build, allowed] of CRAFTED) {
    test(label, HANG_GUARD, () => {
      const { result } = outcome(build());
      assert.ok(allowed.includes(result), `got ${result}, expected one of ${allowed.join(', ')}`);
    });
  }

  test('the parser-bypass pages are refused (NO_ARTICLE)', HANG_GUARD, () => {
    for (const [label, build] of CRAFTED.filter(([l]) => /svg|<\/b>|caption|colgroup/.test(l))) {
      const html = build();
      const { result } = outcome(html);
      assert.equal(result, 'NO_ARTICLE', label);
    }
  });

  test('the article inside 900 nested <div>s (under the markup limit) is still found', HANG_GUARD, () => {
    const { result } = outcome(nested('div', 900, ARTICLE));
    assert.equal(result, 'article');
  });

  test('the refusal says why, with the numbers', () => {
    try {
      extract(nested('div', 5000, ARTICLE));
      assert.fail('expected a throw');
    } catch (e) {
      assert.ok(e instanceof KernpunkteError);
      assert.equal(e.code, 'NO_ARTICLE');
      assert.equal(e.details['reason'], 'too-deep');
      assert.equal(e.details['limit'], EXTRACT_RULES.maxMarkupDepth);
    }
  });
});

describe('markupStats: what linkedom will build, without building it', () => {
  /** Depth and element count of the tree linkedom builds (an iterative walk). */
  function domStats(html: string): { depth: number; elements: number } {
    const { document } = parseHTML(html);
    let depth = 0;
    let elements = 0;
    const stack: Array<[Element, number]> = Array.from(document.children as unknown as Element[], (c) => [c, 1]);
    while (stack.length > 0) {
      const [el, d] = stack.pop()!;
      elements++;
      if (d > depth) depth = d;
      for (const c of Array.from(el.children)) stack.push([c, d + 1]);
    }
    return { depth, elements };
  }
  const cases: Array<[string, string]> = [
    ['closed nesting', '<div><div><span>x</span></div></div>'],
    ['void elements are leaves', '<div>' + '<br><img src=x><hr>'.repeat(1000) + '</div>'],
    ['unclosed <p> and <li> close each other', '<div>' + '<p>a'.repeat(500) + '<ul>' + '<li>b'.repeat(500) + '</ul></div>'],
    ['tags inside a script are text', '<div><script>for (;;) document.write("<div><div><div>")</script></div>'],
    ['tags inside a comment are text', '<div><!-- <div><div><div> --></div>'],
    ['stray end tags close nothing', '</div></div><div><div></div></div>' + '<div></b>'.repeat(50)],
    ['a self-closing <style/> in <svg> ends raw text', '<svg><style/></svg>' + '<div>'.repeat(50)],
    ['a self-closing <script/> in <svg> ends raw text', '<svg><script/><rect/></svg>' + '<div>'.repeat(50)],
    ['<style/> outside <svg> does not', '<style/>' + '<div>'.repeat(50) + '</style><p>x</p>'],
    ['<caption> and <colgroup> nest', '<table>' + '<caption>'.repeat(30) + '</table>' + '<colgroup>'.repeat(30)],
    ['</p> alone opens a <p>, </br> a <br>', '<div></p></br></p></div>'],
    ['an unclosed comment swallows the rest', '<div><!-- <div><div>'],
  ];
  for (const [label, html] of cases) {
    test(`${label}: ${JSON.stringify(html.slice(0, 50))}`, () => {
      const { depth, elements, stopped } = markupStats(html);
      assert.equal(stopped, false);
      assert.deepEqual({ depth, elements }, domStats(html));
    });
  }
  test('stops at the first limit passed, with lower bounds', () => {
    const s = markupStats('<span>'.repeat(5000), { depth: 100, elements: 10_000 });
    assert.deepEqual([s.depth, s.stopped], [101, true]);
    const e = markupStats('<i></i>'.repeat(5000), { depth: 100, elements: 1000 });
    assert.deepEqual([e.elements, e.stopped], [1001, true]);
    const t = markupStats('<div>'.repeat(99) + '</b>'.repeat(5000), { depth: 100, elements: 1000 });
    assert.deepEqual([t.depth, t.endTags > 1000, t.stopped], [99, true, true]);
  });
  test('1 MB of unclosed tags: the scan stops just past the depth limit', HANG_GUARD, () => {
    const s = markupStats('<span>'.repeat(170_000) + '<script>' + 'x'.repeat(100_000));
    assert.deepEqual([s.depth, s.stopped], [EXTRACT_RULES.maxMarkupDepth + 1, true]);
  });
  test('16 MB of stray end tags under the depth limit: stopped by the end-tag count, depth unchanged', HANG_GUARD, () => {
    const s = markupStats('<div>'.repeat(999) + '</b>'.repeat(4_000_000));
    assert.deepEqual([s.depth, s.endTags > EXTRACT_RULES.maxElements, s.stopped], [999, true, true]);
  });
});

describe('DOM walks are iterative', () => {
  test('flattenDeep keeps the text and bounds the depth', () => {
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(3000)}<p>tief unten</p>${'</div>'.repeat(3000)}</body></html>`);
    const n = flattenDeep(document.documentElement as unknown as Element, 50);
    assert.equal(n, 1);
    let depth = 0;
    for (let el: Element | null = document.body as unknown as Element; el; el = el.firstElementChild) depth++;
    assert.ok(depth <= 50, `depth ${depth}`);
    assert.ok((document.body.textContent ?? '').includes('tief unten'));
  });

  test('collectBlocks walks 20,000 levels without a RangeError', () => {
    const { document } = parseHTML(`<html><body>${'<span>'.repeat(20_000)}Text ganz unten</body></html>`);
    const blocks = collectBlocks(document.body as unknown as Element);
    assert.deepEqual(blocks.map((b) => b.text), ['Text ganz unten']);
  });

  test('collectBlocks: two <br>s split paragraphs, one does not; 40,000 <br>s in one block', HANG_GUARD, () => {
    const { document } = parseHTML('<html><body><div>eins<br>zwei<br> <br>drei<br>\n<br>vier</div></body></html>');
    assert.deepEqual(collectBlocks(document.body as unknown as Element).map((b) => b.text), ['eins zwei', 'drei', 'vier']);
    const many = parseHTML(`<html><body><div>${'Zeile<br>'.repeat(40_000)}</div></body></html>`).document;
    const blocks = collectBlocks(many.body as unknown as Element);
    assert.equal(blocks.length, 1);
  });
});

describe('character references, comments and attributes: counted, not timed', () => {
  /** Every node linkedom builds below the document (elements, text, comments; it drops processing instructions). */
  function domNodes(html: string): number {
    const { document } = parseHTML(html);
    let n = 0;
    const stack: Node[] = Array.from(document.childNodes as unknown as Node[]).filter((c) => c.nodeType !== 10);
    while (stack.length > 0) {
      const node = stack.pop()!;
      n++;
      for (let c = node.firstChild; c !== null; c = c.nextSibling) stack.push(c);
    }
    return n;
  }
  const cases: Array<[string, string]> = [
    ['each &amp; is a text node of its own', '<html><body><p>' + 'a&amp;'.repeat(300) + '</p></body></html>'],
    ['numeric and named references', '<html><body><p>' + '&#38;&#x26;&copy;&nbsp;x'.repeat(100) + '</p></body></html>'],
    ['comments and processing instructions', '<html><body><div>' + '<!---->x<?pi?>'.repeat(200) + '</div></body></html>'],
  ];
  for (const [label, html] of cases) {
    test(`markupStats counts the nodes linkedom builds: ${label}`, () => {
      const s = markupStats(html);
      assert.equal(s.stopped, false);
      assert.equal(s.nodes, domNodes(html));
    });
  }

  const refused: Array<[string, string, string, string]> = [
    ['400,000 &amp; in one paragraph (2 MB)', `<html><body><article><h1>T</h1>${ARTICLE}<p>${'&amp;'.repeat(400_000)}</p></article></body></html>`, 'too-many-nodes', 'nodes'],
    ['300,000 empty comments', `<html><body><article>${ARTICLE}${'<!---->'.repeat(300_000)}</article></body></html>`, 'too-many-nodes', 'nodes'],
    ['10,000 distinct attributes on one element', `<html><body><article${Array.from({ length: 10_000 }, (_, i) => ` a${i}`).join('')}>${ARTICLE}</article></body></html>`, 'too-many-attributes', 'attributes'],
    ['300,000 repeats of one attribute', `<html><body><article${' a'.repeat(300_000)}>${ARTICLE}</article></body></html>`, 'too-many-attributes', 'attributes'],
  ];
  for (const [label, html, reason, field] of refused) {
    test(`refused before parsing, the scan stopping at the limit: ${label}`, () => {
      try {
        extract(html);
        assert.fail('expected NO_ARTICLE');
      } catch (e) {
        assert.ok(e instanceof KernpunkteError, String(e));
        assert.equal(e.code, 'NO_ARTICLE');
        assert.equal(e.details['reason'], reason);
        const limit = field === 'nodes' ? EXTRACT_RULES.maxNodes : EXTRACT_RULES.maxAttributes;
        assert.equal(e.details['limit'], limit);
        // The scan stopped one past the limit: the work done is bounded by the limit, not the page.
        assert.equal(e.details[field], limit + 1);
      }
    });
  }

  test('under the limit, references and comments are merged away after parsing, and the text survives', () => {
    const { document } = parseHTML(`<html><body><p>Tom${'&amp;'.repeat(20_000)}Jerry<!--a--><!--b-->!</p></body></html>`);
    const p = document.querySelector('p') as unknown as Element;
    assert.equal(p.childNodes.length, 20_005);
    compactTree(document.documentElement as unknown as Element);
    assert.equal(p.childNodes.length, 1);
    assert.equal(p.textContent, `Tom${'&'.repeat(20_000)}Jerry!`);
  });

  test('an article full of character references is still extracted, with the characters', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Absatz ${i}: Die Firma M&amp;M &amp; Co. hat am Mittwoch &bdquo;mehr als&ldquo; 5&nbsp;&euro; je Aktie gezahlt &ndash; das teilte sie in Berlin mit &amp; bestätigte es später.</p>`).join('');
    const article = extract(`<html lang="de"><body><article><h1>Titel</h1>${body}</article></body></html>`);
    assert.ok(article);
    assert.match(article.text, /M&M & Co\. hat am Mittwoch „mehr als“ 5\u00a0€|M&M & Co\. hat am Mittwoch „mehr als“ 5 €/);
  });
});
