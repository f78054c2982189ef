/**
 * Grounded generation: a model writes the bullets, from the article's sentences numbered
 * [1], [2], …, and cites them. The stage runs after cleaning and splitting, as the extractive
 * path does, and ends in the guard (src/guard/), so what the model writes is checked against
 * the sentences it cites before it is shown.
 *
 *   article → sentences → numbered prompt → model reply (streamed) → scanned bullets
 *           → sources as offsets → guard → Summary
 *
 * The extractive summary is computed first: it is the fallback when the model's reply cannot
 * be read (after one retry) or the model server is down, and its ranking picks replacements.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { KernpunkteError, isKernpunkteError } from '../errors.js';
import { normalizeLang } from '../lang/index.js';
import { DEFAULT_METHOD, buildDocument, getRanker } from '../rank/index.js';
import { articleSentences } from '../sentences/index.js';
import { shapeBullet } from '../shape/index.js';
import { LIMITS } from '../summarize/limits.js';
import { summarizeArticle } from '../summarize/index.js';
import { DEFAULT_GUARD, GUARD_MODES, guardBullet, type GuardContext, type GuardMode } from '../guard/index.js';
import { loadBackend, type BackendConfig, type ModelBackend } from '../backends/index.js';
import type { Article, Bullet, Summary, SummarizeOptions, SummaryType, Warning } from '../types.js';
import { TARGETS, buildMessages, replySchema, type PromptTarget } from './prompt.js';
import { scanReply, type ModelBullet } from './parse.js';

export { buildMessages, replySchema, TARGETS, RETRY_REMINDER, type PromptTarget } from './prompt.js';
export { scanReply, type ModelBullet, type ScannedReply } from './parse.js';

/** Tuning of the grounding stage. */
export const GROUNDING = Object.freeze({
  /** Characters of numbered sentences sent to the model (about 6,000 tokens): later sentences rarely make key points. */
  maxPromptChars: 24_000,
  /** Sentences one bullet may cite. */
  maxSources: 3,
  /** Characters of one bullet's text (the schema's maxLength; a grammar-bound model cannot ramble past it)… */
  maxBulletChars: 400,
  /** …and per word asked for: German words average about 7 characters with the space; room for long compounds. */
  charsPerWord: 12,
  /** Reply tokens per bullet asked for, plus a margin for the JSON around them. */
  replyTokensPerBullet: 160,
  replyTokensMargin: 64,
  /** Model summaries kept for identical requests, and for how long (an article's summary does not change; a model's weights might). */
  cacheSize: 500,
  cacheTtlMs: 60 * 60 * 1000,
});

const cache = new LRUCache<string, Summary>({ max: GROUNDING.cacheSize, ttl: GROUNDING.cacheTtlMs });

/** Empties the cache of model summaries (tests; a model swapped behind the same name). */
export function clearModelCache(): void {
  cache.clear();
}

function guardMode(value: unknown): GuardMode {
  if (value === undefined) return DEFAULT_GUARD;
  if (typeof value === 'string' && (GUARD_MODES as readonly string[]).includes(value)) return value as GuardMode;
  throw new KernpunkteError('INVALID_OPTION', `guard must be one of ${GUARD_MODES.join(', ')}, got "${String(value)}"`, { option: 'guard', valid: GUARD_MODES });
}

function target(options: SummarizeOptions): PromptTarget {
  const type: SummaryType = options.type ?? 'key-points';
  const table = TARGETS[type];
  if (!table) throw new KernpunkteError('INVALID_OPTION', `type must be one of ${Object.keys(TARGETS).join(', ')}, got "${String(type)}"`, { option: 'type' });
  // `short` is the default, as on the extractive path (three key points).
  const length = options.length ?? 'short';
  const size = table[length];
  if (!size) throw new KernpunkteError('INVALID_OPTION', `length must be one of short, medium, long, got "${String(length)}"`, { option: 'length' });
  // `bullets` wins, for key points.
  const count = type === 'key-points' ? (options.bullets ?? size.count) : size.count;
  const maxWords = options.maxWordsPerBullet ?? size.maxWords;
  return { type, count: type === 'headline' ? 1 : count, maxWords };
}

export function backendConfig(options: SummarizeOptions): BackendConfig {
  return {
    ...(options.model !== undefined ? { model: options.model } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.modelPath !== undefined ? { modelPath: options.modelPath } : {}),
    ...(options.modelTimeoutMs !== undefined ? { timeoutMs: options.modelTimeoutMs } : {}),
    ...(options.modelRetries !== undefined ? { retries: options.modelRetries } : {}),
    ...(options.modelConcurrency !== undefined ? { concurrency: options.modelConcurrency } : {}),
  };
}

function cacheKey(backend: ModelBackend, baseUrl: string | undefined, messages: unknown, extra: unknown): string {
  return createHash('sha256').update(JSON.stringify([backend.name, backend.model, baseUrl ?? null, messages, extra])).digest('hex');
}

/**
 * Summarizes a cleaned article with the model back-end `options.backend`. Resolves to a
 * Summary whose bullets say `origin: "model"` (checked by the guard) or `"extractive"`
 * (replacements, or all of them when the model failed, with a warning saying why).
 */
export async function summarizeArticleWithModel(article: Article, options: SummarizeOptions, loaded?: ModelBackend): Promise<Summary> {
  const name = loaded?.name ?? options.backend!;
  const mode = guardMode(options.guard);
  const want = target(options);
  if (options.signal?.aborted) throw new KernpunkteError('ABORTED', 'the request was cancelled before the model was asked');

  // The extractive summary: its language, its warnings, and the fallback.
  const extractive = summarizeArticle(article, want.type === 'key-points' ? { ...options, bullets: want.count } : options);
  const lang = extractive.lang;
  const box = { lang, heading: extractive.heading };
  const outputLang = options.outputLang ? normalizeLang(options.outputLang) : lang;
  const sentences = articleSentences({ ...article, lang });
  const body: number[] = [];
  let chars = 0;
  for (const s of sentences) {
    if (s.kind !== 'body') continue;
    chars += s.text.length + 6;
    if (chars > GROUNDING.maxPromptChars && body.length > 0) break;
    body.push(s.index);
  }
  const warnings: Warning[] = extractive.warnings.filter((w) => w.code !== 'FEW_SENTENCES');
  if (body.length === 0) {
    // Nothing to number (a one-line text the extractive path reads as a sentence): its box it is.
    return { ...extractive, backend: name, warnings: [...extractive.warnings, { code: 'MODEL_NOT_ASKED', message: 'the text has no body sentences to give the model; the extractive summary is shown' }] };
  }
  const bodyCount = sentences.filter((s) => s.kind === 'body').length;
  if (body.length < bodyCount) warnings.push({ code: 'LONG_INPUT', message: `the model saw only the first ${body.length} of ${bodyCount} sentences` });

  // Replacements are the best-ranked sentences among those a failing bullet cited.
  const ranker = getRanker(options.method ?? DEFAULT_METHOD);
  const doc = buildDocument({ ...article, lang }, sentences, { maxCandidates: LIMITS.maxCandidates });
  const scores = ranker.score(doc);
  const scoreOf = new Map(doc.candidates.map((s, c) => [s, scores[c] ?? 0]));
  const shapeOptions = { maxWordsPerBullet: options.maxWordsPerBullet };
  const ctx: GuardContext = {
    sentences,
    body,
    lang,
    mode,
    numbersOnly: outputLang !== lang,
    replacement(among, used) {
      const best = among.filter((i) => !used.has(i) && scoreOf.has(i)).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)! || a - b)[0];
      if (best === undefined) return null;
      const s = sentences[best]!;
      return { text: shapeBullet(s, doc.lex.pack, shapeOptions), sources: [{ sentence: s.index, start: s.start, end: s.end }], origin: 'extractive' };
    },
  };
  if (ctx.numbersOnly && mode !== 'off') {
    warnings.push({ code: 'GUARD_LIMITED', message: `bullets in "${outputLang}" are checked against the "${lang}" article for numbers only` });
  }

  // `loaded`: a back-end the caller set up (the server loads its one at start, with its own key).
  const backend = loaded ?? (await loadBackend(name, backendConfig(options)));
  const base = { ...extractive, backend: name, model: backend.model };
  const messages = buildMessages(body.map((i) => sentences[i]!.text), { title: article.title, lang, outputLang, target: want });
  const key = cacheKey(backend, options.baseUrl, messages, [mode, options.method ?? DEFAULT_METHOD, options.maxWordsPerBullet ?? null]);
  const hit = cache.get(key);
  if (hit) {
    hit.bullets.forEach((b, i) => options.onBullet?.(b, i, box));
    return structuredClone(hit);
  }

  // The guard's running state: bullets shown so far and the sentences they stand on.
  const shown: Bullet[] = [];
  const used = new Set<number>();
  const accept = (raw: ModelBullet): void => {
    if (shown.length >= want.count) return;
    const cited = raw.sources.filter((n) => n >= 1 && n <= body.length).map((n) => body[n - 1]!);
    const bullet: Bullet = {
      text: raw.text.replace(/\s+/g, ' ').trim(),
      sources: cited.map((i) => ({ sentence: i, start: sentences[i]!.start, end: sentences[i]!.end })),
      origin: 'model',
    };
    const outcome = guardBullet(bullet, shown.length, cited, ctx, used);
    warnings.push(...outcome.warnings);
    if (!outcome.bullet) return;
    for (const s of outcome.bullet.sources) used.add(s.sentence);
    shown.push(outcome.bullet);
    options.onBullet?.(outcome.bullet, shown.length - 1, box);
  };

  const maxTokens = want.count * GROUNDING.replyTokensPerBullet + GROUNDING.replyTokensMargin;
  const schema = replySchema(want, GROUNDING.maxSources, Math.min(GROUNDING.maxBulletChars, want.maxWords * GROUNDING.charsPerWord));
  let complete = false;
  let attempts = 0;
  try {
    for (const retry of [false, true]) {
      attempts++;
      let reply = '';
      let seen = 0;
      const onText = (delta: string): void => {
        reply += delta;
        const { bullets } = scanReply(reply);
        while (seen < bullets.length) accept(bullets[seen++]!);
      };
      const request = {
        messages: retry ? buildMessages(body.map((i) => sentences[i]!.text), { title: article.title, lang, outputLang, target: want, retry: true }) : messages,
        schema,
        maxTokens,
        ...(options.signal ? { signal: options.signal } : {}),
      };
      // Streamed when someone waits for bullets one by one; one piece otherwise.
      const text = options.onBullet ? await backend.generate({ ...request, onText }) : await backend.generate(request);
      if (!options.onBullet) onText(text);
      else if (text !== reply) {
        reply = '';
        onText(text);
      }
      complete = scanReply(reply).complete;
      if (seen > 0) break;
    }
  } catch (e) {
    if (!isKernpunkteError(e) || e.code !== 'MODEL_FAILED' || e.details.transient !== true) throw e;
    if (shown.length > 0) {
      // The stream broke after some bullets were shown: they stand, the rest is missing.
      warnings.push({ code: 'MODEL_REPLY_INCOMPLETE', message: `${e.message}; ${shown.length} bullet(s) had arrived`, details: { ...e.details } });
      return { ...base, type: want.type, bullets: shown, warnings };
    }
    // The server is busy or down: the reader gets the extractive box, and is told.
    warnings.push({ code: 'MODEL_UNAVAILABLE', message: `${e.message}; the extractive summary is shown`, details: { ...e.details } });
    extractive.bullets.forEach((b, i) => options.onBullet?.({ ...b, origin: 'extractive' }, i, box));
    return { ...base, bullets: extractive.bullets.map((b) => ({ ...b, origin: 'extractive' })), warnings: [...warnings, ...extractive.warnings.filter((w) => w.code === 'FEW_SENTENCES')] };
  }

  if (shown.length === 0) {
    warnings.push({ code: 'MODEL_REPLY_UNUSABLE', message: `the model's reply held no usable bullets (${attempts} tries); the extractive summary is shown` });
    extractive.bullets.forEach((b, i) => options.onBullet?.({ ...b, origin: 'extractive' }, i, box));
    const summary = { ...base, bullets: extractive.bullets.map((b) => ({ ...b, origin: 'extractive' as const })), warnings };
    return summary;
  }
  if (!complete) warnings.push({ code: 'MODEL_REPLY_INCOMPLETE', message: `the model's reply was cut off after ${shown.length} bullet(s)` });
  const summary: Summary = { ...base, type: want.type, bullets: shown, warnings };
  if (complete) cache.set(key, structuredClone(summary));
  return summary;
}
