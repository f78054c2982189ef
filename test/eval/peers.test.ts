import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveMethods } from '../../src/eval/methods.js';
import { loadPeers, PEER_NAMES } from '../../src/eval/peers.js';

const TEXT = [
  'The city council of Leeds approved a new tram line on Monday after a long debate.',
  'The line will connect the main railway station with the university campus.',
  'Construction is expected to start next spring and will cost 300 million pounds.',
  'A local bakery sold cakes outside the town hall during the meeting.',
  'Critics say the budget will not be enough to finish the project on time.',
  'The council leader said the tram would cut traffic in the city centre.',
  'Buses will keep running on the route while the tracks are being built.',
  'The first trams could carry passengers in four years.',
].join('\n\n');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('peers', () => {
  it('all five npm summarizers load and return sentences of the article', async () => {
    const { peers, skipped } = await loadPeers();
    assert.deepEqual(skipped, {});
    assert.deepEqual(peers.map((p) => p.name).sort(), [...PEER_NAMES].sort());
    for (const peer of peers) {
      const out = await peer.summarize({ text: TEXT, title: 'Leeds gets a tram', lang: 'en', sentences: 3 });
      assert.ok(out.length >= 1 && out.length <= 3, `${peer.name} gave ${out.length} items`);
      for (const s of out) {
        // Extractive: the start of each picked sentence is in the article.
        assert.ok(squash(TEXT).includes(squash(s).slice(0, 30)), `${peer.name}: "${s}" is not from the article`);
      }
    }
  });
  it('as eval methods they are asked for the same number of sentences and re-split like everyone', async () => {
    const { methods } = await resolveMethods(['peer:lexrank', 'peer:ts-textrank']);
    for (const m of methods) {
      const out = await m.run({ id: 'x', lang: 'en', title: null, text: TEXT, summary: ['x'] }, { bullets: 2, tokenize: (s) => s.split(' ') });
      assert.equal(out.length, 2, m.name);
    }
  });
});
