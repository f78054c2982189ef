// The numbers only, importing nothing: shells read them at start-up without loading the pipeline.

/** Limits and defaults of `summarize()`, frozen; options override them per call. */
export const LIMITS = Object.freeze({
  /** Characters of text accepted (20 MB of ASCII); beyond this the input is refused, not truncated. */
  maxChars: 20_000_000,
  /** Share of control or replacement characters above which text is taken for binary data. */
  maxBinaryShare: 0.02,
  minBullets: 1,
  maxBullets: 7,
  /** Below five words a bullet can't say anything; above 200 the limit limits nothing. */
  minWordsPerBullet: 5,
  maxWordsPerBullet: 200,
  /** Bytes a file or standard input may have: text of `maxChars` characters in UTF-8 and some HTML. */
  maxInputBytes: 40_000_000,
  /** Body sentences ranked at most; later ones are very rarely key points, and this bounds the work. */
  maxCandidates: 400,
});

/** Kinds of summary, as the web platform's Summarizer API names them. */
export const SUMMARY_TYPES = Object.freeze(['key-points', 'tldr', 'headline'] as const);
export const SUMMARY_LENGTHS = Object.freeze(['short', 'medium', 'long'] as const);

/**
 * What each length means for each type (the Summarizer API's key-point and headline sizes; a
 * tl;dr here is 1 to 3 sentences, since extractive sentences are long). `short` is the default,
 * so the default box keeps its three bullets.
 */
export const LENGTHS = Object.freeze({
  short: Object.freeze({ keyPoints: 3, tldrSentences: 1, headlineWords: 12 }),
  medium: Object.freeze({ keyPoints: 5, tldrSentences: 2, headlineWords: 17 }),
  long: Object.freeze({ keyPoints: 7, tldrSentences: 3, headlineWords: 22 }),
});

export const DEFAULTS = Object.freeze({ bullets: LENGTHS.short.keyPoints, type: 'key-points', length: 'short' } as const);
