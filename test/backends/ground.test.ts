/** The grounding stage's pure parts: reading replies, and what the prompt asks for. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildMessages, replySchema, scanReply } from '../../src/ground/index.js';

describe('scanReply', () => {
  const cases: Array<[string, string, Array<{ text: string; sources: number[] }>, boolean]> = [
    ['plain JSON', '{"bullets":[{"text":"A b c.","sources":[1,4]}]}', [{ text: 'A b c.', sources: [1, 4] }], true],
    ['code fence and preamble', 'Here you go:\n```json\n{"bullets": [{"text": "A.", "sources": [2]}]}\n```', [{ text: 'A.', sources: [2] }], true],
    ['a bare array', '[{"text":"A.","sources":[1]},{"text":"B.","sources":[3]}]', [{ text: 'A.', sources: [1] }, { text: 'B.', sources: [3] }], true],
    ['cut off after the first bullet', '{"bullets":[{"text":"A.","sources":[1]},{"text":"B', [{ text: 'A.', sources: [1] }], false],
    ['sources as strings and "[3]"', '{"bullets":[{"text":"A.","sources":["2","[3]"]}]}', [{ text: 'A.', sources: [2, 3] }], true],
    ['a brace inside a string', '{"bullets":[{"text":"A {b} ]c.","sources":[1]}]}', [{ text: 'A {b} ]c.', sources: [1] }], true],
    ['a malformed bullet skipped, the next kept', '{"bullets":[{"text":"A.",,},{"text":"B.","sources":[5]}]}', [{ text: 'B.', sources: [5] }], true],
    ['an empty text dropped', '{"bullets":[{"text":"  ","sources":[1]}]}', [], true],
    ['prose', 'I cannot summarize this article.', [], false],
  ];
  for (const [label, reply, bullets, complete] of cases) {
    it(label, () => assert.deepEqual(scanReply(reply), { bullets, complete }));
  }

  it('yields bullets one by one as the reply grows', () => {
    const reply = '{"bullets":[{"text":"A.","sources":[1]},{"text":"B.","sources":[2]}]}';
    const counts = Array.from({ length: reply.length + 1 }, (_, n) => scanReply(reply.slice(0, n)).bullets.length);
    assert.equal(counts.indexOf(1), reply.indexOf('}') + 1);
    assert.equal(counts.indexOf(2), reply.lastIndexOf('}]') + 1);
  });
});

describe('buildMessages', () => {
  const sentences = ['Erster Satz.', 'Zweiter Satz mit 18,3 Millionen.'];
  it('numbers the sentences and asks in German for a German article', () => {
    const [system, user] = buildMessages(sentences, { title: 'Titel', lang: 'de', outputLang: 'de', target: { type: 'key-points', count: 3, maxWords: 25 } });
    assert.match(system!.content, /Füge keine Zahlen/);
    assert.match(user!.content, /^Titel: Titel$/m);
    assert.match(user!.content, /^\[1\] Erster Satz\.$/m);
    assert.match(user!.content, /^\[2\] Zweiter Satz mit 18,3 Millionen\.$/m);
    assert.match(user!.content, /die 3 wichtigsten Kernpunkte/);
  });

  it('asks for a headline, a tldr, and another output language', () => {
    const headline = buildMessages(sentences, { title: null, lang: 'de', outputLang: 'de', target: { type: 'headline', count: 1, maxWords: 12 } });
    assert.match(headline[1]!.content, /Schlagzeile \(ein Eintrag, höchstens 12 Wörter\)/);
    const tldr = buildMessages(sentences, { title: null, lang: 'en', outputLang: 'en', target: { type: 'tldr', count: 2, maxWords: 30 } });
    assert.match(tldr[1]!.content, /one short paragraph of 2 sentences/);
    const french = buildMessages(sentences, { title: null, lang: 'de', outputLang: 'fr', target: { type: 'key-points', count: 3, maxWords: 25 } });
    assert.match(french[0]!.content, /Write in French/);
  });

  it('the schema bounds the bullets and their length', () => {
    const schema = replySchema({ type: 'key-points', count: 4, maxWords: 20 }, 3, 240) as { properties: { bullets: { maxItems: number; items: { properties: { text: { maxLength: number } } } } } };
    assert.equal(schema.properties.bullets.maxItems, 4);
    assert.equal(schema.properties.bullets.items.properties.text.maxLength, 240);
  });
});
