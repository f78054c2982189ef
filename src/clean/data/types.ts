/**
 * A language pack for cleaning: only data, no code. Phrases are matched case-insensitively as whole
 * words; spaces inside a phrase match any run of whitespace. Keep each list to what portals really print.
 */
export interface CleanLangPack {
  code: string;
  /** Headings of a summary box already on the page ("Zusammenfassung", "Das Wichtigste in Kürze"). */
  summaryHeadings: readonly string[];
  /** Words that open a byline line before the names ("Von", "Ein Kommentar von"). */
  bylinePrefixes: readonly string[];
  /** Words that join names in a byline ("und"). */
  nameJoiners: readonly string[];
  /** Labels before a credit or agency ("Quelle", "mit Material von"). */
  sourceLabels: readonly string[];
  /** Labels of media teasers and photo credits ("Video", "Foto", "Bild"). */
  mediaLabels: readonly string[];
  /** Teasers for other articles ("Lesen Sie auch", "Mehr zum Thema"). */
  relatedLabels: readonly string[];
  /** Lines that only mark advertising ("Anzeige"). */
  adLabels: readonly string[];
  /** Buttons, share bars and other UI words, as whole-line phrases. */
  uiPhrases: readonly string[];
  /**
   * UI remnants that pasted text carries inside a paragraph, where a sentence starts ("… on Friday.
   * Scroll down for video Lindsey Vonn …"): matched case-sensitively, as written, and cut out.
   * Only phrases that never begin a sentence of the article; a trailing ":" is part of the phrase.
   */
  inlineRemnants: readonly string[];
  /**
   * Those of `inlineRemnants` after which a page runs its photo captions (the Daily Mail's "Scroll
   * down for video" stands above the picture block): the unit after one is a caption.
   */
  captionLeads: readonly string[];
  /** Labels in front of a timestamp ("Stand:", "Aktualisiert am"). */
  timestampLabels: readonly string[];
  /** Words a date or time line may be made of (months, weekdays, "Uhr", "um"). */
  dateWords: readonly string[];
  /** "4 Min. Lesezeit", "Lesezeit: 4 Minuten": the words around the number. */
  readingTimeWords: readonly string[];
  /** Openings of cookie / external-content notices; each must be followed by a notice word. */
  noticeOpenings: readonly string[];
  /** Words that make such an opening a notice ("Cookies", "externe Inhalte"). */
  noticeWords: readonly string[];
  /** Roles in a credits line ("Übersetzung: A, Redaktion: B"). */
  creditRoles: readonly string[];
  /** "Folgen Sie uns auf …": openings of a follow-us line; it must name a network or an @handle. */
  followOpenings: readonly string[];
  /** Labels of footer lines after a `---` rule ("Quelle", "Lizenz"). */
  footerLabels: readonly string[];
}
