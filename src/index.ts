/**
 * kernpunkte: the "Zusammenfassung" box for any news article, offline and grounded.
 * The pipeline is text → Article (clean, or extract for HTML) → Sentence[] (segment) →
 * scores (rank) → Bullet[] (shape) → the summary's kind (compose) → Summary; each stage is
 * exported with its plain data types.
 */
export { summarize, summarizeText, summarizeArticle, LIMITS, DEFAULTS, LENGTHS } from './summarize/index.js';
export { cleanText, bodyBlocks, type CleanOptions } from './clean/index.js';
export { extract, decodeHtml, loadArticle, EXTRACT_RULES, type ExtractOptions, type LoadedInput } from './extract/index.js';
export { fetchPage, FETCH_DEFAULTS, type FetchOptions, type FetchedPage } from './fetch/index.js';
export { splitSentences } from './segment/index.js';
export { articleSentences } from './sentences/index.js';
export { methods, getRanker, buildDocument, selectCandidates, sentenceFeatures, scoreFeatures, FEATURE_NAMES, DEFAULT_METHOD } from './rank/index.js';
export type { Ranker, RankDocument } from './rank/index.js';
export { shapeBullet, ineligibility, wordLimitCut, keptSpan } from './shape/index.js';
export { composeBullets, COMPOSE } from './compose/index.js';
export { checkFaithfulness, FAITHFULNESS_TUNING, type FaithfulnessOptions } from './faithfulness/index.js';
export { detectLanguage, languagePack, lexicon, SUPPORTED_LANGUAGES, type LanguagePack } from './lang/index.js';
export { rougeN, rougeL, rougeLsum, rougeAll } from './eval/rouge.js';
export { unicodeTokens } from './eval/tokenize.js';
export { KernpunkteError, isKernpunkteError, HTTP_STATUS, type ErrorCode } from './errors.js';
export type * from './types.js';
