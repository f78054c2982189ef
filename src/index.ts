/**
 * kernpunkte: the "Zusammenfassung" box for any news article, offline and grounded.
 * The pipeline is text → Article (clean, or extract for HTML) → Sentence[] (segment) →
 * scores (rank) → Bullet[] (shape) → the summary's kind (compose) → Summary; each stage is
 * exported with its plain data types.
 */
export { summarize, summarizeText, summarizeArticle, summarizeWithBackend, LIMITS, DEFAULTS, LENGTHS } from './summarize/index.js';
export { backends, loadBackend, disposeBackends, DEFAULT_BACKEND, type BackendConfig, type ModelBackend, type GenerateRequest, type ChatMessage } from './backends/index.js';
export { summarizeArticleWithModel, buildMessages, replySchema, scanReply, clearModelCache, GROUNDING } from './ground/index.js';
export { guardBullet, GUARD, GUARD_MODES, type GuardMode, type GuardContext } from './guard/index.js';
export { cleanText, bodyBlocks, type CleanOptions } from './clean/index.js';
export { extract, decodeHtml, loadArticle, EXTRACT_RULES, type ExtractOptions, type LoadedInput } from './extract/index.js';
export { fetchPage, FETCH_DEFAULTS, type FetchOptions, type FetchedPage } from './fetch/index.js';
export { splitSentences } from './segment/index.js';
export { articleSentences } from './sentences/index.js';
export { methods, getRanker, buildDocument, selectCandidates, sentenceFeatures, scoreFeatures, FEATURE_NAMES, DEFAULT_METHOD } from './rank/index.js';
export type { Ranker, RankDocument } from './rank/index.js';
export { checkCoherence, standsAlone, COHERENCE_REASONS, type CoherenceFlag, type CoherenceReason } from './coherence/index.js';
export { contentOverlap, largestOverlap, textBag, OVERLAP, type TermBag } from './rank/overlap.js';
export { shapeBullet, ineligibility, wordLimitCut, keptSpan } from './shape/index.js';
export { composeBullets, COMPOSE } from './compose/index.js';
export { checkFaithfulness, FAITHFULNESS_TUNING, type FaithfulnessOptions } from './faithfulness/index.js';
export { detectLanguage, languagePack, lexicon, SUPPORTED_LANGUAGES, type LanguagePack } from './lang/index.js';
export { rougeN, rougeL, rougeLsum, rougeAll } from './eval/rouge.js';
export { unicodeTokens } from './eval/tokenize.js';
export { KernpunkteError, isKernpunkteError, HTTP_STATUS, type ErrorCode } from './errors.js';
export type * from './types.js';
