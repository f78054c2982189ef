/**
 * A language is data: what the summarizer needs beyond stop words and a stemmer (those come from
 * the registry, `registry.ts`, for every language it knows).
 */
export interface LanguagePack {
  /** ISO 639-1 code, or "und" for the language-agnostic fallback. */
  code: string;
  name: string;
  /** The portal's word for the box. */
  heading: string;
  /** Opening → closing quote marks used in this language's news. */
  quotes: readonly (readonly [string, string])[];
  /**
   * Sentence-initial words that lean on the sentence before ("Zudem", "Außerdem"):
   * a bullet must stand alone, so such an opener is removed or the sentence passed over.
   * Multi-word entries are matched as a prefix.
   */
  connectives: readonly string[];
  /**
   * Sentence-initial words whose referent is in an earlier sentence ("Er", "Sie", "Dies"):
   * the sentence is kept but scored as less self-contained.
   */
  anaphora: readonly string[];
}
