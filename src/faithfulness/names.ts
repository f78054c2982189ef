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
/**
 * The source word a claim word stands in for: the claim copies the words either side of it, and the
 * source has another capitalised word between them ("die [EU] auf" → "die [Microsoft] auf").
 */
function replacedWord(claim: Text, i: number, source: Text): number | undefined {
  const prev = claim.tokens[i - 1];
  const next = claim.tokens[i + 1];
  if (!prev || !next) return undefined;
  const t = claim.tokens[i] as Token;
  for (let j = 1; j + 1 < source.tokens.length; j++) {
    const s = source.tokens[j] as Token;
    if ((source.tokens[j - 1] as Token).lower === prev.lower && (source.tokens[j + 1] as Token).lower === next.lower && s.lower !== t.lower && capitalised(s)) return j;
  }
  return undefined;
}

export function checkNames(claim: Text, index: SourceIndex, lang: string, isStopword: (w: string) => boolean, stem: (w: string) => string, source?: Text): FaithfulnessIssue[] {
  const issues: FaithfulnessIssue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < claim.tokens.length; i++) {
    const t = claim.tokens[i] as Token;
    if (seen.has(t.lower)) continue;
    seen.add(t.lower);
    if (isSupported(t.lower, index, stem, lang)) continue;
    if (looksLikeName(claim, i, lang, isStopword)) {
      issues.push({ kind: 'name', text: t.text, message: `the name "${t.text}" is not in the source` });
      continue;
    }
    // In place of a source name: the German rules may read the new word as a noun ("die Microsoft"),
    // but it stands where the source has a name ("die EU").
    const replaced = source && capitalised(t) && !t.initial ? replacedWord(claim, i, source) : undefined;
    if (replaced !== undefined && source && looksLikeName(source, replaced, lang, isStopword)) {
      const was = (source.tokens[replaced] as Token).text;
      issues.push({ kind: 'name', text: t.text, message: `"${t.text}" stands where the source names "${was}"` });
      continue;
    }
    // A hyphenated compound whose head the source has but whose capitalised modifier it lacks:
    // the modifier names someone or something ("Google-Politiker" where the source says "SPD-Politiker").
    const parts = t.text.split('-');
    if (claim.cased && parts.length > 1) {
      const missing = parts.filter((p) => /^\p{Lu}/u.test(p) && p.length > 1 && !isStopword(p.toLowerCase()) && !isSupported(p.toLowerCase(), index, stem, lang));
      const head = parts[parts.length - 1] as string;
      if (missing.length > 0 && !missing.includes(head) && isSupported(head.toLowerCase(), index, stem, lang)) {
        const name = missing[0] as string;
        issues.push({ kind: 'name', text: name, message: `the name "${name}" (in "${t.text}") is not in the source` });
      }
    }
  }
  return issues;
}
