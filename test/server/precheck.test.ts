/**
 * The early bomb check never refuses what the extractor accepts: on random pages built from
 * the markup that trips tokenizers (references in text, attributes, comments, raw-text and
 * RCDATA elements, CDATA, stray `<` and `</`, non-ASCII), sent as JSON in random chunks with
 * random escapes, a refusal by the check implies a refusal by checkMarkup's counts. Small
 * limits, so that random pages land on both sides of them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MarkupCounter, markupRefusal, markupStats, type MarkupLimits } from '../../src/extract/00-limits.js';
import { seededRandom as mulberry32 } from '../../src/eval/bootstrap.js';
import { HtmlMemberScan, isJsonType } from '../../src/server/precheck.js';

const LIMITS: MarkupLimits = { depth: 1000, elements: 60, nodes: 120, attributes: 1000 };

const FRAGMENTS = [
  '<p>', '</p>', '<div class="a&amp;b">', '<a href=x&amp;y title=\'&amp;\'>', '<a b="&amp;>"', '>', '</a>', '<br/>', '<i>', '</b>',
  '&amp;', '&lt;', '&#38;', '&#x26;', '&', '&amp', '&notit;', 'text ', ' ', '\n', 'ä', '€', '"', '\\', '/',
  '<!-- c &amp; -->', '<!---->', '<!-->', '<!--', '-->', '<![CDATA[&amp;]]>', '<!DOCTYPE html>', '<?pi &amp; ?>', '<!x>',
  '<script>&amp;<p></script>', '<script>', '</script>', '<style>&amp;</style>', '<title>&amp;&amp;</title>', '<textarea>&amp;',
  '</textarea>', '<xmp>&amp;</xmp>', '<svg><style/>&amp;</svg>', '< p>', '<3', '</', '<!', '</ x>', '<p\n>', '<P>',
];

/** References a bomb repeats (and near misses: no `;`, upper case, a sign). */
const REPEATABLE = ['&amp;', '&amp;', '&lt;', '&#38;', '&#x26;', '&nbsp;', '&amp', '&AMP;', '&#-1;', '&#38;x'];

function randomPage(random: () => number): string {
  const parts: string[] = [];
  const n = 5 + Math.floor(random() * 120);
  for (let i = 0; i < n; i++) {
    if (random() < 0.05) parts.push(REPEATABLE[Math.floor(random() * REPEATABLE.length)]!.repeat(Math.floor(random() * 150)));
    else parts.push(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!);
  }
  return parts.join('');
}

/** JSON text of `html`, with some characters written as \u escapes (as some clients do). */
function encode(html: string, random: () => number): string {
  const json = JSON.stringify(html);
  if (random() < 0.5) return json;
  return json.replace(/[&<a>ä]/g, (c) => (random() < 0.5 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c));
}

function chunks(bytes: Buffer, random: () => number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; ) {
    const size = 1 + Math.floor(random() * (random() < 0.3 ? 8 : 400));
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

function scan(body: string, random: () => number): ReturnType<HtmlMemberScan['end']> {
  const s = new HtmlMemberScan(LIMITS);
  for (const c of chunks(Buffer.from(body), random)) s.write(c);
  return s.end();
}

describe('the early check never refuses a page the extractor accepts', () => {
  it('MarkupCounter fed in random pieces: a refusal implies checkMarkup’s', () => {
    const random = mulberry32(11);
    let refused = 0;
    let missed = 0;
    for (let t = 0; t < 3000; t++) {
      const html = randomPage(random);
      const truth = markupRefusal(markupStats(html, LIMITS), LIMITS);
      const counter = new MarkupCounter(LIMITS);
      let early = null;
      for (let i = 0; i < html.length && early === null; ) {
        const size = 1 + Math.floor(random() * 60);
        early = counter.write(html.slice(i, i + size));
        i += size;
      }
      if (early) {
        refused++;
        assert.ok(truth, `refused early but checkMarkup accepts: ${JSON.stringify(html)}`);
        assert.equal(early.code, truth.code);
      } else if (truth && (truth.details as { reason: string }).reason === 'too-many-nodes') missed++;
      // Counts are never above checkMarkup's, whatever the pieces.
      const stats = markupStats(html, { depth: 1e9, elements: 1e9, nodes: 1e9, attributes: 1e9 });
      const whole = new MarkupCounter({ depth: 1e9, elements: 1e9, nodes: 1e9, attributes: 1e9 });
      for (let i = 0; i < html.length; i += 7) whole.write(html.slice(i, i + 7));
      assert.ok(whole.nodesAtLeast <= stats.nodes && whole.elements <= stats.elements && whole.endTags <= stats.endTags, JSON.stringify(html));
    }
    // The property is not vacuous: many pages are refused early, and most node bombs are (the
    // misses are pages just over the limit: pieces of 1-60 characters each take a node off).
    assert.ok(refused > 300, `refused ${refused}`);
    assert.ok(missed < refused / 2, `missed ${missed} of ${refused + missed}`);
  });

  it('the JSON body scan: a refusal implies checkMarkup’s on the html member JSON.parse keeps', () => {
    const random = mulberry32(12);
    let refused = 0;
    for (let t = 0; t < 2000; t++) {
      const html = randomPage(random);
      const other = randomPage(random);
      const shape = Math.floor(random() * 4);
      const body =
        shape === 0
          ? `{"html":${encode(html, random)}}`
          : shape === 1
            ? `{ "bullets" : 3, "title": "a \\"q\\" {[", "x": {"html": ${encode(other, random)}, "y": [1, "\\\\"]}, "html" :${encode(html, random)} }`
            : shape === 2
              ? `{"html":${encode(other, random)},"lang":"de","html":${encode(html, random)}}`
              : `{"\\u0068tml":${encode(html, random)}, "type": null}`;
      assert.equal((JSON.parse(body) as { html: string }).html, html);
      const early = scan(body, random);
      if (early) {
        refused++;
        assert.ok(markupRefusal(markupStats(html, LIMITS), LIMITS), `refused early but checkMarkup accepts: ${body}`);
      }
    }
    assert.ok(refused > 200, `refused ${refused}`);
  });

  it('follows skipped members with escapes cut anywhere to the html member after them', () => {
    const random = mulberry32(14);
    const bomb = JSON.stringify('<p>' + '&amp;'.repeat(400));
    const skipped = ['"\\\\"', '"\\""', '"a\\\\\\"b"', '"\\u0022\\\\"', '"' + '\\\\'.repeat(7) + '\\""', '"}{[\\n"'];
    for (let t = 0; t < 500; t++) {
      const members = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => `"t${k}":${skipped[Math.floor(random() * skipped.length)]}`);
      const body = `{${members.join(',')},"html":${bomb},"z":${skipped[Math.floor(random() * skipped.length)]}}`;
      assert.equal(typeof (JSON.parse(body) as { html: string }).html, 'string', body);
      assert.ok(scan(body, random), `not refused: ${body.slice(0, 120)}`);
    }
  });

  it('leaves bodies it cannot follow to the JSON parser', () => {
    const bomb = `"${'&amp;'.repeat(500)}"`;
    const random = mulberry32(13);
    assert.ok(scan(`{"html":${bomb}}`, random), 'the bomb itself is refused');
    for (const body of [`{"html":${bomb}`, `{"html":${bomb}}x`, `["html",${bomb}]`, `{"html":${bomb},}`, `{"html":"\\q${bomb.slice(1)}}`, `{"text":${bomb}}`]) {
      assert.equal(scan(body, random), null, body.slice(0, 40));
    }
  });

  it('knows JSON content types', () => {
    assert.ok(isJsonType('application/json'));
    assert.ok(isJsonType('Application/JSON; charset=utf-8'));
    assert.ok(!isJsonType('text/plain'));
    assert.ok(!isJsonType('application/jsonx'));
    assert.ok(!isJsonType(undefined));
  });
});
