/**
 * kernpunkte: the "Zusammenfassung" box for any news article, offline and grounded.
 * The pipeline is text → Article (clean) → Sentence[] (segment) → scores (rank) → Bullet[] (shape) → Summary.
 */
export { summarize, summarizeText, summarizeArticle, LIMITS, DEFAULTS } from './summarize/index.js';
export { cleanText } from './clean/index.js';
export { splitSentences } from './segment/index.js';
export { articleSentences } from './sentences/index.js';
export { methods, getRanker, buildDocument, selectCandidates, sentenceFeatures, FEATURE_NAMES, DEFAULT_METHOD } from './rank/index.js';
export type { Ranker, RankDocument } from './rank/index.js';
export { shapeBullet, ineligibility } from './shape/index.js';
export { detectLanguage, languagePack, lexicon, SUPPORTED_LANGUAGES, type LanguagePack } from './lang/index.js';
export { KernpunkteError, isKernpunkteError, HTTP_STATUS, type ErrorCode } from './errors.js';
export type * from './types.js';
