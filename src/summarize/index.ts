import { bodyBlocks, cleanText } from '../clean/index.js';
import { COMPOSE, composeBullets } from '../compose/index.js';
import { KernpunkteError } from '../errors.js';
import { detectLanguage, hasPack, hasWord, languagePack, normalizeLang, words } from '../lang/index.js';
import { DEFAULT_METHOD, buildDocument, getRanker, selectCandidates, type RankDocument, type Ranker } from '../rank/index.js';
import { rankerNeeds } from '../rank/ranker.js';
import type { CoherenceReason } from '../coherence/index.js';
import { candidateFlag, candidateReason, standsWholeWithPrevious, wholePartners } from '../rank/coherent.js';
import { bulletCount } from '../rank/select.js';
import { isModelBackend, type ModelBackend } from '../backends/index.js';
import { articleSentences } from '../sentences/index.js';
import { REPAIRABLE, ineligibility, keptSpan, shapeBullet, type Ineligible, type ShapeOptions } from '../shape/index.js';
import { distinctTailCuts, trimmedSentence } from '../shape/trim.js';
import type { Article, Bullet, Summary, SummarizeInput, SummarizeOptions, Warning } from '../types.js';
import { LIMITS, checkText, resolveOptions } from './input.js';

export { LIMITS, DEFAULTS, LENGTHS } from './input.js';

/**
 * Stages 3–6 on a cleaned article: sentences → scores → chosen sentences → bullets.
 * `summarizeText` and `summarize` are this, after their input stage. `ranker` lets the
 * evaluation and the scorer fit try a ranker that is not registered.
 */
export function summarizeArticle(input: Article, options: SummarizeOptions = {}, ranker: Ranker = getRanker(options.method ?? DEFAULT_METHOD)): Summary {
  const opts = resolveOptions(options);
  const warnings: Warning[] = [];
  const article = oneLineAsBody(input, warnings);

  const lang = opts.lang ?? (article.lang && article.lang !== 'und' ? article.lang : detectLanguage(bodyText(article)));
  if (lang === 'und') {
    const why = opts.lang === 'und' ? 'the language was given as "und"' : 'the text is too short to tell its language';
    warnings.push({ code: 'LANGUAGE_UNDETERMINED', message: `${why}: language-neutral rules were used` });
  }
  // A forced code without a pack ("xx") keeps the heading in the text's own language where it has one.
  const headingLang = hasPack(lang) || lang === 'und' ? lang : detectLanguage(bodyText(article));
  if (lang !== 'und' && !hasPack(lang)) {
    const rules = hasPack(headingLang) ? `quotes and connectives were used, and the heading of the detected language ("${headingLang}")` : 'quotes, connectives and the heading were used';
    warnings.push({ code: 'NO_LANGUAGE_PACK', message: `no language pack for "${lang}": language-neutral rules for ${rules}` });
  }
  const doc0 = { ...article, lang };

  const sentences = articleSentences(doc0, { ownTexts: LIMITS.maxCandidates });
  // A body of dashes, bullets or other marks only ("–", "•") has nothing to summarize either.
  if (!sentences.some((s) => s.kind === 'body' && hasWord(s.text))) {
    throw new KernpunkteError('EMPTY_INPUT', 'no article text is left after cleaning: the input holds only a title, bylines, page furniture or no words at all', {
      dropped: article.dropped.length,
    });
  }
  const doc = buildDocument(doc0, sentences, { maxCandidates: LIMITS.maxCandidates, needs: rankerNeeds(ranker) });
  const bodyCount = sentences.filter((s) => s.kind === 'body').length;
  if (bodyCount > doc.candidates.length) {
    warnings.push({ code: 'LONG_INPUT', message: `only the first ${doc.candidates.length} of ${bodyCount} sentences were ranked` });
  }

  const pack = doc.lex.pack;
  const wanted = opts.type === 'headline' ? COMPOSE.headlineCandidates : opts.bullets;
  const standAlone = ranker.standAlone;
  // Scores exact only for the sentences that stand alone, where the ranker has them (see Ranker), until too few do.
  const partial = standAlone !== undefined && ranker.scoreStandingAlone !== undefined && !standAlone.madeWhole && (standAlone.tolerate ?? []).length === 0;
  const scores = partial ? ranker.scoreStandingAlone!(doc) : ranker.score(doc);
  const picked = pickSentences(doc, scores, wanted, ranker.redundancy, eligibilityReason(doc, opts), standAlone ? { coherence: coherenceReason(doc, standAlone.tolerate), maxOverlap: standAlone.maxOverlap, madeWhole: standAlone.madeWhole, ...(partial ? { allScores: () => ranker.score(doc) } : {}) } : {});
  if (picked.length < Math.min(wanted, opts.bullets)) {
    const asked = opts.type === 'key-points' ? 'bullets' : 'sentences';
    warnings.push({ code: 'FEW_SENTENCES', message: `the article has ${picked.length} usable sentence(s), fewer than the ${opts.bullets} ${asked} asked for` });
  }
  // A headline is cut to its own word count below, not to the per-bullet limit.
  const shapeOpts: ShapeOptions = opts.type === 'headline' ? {} : opts;
  const ranked = picked.map((c) => sentences[doc.candidates[c]!]!);
  const whole = ranker.standAlone ? madeWhole(doc, picked) : new Map<number, number>();
  const merged = new Set(whole.values());
  // The default's bullets leave off a last clause of detail (src/shape/trim.ts); the source span is the kept part.
  const trim = ranker.trim === true && !opts.wholeSentences;
  const tailCuts = new Map(trim ? [...distinctTailCuts(doc, picked)].map(([c, end]) => [doc.candidates[c]!, end] as const) : []);
  const bullets: Bullet[] = [...ranked]
    .filter((s) => !merged.has(s.index))
    .sort((a, b) => a.index - b.index)
    .map((sentence) => {
      const s = trimmedSentence(sentence, tailCuts.get(sentence.index) ?? null);
      const span = keptSpan(s, shapeOpts.maxWordsPerBullet);
      const own = { sentence: s.index, start: span.start, end: span.end };
      const before = whole.get(s.index);
      if (before === undefined) return { text: shapeBullet(s, pack, shapeOpts), sources: [own] };
      // The sentence that carries the referent or speaker, then this one: the article's own words, both cited.
      const p = sentences[before]!;
      return { text: `${shapeBullet(p, pack, {})} ${shapeBullet(s, pack, shapeOpts)}`, sources: [{ sentence: p.index, start: p.start, end: p.end }, own] };
    });

  return {
    lang,
    title: article.title,
    heading: languagePack(headingLang).heading,
    bullets: composeBullets(bullets, ranked, article, pack, opts),
    method: ranker.name,
    type: opts.type,
    warnings,
    dropped: article.dropped,
    blocks: article.blocks.map(({ kind, start, end }) => ({ kind, start, end })),
    ...(article.meta ? { meta: article.meta } : {}),
  };
}

/**
 * A text whose only kept line reads like a title (one line without final punctuation: "Der
 * Kanzler reiste am Montag nach Paris") is that line's article: the line becomes its body, with
 * a SINGLE_LINE warning, rather than leaving nothing to summarize.
 */
function oneLineAsBody(article: Article, warnings: Warning[]): Article {
  const [only, ...rest] = article.blocks;
  if (!only || rest.length > 0 || only.kind === 'paragraph' || words(only.text).length === 0) return article;
  warnings.push({ code: 'SINGLE_LINE', message: 'the text is a single line that reads like a title: it was summarized as a sentence' });
  return { ...article, title: only.kind === 'title' ? null : article.title, blocks: [{ ...only, kind: 'paragraph' }] };
}

/** Why each candidate can't be a bullet as it stands (null: it can), computed once per summary. */
export function eligibilityReasons(doc: RankDocument, options: ShapeOptions): Array<Ineligible | null> {
  const reason = eligibilityReason(doc, options);
  return doc.candidates.map((_, c) => reason(c));
}

/** `eligibilityReasons` for one candidate, checked when selection first asks. */
export function eligibilityReason(doc: RankDocument, options: ShapeOptions): (candidate: number) => Ineligible | null {
  const known: Array<Ineligible | null | undefined> = [];
  return (c) => {
    let r = known[c];
    if (r === undefined) {
      r = ineligibility(doc.sentences[doc.candidates[c]!]!, doc.lex.pack, options, doc.wordCounts[c]);
      known[c] = r;
    }
    return r;
  };
}

/**
 * For picks that don't stand alone (only taken when too few others were left): the sentence
 * just before in the same paragraph, when it stands alone and together they do (it names the
 * speaker or the referent). Sentence index → index of the one to prepend; when that one is a
 * pick too, the two become one bullet.
 */
function madeWhole(doc: RankDocument, picked: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of picked) {
    if (candidateFlag(doc, c).length === 0 || c === 0 || candidateFlag(doc, c - 1).length > 0) continue;
    if (standsWholeWithPrevious(doc, c)) out.set(doc.sentences[doc.candidates[c]!]!.index, doc.sentences[doc.candidates[c - 1]!]!.index);
  }
  return out;
}

/** Why each candidate does not stand alone (null: it does, or only for a tolerated reason), by the coherence stage; once per summary. */
export function coherenceReasons(doc: RankDocument, tolerate: readonly string[] = []): Array<CoherenceReason | null> {
  const reason = coherenceReason(doc, tolerate);
  return doc.candidates.map((_, c) => reason(c));
}

/** `coherenceReasons` for one candidate, checked when selection first asks (most candidates never are). */
export function coherenceReason(doc: RankDocument, tolerate: readonly string[] = []): (candidate: number) => CoherenceReason | null {
  return (c) => candidateReason(doc, c, tolerate);
}

export interface PickOptions {
  /**
   * Per candidate (an array, or a function asked lazily), why it does not stand alone: such
   * candidates are taken only when too few others are left.
   */
  coherence?: ReadonlyArray<CoherenceReason | null> | ((candidate: number) => CoherenceReason | null);
  /** No two picks with a content overlap at or above this (see src/rank/overlap.ts). */
  maxOverlap?: number;
  /** A candidate that does not stand alone may be picked made whole with the sentence before it, as one bullet (both are returned). */
  madeWhole?: boolean | undefined;
  /**
   * When `scores` are exact only for the candidates that stand alone (`Ranker.scoreStandingAlone`):
   * every candidate's, asked for only when too few stand alone.
   */
  allScores?: (() => number[]) | undefined;
}

/**
 * Picks the bullets' sentences (candidate positions): eligible ones that stand alone first; if
 * too few, eligible ones; then the ones shaping can repair are let in; if none at all (a
 * one-line text without punctuation), any body sentence will do. The evaluation and the scorer
 * fit call this too, so they select as users get.
 */
export function pickSentences(
  doc: RankDocument,
  scores: number[],
  count: number,
  redundancy: number,
  reasons: ReadonlyArray<Ineligible | null> | ((candidate: number) => Ineligible | null),
  options: PickOptions = {},
): number[] {
  // Each selection's options are written out: spreading an object made just before costs V8 over a microsecond.
  const maxOverlap = options.maxOverlap;
  // Every test is deferred: selection runs it for the candidates it reaches (see selectCandidates).
  const reason = typeof reasons === 'function' ? reasons : (c: number) => reasons[c]!;
  const any = (): boolean => true;
  const given = options.coherence;
  if (given) {
    const coherence = typeof given === 'function' ? given : (c: number) => given[c]!;
    const usable = (c: number): boolean => reason(c) === null && coherence(c) === null;
    const partner = options.madeWhole ? wholePartners(doc, usable) : undefined;
    const whole = selectCandidates(doc, scores, count, redundancy, any, { maxOverlap, deferred: (c) => usable(c) || (reason(c) === null && partner?.[c] !== undefined), wholeWith: partner });
    if (bulletCount(whole, partner) >= count) return whole;
    if (options.allScores) scores = options.allScores();
    // Too few stand alone: those that don't come last, below every one that does.
    let lo = Infinity;
    for (const v of scores) lo = Math.min(lo, v);
    scores = scores.map((v, c) => (coherence(c) === null ? v : lo - 1 + v * 1e-9));
  }
  const strict = selectCandidates(doc, scores, count, redundancy, any, { maxOverlap, deferred: (c) => reason(c) === null });
  if (strict.length >= count) return strict;
  const relaxed = selectCandidates(doc, scores, count, redundancy, any, { maxOverlap, deferred: (c) => reason(c) === null || REPAIRABLE.has(reason(c)!) });
  if (relaxed.length > strict.length) return relaxed;
  return relaxed.length > 0 ? relaxed : selectCandidates(doc, scores, count, redundancy, (c) => doc.wordCounts[c]! > 0, { maxOverlap });
}

function bodyText(article: Article): string {
  return bodyBlocks(article)
    .map((b) => b.text)
    .join('\n');
}

/**
 * Summarizes plain article text, synchronously. Pasted page text is cleaned first.
 * @example
 * summarizeText(text, { bullets: 3 }).bullets[0]
 * // { text: 'In Rumänien haben am Sonntag die Parlamentswahlen begonnen.', sources: [{ sentence: 0, start: 43, end: 101 }] }
 */
export function summarizeText(input: string | { text: string; title?: string | null; lang?: string }, options: SummarizeOptions = {}): Summary {
  if (options !== null && typeof options === 'object' && isModelBackend(options.backend)) {
    throw new KernpunkteError('INVALID_OPTION', `summarizeText() is the synchronous extractive path: use summarize() for the ${options.backend} back-end`, { option: 'backend' });
  }
  return summarizeArticle(...textArticle(input, options));
}

/** Stage 2 for text input: the cleaned article, and the options with the language it was cleaned in. */
function textArticle(input: string | { text: string; title?: string | null; lang?: string }, options: SummarizeOptions): [Article, SummarizeOptions] {
  const { text, title, lang } = typeof input === 'string' ? { text: input, title: undefined, lang: undefined } : input ?? {};
  checkText(text);
  // The language is known before cleaning, so that cleaning uses the language's own rules.
  const given = options.lang ?? lang;
  const resolvedLang = given ? normalizeLang(given) : detectLanguage(text);
  const article = cleanText(text, { lang: resolvedLang, title: title ?? null });
  return [article, given ? { ...options, lang: resolvedLang } : options];
}

/**
 * Summarizes article text, an HTML page or a URL. Plain text never touches the network; the
 * HTML extractor and fetcher load only when first needed. For HTML and URL input the summary
 * carries `text`, the extracted article text that the bullets' offsets refer to.
 */
export async function summarize(input: SummarizeInput, options: SummarizeOptions = {}): Promise<Summary> {
  if (options !== null && typeof options === 'object' && isModelBackend(options.backend)) {
    // A model writes the bullets: the same input stages, then grounded generation (src/ground/).
    const { summarizeArticleWithModel } = await import('../ground/index.js');
    return summarizeFrom(input, options, (article, opts) => summarizeArticleWithModel(article, opts));
  }
  return summarizeFrom(input, options, (article, opts) => summarizeArticle(article, opts));
}

/** `summarize()` with a model back-end the caller loaded (see `loadBackend`), e.g. with a key of its own. */
export async function summarizeWithBackend(input: SummarizeInput, options: SummarizeOptions, backend: ModelBackend): Promise<Summary> {
  const { summarizeArticleWithModel } = await import('../ground/index.js');
  return summarizeFrom(input, { ...options, backend: backend.name }, (article, opts) => summarizeArticleWithModel(article, opts, backend));
}

/** The input stages (text cleaning, or HTML extraction and URL fetching) for any input, then `finish`. */
async function summarizeFrom(input: SummarizeInput, options: SummarizeOptions, finish: (article: Article, options: SummarizeOptions) => Summary | Promise<Summary>): Promise<Summary> {
  if (typeof input === 'string') return finish(...textArticle(input, options));
  if (input === null || typeof input !== 'object') throw new KernpunkteError('INVALID_INPUT', 'input must be a string or an object with text, html or url');
  if ('text' in input && input.text !== undefined) return finish(...textArticle(input, options));
  let web: { html: string; url?: string } | { url: string };
  if ('html' in input && typeof input.html === 'string') web = { html: input.html, ...(typeof input.url === 'string' ? { url: input.url } : {}) };
  else if ('url' in input && typeof input.url === 'string') web = { url: input.url };
  else throw new KernpunkteError('INVALID_INPUT', 'input must have one of: text, html, url (as a string)');
  if ('html' in web && web.html.length > LIMITS.maxChars) {
    throw new KernpunkteError('INPUT_TOO_LARGE', `the HTML has ${web.html.length} characters, more than the limit of ${LIMITS.maxChars}`, { limit: LIMITS.maxChars });
  }
  const { loadArticle } = await import('../extract/load.js');
  const loaded = await loadArticle(web, {
    ...(options.allowPrivateHosts !== undefined ? { allowPrivateHosts: options.allowPrivateHosts } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const title = input.title ?? undefined;
  const lang = options.lang ?? input.lang;
  if (loaded.kind === 'text') {
    const summary = await finish(...textArticle({ text: loaded.text, ...(title ? { title } : {}), ...(lang ? { lang } : {}) }, options));
    return { ...summary, text: loaded.text, meta: { ...summary.meta, url: loaded.url } };
  }
  const article = { ...loaded.article, ...(title ? { title } : {}), ...(lang ? { lang } : {}) };
  return { ...(await finish(article, { ...options, ...(lang ? { lang } : {}) })), text: article.text };
}
