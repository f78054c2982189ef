/**
 * The faithfulness check's tuning numbers, in one table. The score weights and the threshold were
 * chosen on FRANK (`kernpunkte eval faithfulness ../shared/data/en-frank-factuality.jsonl`; see the
 * README's "Faithfulness check" for the held-out figures); the rest by reading the German suite's misses.
 */
export const FAITHFULNESS_TUNING = Object.freeze({
  /** A hedged number ("rund 18 Millionen", "about 1,500") may differ from the source's by this share. */
  hedgedNumberTolerance: 0.05,
  /** Content words taken either side of a negation to find the clause it belongs to. */
  negationWindow: 3,
  /** Share of a source negation's surrounding words a claim sentence must restate to count as restating it. */
  negationCoverage: 0.6,
  /** Shortest compound part matched inside a source word ("Regierung" in "Bundesregierung"). */
  compoundPartLength: 5,
  /** A claim word one or two letters longer than a source word or stem this long counts as its inflection. */
  inflectionStemLength: 4,
  /** German words longer than this (without a hyphen) are compounds of common nouns, not names. */
  germanCompoundLength: 14,
  /** Content words shorter than this are not checked for support ("EU" still is as a name). */
  minContentLength: 2,
  /**
   * The score: e^−(sum of these penalties). Hard issues (number, name, negation, quote)
   * each cost their weight (they fail the claim anyway; in the score they only rank); the support
   * shares cost their weight times the share. From the grid of `eval faithfulness` on FRANK: 69.9
   * against the grid's best 70.0 (mean balanced accuracy, best thresholds), chosen among the near-best
   * so that rewording alone (trigram share, at most 0.25) cannot fail a claim at the default threshold.
   */
  weights: Object.freeze({
    number: 0.05,
    name: 0.05,
    negation: 0.05,
    quote: 0.05,
    /** Content words the source does not have, per √(content words of the claim). */
    unsupported: 1,
    /** Share of adjacent content-word pairs no source sentence has in that order (FRANK's grid: no gain). */
    novelPairs: 0,
    /** Share of the claim's word trigrams not in the source (rewording; shortening adds a few). */
    novelTrigrams: 0.25,
  }),
  /**
   * A claim scoring below this is not consistent, even without a hard issue. FRANK's best
   * thresholds lie far apart (BBC, abstractive, about 0.44; CNN/DM, near-extractive, about 0.94;
   * see the README): the score also measures how freely a claim rewords, so no one threshold
   * separates both. Model bullets reword, so the default is lenient (penalty 0.51: e.g. two of
   * nine content words missing, or one plus much rewording) and the hard issues carry the catching.
   */
  threshold: 0.6,
});
