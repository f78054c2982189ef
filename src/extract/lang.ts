/**
 * The article's language: the page's own `<html lang>` when it names one, otherwise a guess
 * from the text with franc-min. Short or unclear text is 'und', not a guess.
 */
import { franc } from 'franc-min';
import { EXTRACT_RULES, ISO6393_TO_1 } from './rules.js';

/** "de-DE" → "de"; anything that is not a 2–3 letter primary subtag → null. */
export function normalizeLangAttr(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  if (!m?.[1]) return null;
  const primary = m[1].toLowerCase();
  return ISO6393_TO_1[primary] ?? primary;
}

export function detectLang(text: string): string {
  if (text.trim().length < EXTRACT_RULES.langMinChars) return 'und';
  const code = franc(text.slice(0, 5000), { minLength: EXTRACT_RULES.langMinChars });
  return ISO6393_TO_1[code] ?? 'und';
}
