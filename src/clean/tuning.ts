/**
 * Every number the cleaning rules tune on, in one place. Lengths are in UTF-16 code units
 * (String#length). The guiding rule: losing article text is worse than keeping a UI word, so every
 * dropping rule only looks at lines short enough that they cannot be a real paragraph.
 */
export const TUNING = Object.freeze({
  /** Longest line a one-line rule (agency, byline, UI, timestamp, ad) may drop. Bylines and icons are short. */
  maxMetaLineChars: 120,
  /** Longest line a labelled teaser ("Video: …", "Lesen Sie auch: …") may drop: a teaser is one headline. */
  maxTeaserLineChars: 250,
  /** Longest image caption ending in a credit ("… Foto: dpa") that is dropped as a caption. */
  maxCaptionChars: 300,
  /** Longest credit tail after "Foto:"/"©" for a line to count as a caption or credit. */
  maxCreditChars: 80,
  /** Longest cookie / external-content notice that is dropped; longer paragraphs are kept. */
  maxNoticeChars: 600,
  /** How far into a notice its tell-tale word ("Cookies", "externe Inhalte") must appear. */
  noticeWindowChars: 160,
  /** A portal's summary box holds at most this many items; more and it is an article list, kept. */
  maxBoxItems: 8,
  /** Longest single summary-box item. */
  maxBoxItemChars: 500,
  /** A byline names at most this many people ("Von A, B und C"). */
  maxBylineNames: 4,
  /** A person's name has 1 to this many words, particles ("von", "de") included. */
  maxNameWords: 5,
  /** Title: longest first line that still counts as a headline. */
  maxTitleChars: 200,
  /** Subtitle / standfirst without final punctuation, directly below the title. */
  maxSubtitleChars: 300,
  /** Crosshead ("Zwischenüberschrift"): longest short line without final punctuation. */
  maxHeadingChars: 150,
  maxHeadingWords: 20,
  /** A headline-like question longer than this is a paragraph that asks (interviews, op-eds). */
  maxQuestionHeadingChars: 100,
  /** Lines after "Mehr zum Thema" that look like headlines are the teaser's link list, up to this many. */
  maxRelatedLinks: 6,
  /** A line at least this long that ends without punctuation, followed by another line, is a hard wrap. */
  minWrappedLineChars: 60,
  /** Where the given `options.title` is looked for: among the first this many kept lines. */
  titleSearchLines: 6,
  /** Dateline place names ("Frankfurt am Main") have at most this many words. */
  maxDatelinePlaceWords: 4,
  /** Datelines are looked for in the first this many characters of the first blocks only. */
  datelineWindowChars: 160,
  /** Footer after a `---` rule: at most this many "Label: value" lines. */
  maxFooterLines: 8,
});
