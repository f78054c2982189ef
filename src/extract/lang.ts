/**
 * The article's language: the page's own `<html lang>` when it names one, otherwise the
 * library's detector (src/lang: a stop-word vote, then franc), so HTML and text input get
 * the same answer for the same words. Short or unclear text is 'und', not a guess.
 */
import { detectLanguage } from '../lang/index.js';

/**
 * "de-DE" → "de"; anything that is not a two-letter primary subtag → null, and the text
 * decides. BCP 47 writes every language that has an ISO 639-1 code with it, so a three-letter
 * subtag ("deu", "ger") is either a language without a pack or a mistake.
 */
export function normalizeLangAttr(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** `<html lang>` first, then the text. */
export function articleLang(htmlLang: string | null | undefined, text: string): string {
  return normalizeLangAttr(htmlLang) ?? detectLanguage(text);
}
