/**
 * Every tuning number of the splitter, in one place. Changing one changes results: re-run
 * `kernpunkte eval sentences ../shared/data/sbd-de-gsd-dev.jsonl` and the segment tests.
 */
export const SEGMENT_TUNING = Object.freeze({
  /**
   * How far (UTF-16 units) to look back for the word before a period, and ahead for the word
   * after. Abbreviations and numbers are short; the cap keeps a run of 1 MB without spaces linear.
   */
  maxWordChars: 64,
  /**
   * A line of at least this many characters that ends without punctuation, in a paragraph with
   * another such line, is taken as hard-wrapped text (the break is a space, not a boundary).
   * Headings and list items are shorter; wrapped e-mail and terminal text is 60–80 wide.
   */
  wrapMinLineChars: 60,
  /** How many long lines (see above) make a paragraph hard-wrapped. */
  wrapMinLongLines: 2,
  /**
   * A number of this many digits or more before ". Capital" is a year or an amount, not an
   * ordinal: "im Jahr 2020. Danach" ends; "im 19. Jahrhundert" does not.
   */
  yearDigits: 4,
  /**
   * A colon starts a new sentence (German, rule 5) only after a clause of at least this many
   * words: labels such as "Ihr Argument:" or "Das Fazit zu Wish:" are shorter.
   */
  colonMinWords: 5,
  /**
   * An unlisted lowercase word this short before ". 31" is an abbreviation ("ok.", "tj."): a
   * sentence rarely ends in such a word and the next one rarely starts with a digit.
   */
  unlistedAbbreviationChars: 3,
  /** Longest token (chars) that may be part of a spaced multi-part abbreviation ("z. B.", "i. d. R."). */
  maxAbbreviationPartChars: 6,
  /**
   * Rule 2c: a caption's label ("Accused:", "Star-crossed lovers:", "All hands on deck:") has at
   * most this many words and characters before its colon; a longer lead-in is a clause.
   */
  maxCaptionLabelWords: 4,
  maxCaptionLabelChars: 40,
  /**
   * Rule 2c: a caption holds at least this many words after its label before it may end: a
   * caption says who or what is shown, and "Pictured: Mr Smith When …" is too short to cut.
   */
  minCaptionWords: 4,
});
