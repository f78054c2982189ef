/**
 * What the splitter knows about a language: plain data, no code. A pack is a few lists;
 * `compile.ts` turns them into lookup sets once.
 *
 * Abbreviations are written as in running text, with or without the inner space ("z. B.", "z.B."
 * are the same entry: spaces are removed before matching). Each sits in the category that says
 * what may follow it:
 * - `title`: always followed by a name ("Dr.", "Prof.", "Mr."): never a sentence end.
 * - `general`: always followed by more of the sentence ("z. B.", "bzw.", "vgl."): never an end.
 * - `beforeNumber`: an abbreviation only when a number follows ("Art. 5", "Abs. 2", "No. 1");
 *   otherwise the word is an ordinary word ("auf diese Art. Die …").
 * - `final`: may end a sentence ("usw.", "etc.", "Inc.", "Jan."): an end when the next word is a
 *   typical sentence opener (see `starters`), otherwise not.
 */
export interface SegmentLangData {
  abbreviations: {
    title: readonly string[];
    general: readonly string[];
    beforeNumber: readonly string[];
    final: readonly string[];
  };
  /** Month names and their abbreviations as written after a day number ("24. Juni", "3. Okt."). */
  months: readonly string[];
  /**
   * Capitalised function words that begin sentences but never continue one after an
   * abbreviation, initial or ordinal: "Die", "Er", "Danach", "The". German capitalises every
   * noun, so "capitalised next word" alone says little there; these words say more.
   */
  starters: readonly string[];
  /** Does the language write ordinals as a number with a period ("am 3. Oktober")? */
  ordinalDot: boolean;
  /**
   * Does a capitalised sentence opener after a colon start a new sentence (German orthography
   * capitalises there only when a full sentence follows)? See rule 5.
   */
  colonStartsSentence: boolean;
  /**
   * Conjunctions that open a subordinate clause ("Ob", "Wenn", "Weil"): a sentence that starts
   * with one has its main clause still to come, so a colon in it does not end it (rule 5).
   */
  subordinators: readonly string[];
  /**
   * Words right before a number that make "N." an ordinal: articles and contracted
   * prepositions ("am 3.", "im 19.", "der 3."). Matched lowercase.
   */
  ordinalTriggers: readonly string[];
  /**
   * Capitalised sentence openers that never stand capitalised inside a sentence before a
   * lowercase word ("The", "He", "This"): after a word with no mark between, a sentence lost
   * its end mark (rule 2b). Empty for languages that capitalise nouns (German) and those not
   * measured yet.
   */
  lostMarkOpeners?: readonly string[];
  /**
   * Rule 2c (a caption glued to the next sentence): speech verbs and pronouns, lowercase, that
   * make "Label:" a quotation's lead-in rather than a caption's label ("He said:", "Mr Wang
   * added:"). A language without them gets no caption rule.
   */
  captionWords?: readonly string[];
  /** Rule 2c: sentence openers that end a labelled caption before a lowercase word ("A man …", "However, …"). */
  captionOpeners?: readonly string[];
  /** Rule 2c: the openers of `captionOpeners` that end a caption after a capitalised word too ("… Brigade In an interview"). */
  captionStrongOpeners?: readonly string[];
  /** Rule 2c: verbs after which the caption's subject, named again, starts the next sentence ("… farm Ben isn't …"). */
  captionVerbs?: readonly string[];
  /** Rule 2c: lowercase words that lead into a clause or a name, so that a name after them does not start a sentence ("after", "said"). */
  captionLinkWords?: readonly string[];
  /** Picture markers that make a labelled sentence a caption even with a final mark ("(pictured)", "(left)"). */
  captionMarkers?: readonly string[];
  /** Rule 2c: lowercase words that "A" completes ("plan A", "vitamin A"): no boundary before that "A". */
  captionLetterNouns?: readonly string[];
}
