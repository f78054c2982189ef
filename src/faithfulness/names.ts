/**
 * Names of people, places and organisations: a name in the claim must be in the source. What is a
 * name is decided from the claim's own writing: capitalised mid-sentence, an acronym ("SPD"),
 * inner capitals ("McDonald", "InfoWars"), or beside another name ("Angela Merkel"). German
 * capitalises every noun, so there a capital letter alone is no evidence: a word after a
 * determiner ("der", "im", "viele") or a number, or with a common-noun ending ("-ung", "-heit"),
 * or a long compound, is a noun; a word after a title ("Kanzler", "Frau") is a name.
 * Lowercased text (older summarizers' output) has no casing evidence: its words are only
 * checked as content words (support.ts).
 */
import type { FaithfulnessIssue } from '../types.js';
import { faithData } from './data.js';
import type { SourceIndex } from './support.js';
import { isSupported } from './support.js';
import type { Text, Token } from './text.js';
import { FAITHFULNESS_TUNING } from './tuning.js';

// Endings of German common nouns that names almost never have.
const DE_NOUN_ENDINGS = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|nisse|tum|tümer|ment|ments|ling|linge|chen|erei|ik|sten|isten|eure|ter|tern|ern|ere|eren)$/;

const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
// "SPD", "WHO-Chef", "McDonald", "InfoWars".
const acronym = (t: Token): boolean => t.text.split('-').some((p) => /^\p{Lu}{2,}s?$/u.test(p)) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text);

/** Whether a claim token reads as a name (see the file comment for the rules). */
export function looksLikeName(text: Text, i: number, lang: string, isStopword: (w: string) => boolean): boolean {
  const t = text.tokens[i] as Token;
  if (!text.cased || t.numeric || t.text.length < 2 || !capitalised(t)) return false;
  if (isStopword(t.lower)) return false;
  if (acronym(t)) return true;
  const data = faithData(lang);
  const prev = text.tokens[i - 1];
  const prev2 = text.tokens[i - 2];
  const next = text.tokens[i + 1];
  const sameSentence = (o: Token | undefined): o is Token => o !== undefined && o.sentence === t.sentence;
  const afterTitle = sameSentence(prev) && (data.titles.includes(prev.lower) || /(?:minister|präsident|kanzler|chef|sprecher|trainer|bürgermeister)(?:in)?$/.test(prev.lower));
  if (afterTitle) return true;
  const german = lang.startsWith('de');
  if (german) {
    if (DE_NOUN_ENDINGS.test(t.lower) || (t.text.length > FAITHFULNESS_TUNING.germanCompoundLength && !t.text.includes('-'))) return false;
    if (sameSentence(prev) && (prev.numeric || data.determiners.includes(prev.lower) || data.numberWords[prev.lower] !== undefined)) return false;
    // Determiner + adjective + noun: "die neue Regierung".
    if (sameSentence(prev2) && sameSentence(prev) && !capitalised(prev) && /(?:e|en|er|es|em)$/.test(prev.lower) && prev.lower.length > 3 && data.determiners.includes(prev2.lower)) return false;
    // Sentence-initial: only as part of a run ("Olaf Scholz sagte").
    if (t.initial) return sameSentence(next) && capitalised(next) && !next.initial && !isStopword(next.lower) && !DE_NOUN_ENDINGS.test(next.lower);
    return true;
  }
  if (!t.initial) return true;
  return sameSentence(next) && capitalised(next) && !isStopword(next.lower);
}

/** Issues for names of the claim that the source does not contain. */
export function checkNames(claim: Text, index: SourceIndex, lang: string, isStopword: (w: string) => boolean, stem: (w: string) => string): FaithfulnessIssue[] {
  const issues: FaithfulnessIssue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < claim.tokens.length; i++) {
    const t = claim.tokens[i] as Token;
    if (seen.has(t.lower) || !looksLikeName(claim, i, lang, isStopword)) continue;
    seen.add(t.lower);
    if (isSupported(t.lower, index, stem, lang)) continue;
    issues.push({ kind: 'name', text: t.text, message: `the name "${t.text}" is not in the source` });
  }
  return issues;
}
