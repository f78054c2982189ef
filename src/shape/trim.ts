import { checkCoherence } from '../coherence/index.js';
import { countWords, wordEnds, wordFrom, words, type LanguagePack } from '../lang/index.js';
import type { RankDocument } from '../rank/document.js';
import { OVERLAP, largestOverlap } from '../rank/overlap.js';
import type { Sentence } from '../types.js';
import { quoteBalance } from './index.js';

/**
 * Trimming, part of stage 5: a chosen sentence's last clause is left off when it only adds
 * detail the rest of the article never comes back to ("…, which was founded in 1987.",
 * "…, sobbing as she accepted the agreement."). Only a suffix is removed, at a clause
 * boundary, so the bullet is still one span of the article; its own final stop ends it.
 * Reference key points are shorter than article sentences (CNN/DM highlights ~50 words for three,
 * the lead's three sentences ~86), and a clause no other sentence mentions is rarely in them.
 * Cuts are made only where a clause opener says the tail is a subordinate or added clause, never
 * across a speaker or a quotation, and never where the kept part would read worse alone.
 */
export const TRIM: Readonly<TrimLimits> = Object.freeze({
  /** The tail is detail when fewer than this share of its content terms occur in another sentence or the title. */
  maxRecurringShare: 0.5,
  /** The kept part keeps at least this many words: a shorter one is too little of the sentence. */
  minKeptWords: 8,
  /** The last piece of the kept part (after its previous clause boundary) has at least this many words ("…, however" is none). */
  minLastPieceWords: 2,
});

/** Trimming's tuning numbers (TRIM); another set may be passed for measuring (scripts/trim-bounds.ts). */
export interface TrimLimits {
  maxRecurringShare: number;
  minKeptWords: number;
  minLastPieceWords: number;
}

/** A language's trimming rules. Languages without an entry are never trimmed. */
interface TrimRules {
  /**
   * First words (lowercase) of a tail that may be left off: relative pronouns, subordinators, participles.
   * Not "but" / "aber": the clause after it is often the news ("…still have space, but they will be full by 2018").
   */
  opener: RegExp;
  /** "and", "or": a later clause of the tail may open with one. */
  coordinator: RegExp;
  /** Openers that may start a clause which ends before the sentence does ("The man, who …, said"): only a tail that is the sentence's last clause is cut. */
  lastClauseOnly: RegExp;
  /** A sentence opening with one of these (lowercase) is left whole: its first clause is subordinate or a phrase ("Although …", "Nachdem …"). */
  subordinateStart: RegExp;
  /** Words that name a speaker or a source: a tail with one is never cut (its claim would lose its speaker). */
  speech: RegExp;
  /** A kept part with this is left whole: its second half is in the tail ("not only …, but also …", "zwar …, aber …", a concession with "may"). */
  pairedKept?: RegExp;
}

const RULES: Readonly<Record<string, TrimRules>> = Object.freeze({
  en: {
    opener: /^(?:which|who|whom|whose|where|while|with|without|after|before|as|including|amid|despite|although|though|because|since|until|(?!according|saying|adding|claiming|insisting|telling|noting|explaining|stating|writing|arguing|warning|asking|urging)[a-z]+ing)$/u,
    coordinator: /^(?:and|or)$/u,
    lastClauseOnly: /^(?:which|who|whom|whose|where)$/u,
    subordinateStart: /^(?:although|though|while|when|if|as|after|before|because|since|despite|with|without|having|amid|once|unless|whether|in|on|at|for|by|during|following|given|speaking|asked)$/u,
    speech: /\b(?:said|says|say|told|tells|tell|according|claim(?:s|ed)?|add(?:s|ed)|stated?|reported|announced|explained|insist(?:s|ed)|warn(?:s|ed)|revealed|admitted|wrote|writes|believes?|believed|thinks?|thought|found|confirmed|heard|argued|suggested|alleged)\b/iu,
    pairedKept: /\b(?:not only|may|might)\b/iu,
  },
  de: {
    // Not der/die/das: after a comma they open a main clause as often as a relative one ("…, der Krieg vorerst vorbei.").
    opener: /^(?:deren|dessen|welche[rsmn]?|wobei|womit|wodurch|worauf|nachdem|als|weil|während|sodass|obwohl|um|ohne|bevor|bis|seit|seitdem)$/u,
    // German subordinate clauses close with their verb and the main clause may go on after them ("…, als er floh, fest."): every tail must be the last clause.
    coordinator: /^(?:und|oder)$/u,
    lastClauseOnly: /^/u,
    subordinateStart: /^(?:als|wenn|weil|obwohl|nachdem|während|da|bevor|seit|seitdem|trotz|ob|dass|wie|sobald|falls|um|nach|bei|mit|in|auf|für)$/u,
    speech: /(?<![\p{L}])(?:sagt\p{L}*|gesagt|laut|zufolge|erklärt\p{L}*|betont\p{L}*|teilt\p{L}*|mitgeteilt|bericht\p{L}*|meldet\p{L}*|so|hieß|heißt|warnt\p{L}*|fordert\p{L}*|kündigt\p{L}*|schrieb|schreibt|räumt\p{L}*|meint\p{L}*|betonte)(?![\p{L}])/iu,
    pairedKept: /(?<![\p{L}])(?:nicht nur|zwar)(?![\p{L}])/iu,
  },
});

/** Quote marks of any language, and an ASCII apostrophe standing at a word's edge ('quoted'). */
const QUOTE_MARK = /["“”„«»‚‘’]|(?:^|\s)'|'(?:\s|$)/u;

export interface TrimContext {
  lang: string;
  pack: LanguagePack;
  /** Per word of the text (in the order `words` finds them): whether its content term occurs elsewhere in the article; null for a word without one (a stop word). Or a function that gives them, asked only for a boundary that passes every other test (most sentences never need their words looked up). */
  recurs: ReadonlyArray<boolean | null> | (() => ReadonlyArray<boolean | null>);
  /** Other limits than TRIM's (for measuring them: scripts/trim-bounds.ts). */
  limits?: Partial<TrimLimits>;
}

/**
 * Where to end a sentence so that its tail of detail is left off, or null to keep it whole:
 * the first clause boundary (outside brackets) with at least `minKeptWords` words before it
 * whose tail opens with a clause opener, names no speaker, holds no quotation, and has fewer
 * than `maxRecurringShare` of its content terms elsewhere in the article, where the kept part
 * has its quotes closed and is flagged by the coherence check for nothing the whole sentence
 * isn't. Only sentences ending in `.`, `!` or `?` are cut; the kept part is `text.slice(0, end)`.
 */
export function tailCut(text: string, context: TrimContext): number | null {
  const rules = RULES[context.lang];
  if (!rules) return null;
  const body = text.trimEnd();
  const bounds = cuttable(body, rules);
  return bounds === null ? null : cutAmong(text, body, bounds, rules, context);
}

/** `tailCut` past its word-free checks: the first of the boundaries `bounds` of a cuttable sentence that passes every test. */
function cutAmong(text: string, body: string, bounds: readonly number[], rules: TrimRules, context: TrimContext): number | null {
  // Spread only for other limits: copying the frozen table for every sentence costs more than the rest of most calls.
  const limits = context.limits ? { ...TRIM, ...context.limits } : TRIM;
  let ends: number[] | undefined;
  let flagsWhole: number | undefined;
  let recurs = typeof context.recurs === 'function' ? undefined : context.recurs;
  // The tests are independent filters: the cheapest and most often failing (the word after the boundary) come first.
  for (let k = 0; k < bounds.length; k++) {
    const b = bounds[k]!;
    const opener = wordFrom(body, b);
    // Clause openers are lowercase; a capitalised word after the comma is a name ("…, Reading, …").
    if (opener !== opener.toLowerCase() || !rules.opener.test(opener)) continue;
    if (k < bounds.length - 1 && rules.lastClauseOnly.test(opener)) continue;
    ends ??= wordEnds(text);
    const kept = text.slice(0, b);
    const keptWords = ends.filter((e) => e <= b).length;
    if (keptWords < limits.minKeptWords) continue;
    const piece = k > 0 ? text.slice(bounds[k - 1]! + 1, b) : kept;
    if (countWords(piece) < limits.minLastPieceWords) continue;
    const tail = body.slice(b);
    // A participle after another is a list ("scenes of dancing, singing and …"), not a clause.
    if (opener.endsWith('ing') && /ing$/u.test(words(piece).at(-1) ?? '')) continue;
    // An aside that the main clause goes on after ("as Bayern, with two youngsters in the lineup, opened …").
    if (bounds.slice(k + 1).some((later) => !goesOn(wordFrom(body, later), rules))) continue;
    if (rules.speech.test(tail) || QUOTE_MARK.test(tail) || rules.pairedKept?.test(kept)) continue;
    if (quoteBalance(kept, context.pack).unclosed.length > 0) continue;
    recurs ??= (context.recurs as () => ReadonlyArray<boolean | null>)();
    if (recurringShare(ends, b, recurs) >= limits.maxRecurringShare) continue;
    flagsWhole ??= checkCoherence(body, context.lang).length;
    if (checkCoherence(kept + body.slice(-1), context.lang).length > flagsWhole) continue;
    return b;
  }
  return null;
}

/**
 * The sentence's clause boundaries when it may be cut at all (it ends in `.`, `!` or `?`, has a
 * boundary and does not open with a subordinate clause), else null: the checks that need no
 * word of the article, so most sentences are decided before their words are looked up.
 */
function cuttable(body: string, rules: TrimRules): number[] | null {
  const last = body.charCodeAt(body.length - 1);
  if (last !== 46 && last !== 33 && last !== 63) return null; // . ! ?
  const bounds = clauseBoundaries(body);
  if (bounds.length === 0) return null;
  if (rules.subordinateStart.test(wordFrom(body, 0).toLowerCase())) return null;
  return bounds;
}

/** Offsets of the clause boundaries outside round and square brackets: the comma, or the space before a spaced dash. */
function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  // By UTF-16 code: ( [ ) ] , ; – — - and the space.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (depth === 0 && (c === 44 || c === 59 || c === 0x2013 || c === 0x2014 || c === 45) && text.charCodeAt(i + 1) === 32) {
      if (c === 44 || c === 59) out.push(i);
      else if (text.charCodeAt(i - 1) === 32) out.push(i - 1);
    }
  }
  return out;
}

/** Whether a later clause of a tail may start with this word without the main clause going on there: an opener, "and"/"or", a name or a number. */
function goesOn(word: string, rules: TrimRules): boolean {
  return word !== word.toLowerCase() || /^\p{N}/u.test(word) || rules.opener.test(word) || rules.coordinator.test(word);
}

/** Share of the distinct content words after `from` that occur elsewhere in the article (1 when there are none). */
function recurringShare(ends: readonly number[], from: number, recurs: ReadonlyArray<boolean | null>): number {
  let content = 0;
  let recurring = 0;
  for (let k = 0; k < ends.length; k++) {
    if (ends[k]! <= from) continue;
    const r = recurs[k];
    if (r === null || r === undefined) continue;
    content++;
    if (r) recurring++;
  }
  return content === 0 ? 1 : recurring / content;
}

/**
 * Per word of candidate `c`, whether its content term occurs in another candidate sentence or
 * the title (null for a word without a term), read off the document's term ids: its terms are
 * the words' terms in order, stop words left out. Empty when the document was built without terms.
 */
export function recurringWords(doc: Pick<RankDocument, 'sentences' | 'candidates' | 'terms' | 'sentenceFrequency' | 'titleVector' | 'lex'>, c: number): Array<boolean | null> {
  const ids = doc.terms[c];
  if (!ids) return [];
  const scan = doc.lex.scanTerms(doc.sentences[doc.candidates[c]!]!.text);
  const out: Array<boolean | null> = [];
  let j = 0;
  for (let k = 0; k < scan.count; k++) {
    if (scan.terms[k] === null) {
      out.push(null);
      continue;
    }
    const id = ids[j++]!;
    out.push(doc.sentenceFrequency[id]! >= 2 || doc.titleVector.has(id));
  }
  return out;
}

/** Where candidate `c` of the document ends when trimmed (an offset into its text), or null when it stays whole. */
export function candidateTailCut(doc: RankDocument, c: number, limits?: Partial<TrimLimits>): number | null {
  const rules = RULES[doc.article.lang];
  if (!rules || doc.terms.length === 0) return null;
  const text = doc.sentences[doc.candidates[c]!]!.text;
  const body = text.trimEnd();
  // Most sentences can't be cut whatever their words: decided before their words are looked up.
  const bounds = cuttable(body, rules);
  if (bounds === null) return null;
  return cutAmong(text, body, bounds, rules, { lang: doc.article.lang, pack: doc.lex.pack, recurs: () => recurringWords(doc, c), ...(limits ? { limits } : {}) });
}

/**
 * The tail cuts of a summary's picked candidates (by candidate), each left out (null) where the
 * kept part would restate another bullet: selection keeps whole sentences below the overlap
 * block, and a shorter sentence shares a larger part of its words ("B.B. King was hospitalized
 * for dehydration." beside "King's dehydration was caused by …"). `cutOf` gives a candidate's
 * own cut (default `candidateTailCut`).
 */
export function distinctTailCuts(doc: RankDocument, picked: readonly number[], cutOf: (c: number) => number | null = (c) => candidateTailCut(doc, c)): Map<number, number | null> {
  const text = (c: number): string => doc.sentences[doc.candidates[c]!]!.text;
  const cuts = new Map(picked.map((c) => [c, cutOf(c)] as const));
  for (const c of picked) {
    const end = cuts.get(c);
    if (end === null || end === undefined) continue;
    const kept = trimmedSentence({ text: text(c), start: 0, end: text(c).length }, end).text;
    const others = picked.filter((o) => o !== c).map(text);
    if (others.some((o) => largestOverlap([kept, o], doc.article.lang) >= OVERLAP.redundant)) cuts.set(c, null);
  }
  return cuts;
}

/** The sentence as a bullet stands on it after trimming: its kept part and its own final stop, with the kept part's span. */
export function trimmedSentence<S extends Pick<Sentence, 'text' | 'start' | 'end'>>(sentence: S, end: number | null): S {
  if (end === null) return sentence;
  const stop = sentence.text.trimEnd().slice(-1);
  return { ...sentence, text: sentence.text.slice(0, end) + stop, end: sentence.start + end };
}
