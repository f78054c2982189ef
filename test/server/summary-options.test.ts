/**
 * The summary options over HTTP (type, length, maxWordsPerBullet), the new response fields, and
 * the contract for a bare JSON string body: in process with `app.inject()` and the real library.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { summarize, summarizeText } from '../../src/index.js';
import { words } from '../../src/lang/index.js';
import { LENGTHS } from '../../src/summarize/limits.js';
import { buildServer } from '../../src/server/index.js';
import type { Summary } from '../../src/types.js';
import { exampleArticle } from './helpers.js';

const ARTICLE = exampleArticle();
const EN = exampleArticle('en-wikinews-asylum-seekers-indonesia.txt');

describe('HTTP: type, length and maxWordsPerBullet', () => {
  const app = buildServer({ summarize: (i, o) => summarize(i, o), logLevel: 'silent' });
  after(() => app.close());
  const post = (payload: unknown, url = '/v1/summarize') => app.inject({ method: 'POST', url, payload: payload as object });

  it('POST JSON: the same summary as the library with the same options', async () => {
    const cases = [
      { type: 'tldr', length: 'long' },
      { type: 'headline', length: 'medium' },
      { length: 'medium' },
      { length: 'long', bullets: 2 },
      { maxWordsPerBullet: 12 },
      { type: 'tldr', length: 'long', maxWordsPerBullet: 60 },
      { wholeSentences: true },
      { wholeSentences: false, length: 'long' },
    ] as const;
    for (const options of cases) {
      const res = await post({ text: EN, ...options });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), summarizeText(EN, options), JSON.stringify(options));
    }
  });

  it('GET and text/plain take them from the query string', async () => {
    const get = await app.inject({ method: 'GET', url: `/v1/summarize?text=${encodeURIComponent(EN)}&type=headline&length=short` });
    assert.equal(get.statusCode, 200, get.body);
    const headline = get.json() as Summary;
    assert.equal(headline.type, 'headline');
    assert.ok(words(headline.bullets[0]!.text).length <= LENGTHS.short.headlineWords);
    // An article whose first sentence the default trims: wholeSentences must reach the library.
    const council = 'The city council approved a new budget for its schools on Monday, which followed a debate that ran late into the night at the old town hall. The budget gives the city schools twelve million euros more than last year. The mayor said the council would review the school budget again next year.';
    const whole = await app.inject({ method: 'GET', url: `/v1/summarize?text=${encodeURIComponent(council)}&wholeSentences=true` });
    assert.equal(whole.statusCode, 200, whole.body);
    assert.deepEqual(whole.json(), summarizeText(council, { wholeSentences: true }));
    assert.notDeepEqual(whole.json(), summarizeText(council));
    const posted = await post({ text: council, wholeSentences: true });
    assert.deepEqual(posted.json(), summarizeText(council, { wholeSentences: true }));
    const notBoolean = await app.inject({ method: 'GET', url: `/v1/summarize?text=${encodeURIComponent(EN)}&wholeSentences=1` });
    assert.equal(notBoolean.statusCode, 400, notBoolean.body);
    assert.equal((notBoolean.json() as { code: string }).code, 'INVALID_OPTION');
    const plain = await app.inject({ method: 'POST', url: '/v1/summarize?length=medium&maxWordsPerBullet=10', headers: { 'content-type': 'text/plain' }, payload: EN });
    assert.equal(plain.statusCode, 200, plain.body);
    const points = plain.json() as Summary;
    assert.equal(points.bullets.length, LENGTHS.medium.keyPoints);
    assert.ok(points.bullets.every((b) => words(b.text).length <= 10));
  });

  it('bad values are 400 INVALID_OPTION naming the field', async () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ type: 'essay' }, 'type'],
      [{ length: 'huge' }, 'length'],
      [{ type: 'tldr', bullets: 2 }, 'bullets'],
      [{ wholeSentences: 'yes' }, 'wholeSentences'],
    ];
    for (const [options, field] of bad) {
      const res = await post({ text: EN, ...options });
      assert.equal(res.statusCode, 400, res.body);
      const problem = res.json() as { code: string; detail: string };
      assert.equal(problem.code, 'INVALID_OPTION');
      assert.match(problem.detail, new RegExp(field));
    }
  });

  it('the response carries type and blocks, and matches the OpenAPI Summary schema', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { components: Record<string, unknown> };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = ajv.compile({ $id: 'https://kernpunkte.test/summary', components: doc.components, $ref: '#/components/schemas/Summary' });
    const request = ajv.compile({ $id: 'https://kernpunkte.test/request', components: doc.components, $ref: '#/components/schemas/SummarizeRequest' });
    assert.ok(request({ text: 'Artikel', type: 'tldr', length: 'long' }), JSON.stringify(request.errors));
    assert.equal(request({ text: 'Artikel', type: 'essay' }), false);
    for (const type of ['key-points', 'tldr', 'headline']) {
      const s = (await post({ text: ARTICLE, type })).json() as Summary;
      assert.equal(s.type, type);
      assert.ok(s.blocks && s.blocks.some((b) => b.kind === 'paragraph'));
      assert.ok(check(s), JSON.stringify(check.errors));
    }
  });
});

describe('HTTP: a bare JSON string body is article text (the contract)', () => {
  const app = buildServer({ summarize: (i, o) => summarize(i, o), logLevel: 'silent' });
  after(() => app.close());

  it('is summarized like text/plain, with options from the query string', async () => {
    const asJson = await app.inject({ method: 'POST', url: '/v1/summarize?bullets=2', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(ARTICLE) });
    const asText = await app.inject({ method: 'POST', url: '/v1/summarize?bullets=2', headers: { 'content-type': 'text/plain' }, payload: ARTICLE });
    assert.equal(asJson.statusCode, 200, asJson.body);
    assert.deepEqual(asJson.json(), asText.json());
    assert.equal((asJson.json() as Summary).bullets.length, 2);
  });

  it('is documented in the OpenAPI request body', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, { post: { requestBody: { content: Record<string, { schema: { oneOf?: Array<Record<string, unknown>> } }> } } }> };
    const variants = doc.paths['/v1/summarize']!.post.requestBody.content['application/json']!.schema.oneOf ?? [];
    assert.ok(variants.some((v) => v.type === 'string'));
    assert.ok(variants.some((v) => v.$ref === '#/components/schemas/SummarizeRequest'));
  });

  it('other JSON that is not an object is 400 INVALID_INPUT', async () => {
    for (const payload of ['42', '[1,2]', 'null', 'true']) {
      const res = await app.inject({ method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/json' }, payload });
      assert.equal(res.statusCode, 400, `${payload}: ${res.body}`);
      assert.equal((res.json() as { code: string }).code, 'INVALID_INPUT', payload);
    }
  });

  it('an empty JSON string is EMPTY_INPUT', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/summarize', headers: { 'content-type': 'application/json' }, payload: '""' });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal((res.json() as { code: string }).code, 'EMPTY_INPUT');
  });
});
