import { bodyBlocks, cleanText } from '../clean/index.js';
import { COMPOSE, composeBullets } from '../compose/index.js';
import { KernpunkteError } from '../errors.js';
import { detectLanguage, hasPack, languagePack, normalizeLang, words } from '../lang/index.js';
import { DEFAULT_METHOD, buildDocument, getRanker, selectCandidates, type RankDocument, type Ranker } from '../rank/index.js';
import { articleSentences } from '../sentences/index.js';
import { REPAIRABLE, ineligibility, keptSpan, shapeBullet, type Ineligible, type ShapeOptions } from '../shape/index.js';
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

  const sentences = articleSentences(doc0);
  // A body of dashes, bullets or other marks only ("–", "•") has nothing to summarize either.
  if (!sentences.some((s) => s.kind === 'body' && words(s.text).length > 0)) {
    throw new KernpunkteError('EMPTY_INPUT', 'no article text is left after cleaning: the input holds only a title, bylines, page furniture or no words at all', {
      dropped: article.dropped.length,
    });
  }
  const doc = buildDocument(doc0, sentences, { maxCandidates: LIMITS.maxCandidates });
  const bodyCount = sentences.filter((s) => s.kind === 'body').length;
  if (bodyCount > doc.candidates.length) {
    warnings.push({ code: 'LONG_INPUT', message: `only the first ${doc.candidates.length} of ${bodyCount} sentences were ranked` });
  }

  const scores = ranker.score(doc);
  const pack = doc.lex.pack;
  const wanted = opts.type === 'headline' ? COMPOSE.headlineCandidates : opts.bullets;
  const picked = pickSentences(doc, scores, wanted, ranker.redundancy, eligibilityReasons(doc, opts));
  if (picked.length < Math.min(wanted, opts.bullets)) {
    const asked = opts.type === 'key-points' ? 'bullets' : 'sentences';
    warnings.push({ code: 'FEW_SENTENCES', message: `the article has ${picked.length} usable sentence(s), fewer than the ${opts.bullets} ${asked} asked for` });
  }
  // A headline is cut to its own word count below, not to the per-bullet limit.
  const shapeOpts: ShapeOptions = opts.type === 'headline' ? {} : opts;
  const ranked = picked.map((c) => sentences[doc.candidates[c]!]!);
  const bullets: Bullet[] = [...ranked]
    .sort((a, b) => a.index - b.index)
    .map((s) => ({ text: shapeBullet(s, pack, shapeOpts), sources: [{ sentence: s.index, ...keptSpan(s, shapeOpts.maxWordsPerBullet) }] }));

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
  return doc.candidates.map((i, c) => ineligibility(doc.sentences[i]!, doc.lex.pack, options, doc.wordCounts[c]));
}

/**
 * Picks the bullets' sentences (candidate positions): eligible ones first; if too few, the ones
 * shaping can repair are let in; if none at all (a one-line text without punctuation), any body
 * sentence will do. The evaluation and the scorer fit call this too, so they select as users get.
 */
export function pickSentences(doc: RankDocument, scores: number[], count: number, redundancy: number, reasons: ReadonlyArray<Ineligible | null>): number[] {
  const strict = selectCandidates(doc, scores, count, redundancy, (c) => reasons[c] === null);
  if (strict.length >= count) return strict;
  const relaxed = selectCandidates(doc, scores, count, redundancy, (c) => reasons[c] === null || REPAIRABLE.has(reasons[c]!));
  if (relaxed.length > strict.length) return relaxed;
  return relaxed.length > 0 ? relaxed : selectCandidates(doc, scores, count, redundancy, (c) => doc.wordCounts[c]! > 0);
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
  const { text, title, lang } = typeof input === 'string' ? { text: input, title: undefined, lang: undefined } : input ?? {};
  checkText(text);
  // The language is known before cleaning, so that cleaning uses the language's own rules.
  const given = options.lang ?? lang;
  const resolvedLang = given ? normalizeLang(given) : detectLanguage(text);
  const article = cleanText(text, { lang: resolvedLang, title: title ?? null });
  return summarizeArticle(article, given ? { ...options, lang: resolvedLang } : options);
}

/**
 * Summarizes article text, an HTML page or a URL. Plain text never touches the network; the
 * HTML extractor and fetcher load only when first needed. For HTML and URL input the summary
 * carries `text`, the extracted article text that the bullets' offsets refer to.
 */
export async function summarize(input: SummarizeInput, options: SummarizeOptions = {}): Promise<Summary> {
  if (typeof input === 'string') return summarizeText(input, options);
  if (input === null || typeof input !== 'object') throw new KernpunkteError('INVALID_INPUT', 'input must be a string or an object with text, html or url');
  if ('text' in input && input.text !== undefined) return summarizeText(input, options);
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
    const summary = summarizeText({ text: loaded.text, ...(title ? { title } : {}), ...(lang ? { lang } : {}) }, options);
    return { ...summary, text: loaded.text, meta: { ...summary.meta, url: loaded.url } };
  }
  const article = { ...loaded.article, ...(title ? { title } : {}), ...(lang ? { lang } : {}) };
  return { ...summarizeArticle(article, { ...options, ...(lang ? { lang } : {}) }), text: article.text };
}
