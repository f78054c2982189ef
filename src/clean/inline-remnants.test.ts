/**
 * Step 7: UI remnants inside a paragraph are cut out, recorded as `ui` drops, and the rest of the
 * paragraph stays one paragraph for the sentences (see `Block.continues`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleSentences } from '../sentences/index.js';
import { PACKS } from './data/index.js';
import { cleanKnownBlocks, cleanText } from './index.js';

describe('remnants inside a paragraph', () => {
  test('"Scroll down for video" between two sentences goes, with its offsets, and the paragraph goes on', () => {
    const text = 'The golfer finished two shots behind on Friday. Scroll down for video Jane Roe was back at the course to watch him. She left early.';
    const a = cleanText(text, { lang: 'en' });
    const ui = a.dropped.filter((d) => d.kind === 'ui');
    assert.deepEqual(ui.map((d) => d.text), ['Scroll down for video']);
    assert.equal(text.slice(ui[0]!.start, ui[0]!.end), 'Scroll down for video');
    assert.deepEqual(a.blocks.map((b) => [b.kind, b.text, b.continues ?? false]), [
      ['paragraph', 'The golfer finished two shots behind on Friday.', false],
      ['paragraph', 'Jane Roe was back at the course to watch him. She left early.', true],
    ]);
    const s = articleSentences(a);
    assert.deepEqual(s.map((x) => x.text), ['The golfer finished two shots behind on Friday.', 'Jane Roe was back at the course to watch him.', 'She left early.']);
    assert.deepEqual(s.map((x) => [x.paragraph, x.inParagraph]), [[0, 0], [0, 1], [0, 2]]);
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
  });

  test('at the start of a paragraph, with dots after it, and alone on a line', () => {
    const a = cleanText('First paragraph here.\n\nScroll down for video... Done: the chef filed for divorce.\n\nScroll down for video\n\nLast one.', { lang: 'en' });
    assert.deepEqual(a.dropped.filter((d) => d.kind === 'ui').map((d) => d.text), ['Scroll down for video...', 'Scroll down for video']);
    assert.deepEqual(a.blocks.map((b) => [b.text, b.continues ?? false]), [
      ['First paragraph here.', false],
      ['Done: the chef filed for divorce.', false],
      ['Last one.', false],
    ]);
    assert.deepEqual(articleSentences(a).map((x) => x.paragraph), [0, 1, 2]);
  });

  test('"Watch the video:" before a clip\'s blurb goes; a sentence about watching a video stays', () => {
    const a = cleanText('The show ended. Watch the video: In an exclusive, a reporter looked into the claims. Watch the video of the crash here.', { lang: 'en' });
    assert.deepEqual(a.dropped.map((d) => d.text), ['Watch the video:']);
    assert.deepEqual(a.blocks.map((b) => b.text), ['The show ended.', 'In an exclusive, a reporter looked into the claims. Watch the video of the crash here.']);
  });

  test('never inside a sentence, before a lowercase word, or in other casing', () => {
    for (const text of [
      'He told fans to Scroll down for video highlights of the match.',
      'Readers were asked. Scroll down for videos of the fire was the caption.',
      'It ended. scroll down for video Jane Roe was there.',
      'The clip ran on the site.Scroll down for video Jane Roe was there.',
    ]) {
      const a = cleanText(text, { lang: 'en' });
      assert.deepEqual(a.dropped, [], text);
      assert.equal(a.blocks.length, 1, text);
    }
  });

  test('German text keeps its labels: "Video:" inside a paragraph is not an English remnant', () => {
    const text = 'Der Kanzler reiste nach Paris. Video: Der Kanzler spricht in Paris über die Lage.';
    const a = cleanText(text, { lang: 'de' });
    assert.deepEqual(a.dropped, []);
    assert.equal(a.blocks.length, 1);
  });

  test('blocks already laid out (HTML) get the same cut', () => {
    const text = 'The golfer finished on Friday. Scroll down for video Jane Roe was back.';
    const r = cleanKnownBlocks(text, [{ kind: 'paragraph', start: 0, end: text.length, text }], { lang: 'en' });
    assert.deepEqual(r.dropped.map((d) => [d.kind, d.text]), [['ui', 'Scroll down for video']]);
    assert.deepEqual(r.blocks.map((b) => [b.text, b.continues ?? false]), [['The golfer finished on Friday.', false], ['Jane Roe was back.', true]]);
  });

  test('the piece after "Scroll down for video" opens the photo captions; after "Watch the video:" it does not', () => {
    const a = cleanText(
      'The talks ended on Friday. Scroll down for video The two leaders met in the garden on Friday Both smiled for the cameras. Watch the video: A reporter asked about the deal.',
      { lang: 'en' },
    );
    assert.deepEqual(a.blocks.map((b) => [b.text.slice(0, 22), b.opensCaptions ?? false]), [
      ['The talks ended on Fri', false],
      ['The two leaders met in', true],
      ['A reporter asked about', false],
    ]);
    // German has no caption leads: its blocks never carry the mark.
    assert.ok(cleanText('Der Kanzler reiste nach Paris. Er traf dort den Präsidenten.', { lang: 'de' }).blocks.every((b) => b.opensCaptions === undefined));
  });

  test('every caption lead is one of its pack\'s inline remnants (only a remnant that is cut can lead into captions)', () => {
    for (const [lang, pack] of Object.entries(PACKS)) {
      for (const lead of pack.captionLeads) assert.ok(pack.inlineRemnants.includes(lead), `${lang}: ${lead}`);
    }
    assert.ok(PACKS.en!.captionLeads.length > 0);
  });
});
