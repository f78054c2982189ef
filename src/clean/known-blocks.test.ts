/**
 * cleanKnownBlocks: the line rules and the dateline on blocks laid out elsewhere (HTML
 * extraction), kinds kept, every drop a span of the text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../types.js';
import { cleanKnownBlocks, cleanText } from './index.js';

function lay(parts: Array<[Block['kind'], string]>): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const [kind, t] of parts) {
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + t.length, text: t });
    text += t;
  }
  return { text, blocks };
}

test('the documented example', () => {
  const { text, blocks } = lay([['paragraph', 'Berlin (dpa) - Die Regierung hat beschlossen.'], ['paragraph', 'Foto: picture alliance/dpa']]);
  assert.deepEqual(cleanKnownBlocks(text, blocks, { lang: 'de' }), {
    blocks: [{ kind: 'paragraph', start: 15, end: 45, text: 'Die Regierung hat beschlossen.' }],
    dropped: [
      { kind: 'dateline', start: 0, end: 14, text: 'Berlin (dpa) -' },
      { kind: 'credit', start: 47, end: 73, text: 'Foto: picture alliance/dpa' },
    ],
  });
});

test('kinds are kept, a subtitle before the lead does not hide the dateline', () => {
  const { text, blocks } = lay([
    ['subtitle', 'Die Regierung will die Bahn zuerst reparieren'],
    ['paragraph', 'BERLIN, 24. Juni (AFP) - Das Kabinett hat am Mittwoch ein Paket beschlossen.'],
    ['heading', 'Kritik der Gewerkschaften'],
    ['paragraph', 'Die Gewerkschaften begrüßten den Beschluss.'],
  ]);
  const r = cleanKnownBlocks(text, blocks, { lang: 'de' });
  assert.deepEqual(r.blocks.map((b) => b.kind), ['subtitle', 'paragraph', 'heading', 'paragraph']);
  assert.equal(r.blocks[1]!.text, 'Das Kabinett hat am Mittwoch ein Paket beschlossen.');
  for (const s of [...r.blocks, ...r.dropped]) assert.equal(text.slice(s.start, s.end), s.text);
});

test('agrees with cleanText on one-paragraph-per-block text', () => {
  const parts = ['AFP', 'Pjöngjang (AFP) - Der Vertrag umfasst gegenseitigen Beistand.', 'Mehr zum Thema', 'Der Besuch ist der erste seit 24 Jahren.'];
  const { text, blocks } = lay(parts.map((p) => ['paragraph', p] as [Block['kind'], string]));
  const known = cleanKnownBlocks(text, blocks, { lang: 'de' });
  const plain = cleanText(text, { lang: 'de' });
  assert.deepEqual(known.dropped, plain.dropped);
  assert.deepEqual(known.blocks.map((b) => [b.start, b.end]), plain.blocks.map((b) => [b.start, b.end]));
});
