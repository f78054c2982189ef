/**
 * The `llama` back-end on a tiny GGUF model with random weights that the test writes itself
 * (test/helpers/tiny-gguf.ts): the model loads, the grammar holds its nonsense to valid JSON,
 * and the guard rejects the nonsense, so the reader gets article sentences. node-llama-cpp is
 * optional and not in package.json (about 700 MB with its CUDA builds): without it, these
 * tests check the coded error that says what to install, and the loading tests are skipped
 * with that reason.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { summarize } from '../../src/index.js';
import { disposeBackends, loadBackend, loadNodeLlamaCpp, NODE_LLAMA_CPP_VERSION } from '../../src/backends/index.js';
import { scanReply } from '../../src/ground/index.js';
import { KernpunkteError } from '../../src/errors.js';
import { writeTinyGguf } from '../helpers/tiny-gguf.js';
import { readFileSync } from 'node:fs';

const DE = readFileSync(new URL('../../examples/de-wikinews-rumaenien-parlamentswahl.txt', import.meta.url), 'utf8');
const installed = await loadNodeLlamaCpp().then(
  () => true,
  () => false,
);
const dir = mkdtempSync(join(tmpdir(), 'kp-gguf-'));
const modelPath = join(dir, 'tiny.gguf');

before(() => writeTinyGguf(modelPath));
after(async () => {
  await disposeBackends();
  rmSync(dir, { recursive: true, force: true });
});

describe('llama back-end without node-llama-cpp', () => {
  it('says what to install (BACKEND_UNAVAILABLE)', { skip: installed ? 'node-llama-cpp is installed here' : false }, async () => {
    await assert.rejects(summarize(DE, { backend: 'llama', modelPath }), (e: unknown) => {
      assert.ok(e instanceof KernpunkteError);
      assert.equal(e.code, 'BACKEND_UNAVAILABLE');
      assert.ok(e.message.includes(`npm i -E node-llama-cpp@${NODE_LLAMA_CPP_VERSION}`));
      return true;
    });
  });

  it('refuses a missing model file before loading anything', async () => {
    await assert.rejects(summarize(DE, { backend: 'llama', modelPath: join(dir, 'missing.gguf') }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION');
    await assert.rejects(summarize(DE, { backend: 'llama' }), (e: unknown) => e instanceof KernpunkteError && e.code === 'INVALID_OPTION' && /--model-path/.test(e.message));
  });

  it('names the import that failed: a module that does not exist is BACKEND_UNAVAILABLE', async () => {
    await assert.rejects(loadNodeLlamaCpp('node-llama-cpp-not-here'), (e: unknown) => e instanceof KernpunkteError && e.code === 'BACKEND_UNAVAILABLE' && /npm i -E/.test(e.message));
  });
});

describe('llama back-end with node-llama-cpp, on a tiny random GGUF', { skip: installed ? false : `node-llama-cpp is not installed (npm i -E node-llama-cpp@${NODE_LLAMA_CPP_VERSION} to run these)` }, () => {
  it('loads the file and the grammar holds the random model to valid JSON', async () => {
    const backend = await loadBackend('llama', { modelPath });
    const schema = {
      type: 'object',
      properties: {
        bullets: {
          type: 'array',
          minItems: 1,
          maxItems: 1,
          items: { type: 'object', properties: { text: { type: 'string', maxLength: 24 }, sources: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 1 } }, required: ['text', 'sources'], additionalProperties: false },
        },
      },
      required: ['bullets'],
      additionalProperties: false,
    };
    const text = await backend.generate({ messages: [{ role: 'system', content: 'JSON' }, { role: 'user', content: '[1] Heute hat die Wahl begonnen.' }], schema, maxTokens: 200 });
    const parsed = JSON.parse(text) as { bullets: Array<{ text: string; sources: number[] }> };
    assert.equal(parsed.bullets.length, 1);
    assert.ok(parsed.bullets[0]!.text.length <= 24);
    assert.equal(scanReply(text).complete, true);
  });

  it('summarize(): the guard rejects the nonsense and article sentences stand in', async () => {
    // Five words: the schema's maxLength (60 characters) makes the random model close its bullet.
    const summary = await summarize(DE, { backend: 'llama', modelPath, bullets: 1, maxWordsPerBullet: 5 });
    assert.equal(summary.backend, 'llama');
    assert.equal(summary.bullets.length, 1);
    assert.equal(summary.bullets[0]!.origin, 'extractive');
    assert.ok(DE.includes(summary.bullets[0]!.sources[0] ? DE.slice(summary.bullets[0]!.sources[0].start, summary.bullets[0]!.sources[0].end) : '\u0000'));
    const replaced = summary.warnings.find((w) => w.code === 'BULLET_REPLACED');
    assert.ok(replaced, JSON.stringify(summary.warnings));
    assert.equal(replaced.details?.bullet, 0);
  });
});
