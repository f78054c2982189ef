/**
 * The prompt: every word the model is told, in one file. The article's sentences are numbered
 * [1], [2], … and the model answers JSON whose `sources` are those numbers, so every bullet
 * points back at the sentences it stands on and can be checked against them. German and
 * English have their own wording; other languages get the English one with "write in …".
 */
import type { SummaryLength, SummaryType } from '../types.js';
import type { ChatMessage } from '../backends/index.js';

/** What the model is asked for: how many entries and how long each may be. */
export interface PromptTarget {
  type: SummaryType;
  /** Entries in `bullets`: key points, the tldr's sentences, or 1 for a headline. */
  count: number;
  /** Most words per entry. */
  maxWords: number;
}

/** The Summarizer API's lengths, per type (the extractive path uses the same table). */
export const TARGETS: Readonly<Record<SummaryType, Readonly<Record<SummaryLength, { count: number; maxWords: number }>>>> = Object.freeze({
  'key-points': { short: { count: 3, maxWords: 25 }, medium: { count: 5, maxWords: 25 }, long: { count: 7, maxWords: 30 } },
  tldr: { short: { count: 1, maxWords: 30 }, medium: { count: 2, maxWords: 30 }, long: { count: 3, maxWords: 30 } },
  headline: { short: { count: 1, maxWords: 12 }, medium: { count: 1, maxWords: 17 }, long: { count: 1, maxWords: 22 } },
});

interface Wording {
  system: (t: PromptTarget, writeIn: string | null) => string;
  task: (t: PromptTarget) => string;
  title: string;
  sentences: string;
}

const WORDING: Readonly<Record<'de' | 'en', Wording>> = Object.freeze({
  de: {
    system: (t, writeIn) =>
      [
        'Du fasst eine Nachrichtenmeldung für den Kasten „Zusammenfassung“ eines Nachrichtenportals zusammen.',
        'Regeln:',
        '- Schreibe nur, was in den nummerierten Sätzen steht. Füge keine Zahlen, Beträge, Daten, Uhrzeiten, Namen, Orte, Organisationen, Zitate, Gründe oder Wertungen hinzu, die dort nicht stehen.',
        '- Übernimm Verneinungen genau („nicht“, „kein“, „nie“) und kehre keine Aussage um.',
        '- Setze Anführungszeichen nur um Worte, die im Text selbst zitiert sind.',
        `- Jeder Eintrag ist ein vollständiger, kurzer Satz in eigenen Worten, höchstens ${t.maxWords} Wörter.`,
        '- Gib zu jedem Eintrag unter "sources" die Nummern der Sätze an, auf denen er beruht (eine bis drei).',
        writeIn ? `- Schreibe auf ${writeIn}.` : '- Schreibe auf Deutsch.',
        'Antworte nur mit JSON in dieser Form, ohne weiteren Text: {"bullets":[{"text":"…","sources":[1,4]}]}',
      ].join('\n'),
    task: (t) =>
      t.type === 'headline'
        ? `Schreibe eine Schlagzeile (ein Eintrag, höchstens ${t.maxWords} Wörter).`
        : t.type === 'tldr'
          ? `Fasse den Artikel in einem kurzen Absatz aus ${t.count === 1 ? 'einem Satz' : `${t.count} Sätzen`} zusammen, ein Satz je Eintrag.`
          : `Schreibe die ${t.count} wichtigsten Kernpunkte, in der Reihenfolge des Artikels.`,
    title: 'Titel',
    sentences: 'Sätze des Artikels',
  },
  en: {
    system: (t, writeIn) =>
      [
        'You summarize a news article for the "Summary" box of a news site.',
        'Rules:',
        '- Write only what the numbered sentences say. Add no numbers, amounts, dates, times, names, places, organisations, quotes, reasons or judgements that are not there.',
        '- Keep negations exactly ("not", "no", "never") and never reverse a statement.',
        '- Put quotation marks only around words the text itself quotes.',
        `- Each entry is one complete, short sentence in your own words, at most ${t.maxWords} words.`,
        '- For each entry, list in "sources" the numbers of the sentences it is based on (one to three).',
        `- Write in ${writeIn ?? 'the language of the article'}.`,
        'Answer with JSON of this form only, no other text: {"bullets":[{"text":"…","sources":[1,4]}]}',
      ].join('\n'),
    task: (t) =>
      t.type === 'headline'
        ? `Write a headline (one entry, at most ${t.maxWords} words).`
        : t.type === 'tldr'
          ? `Summarize the article in one short paragraph of ${t.count === 1 ? 'one sentence' : `${t.count} sentences`}, one sentence per entry.`
          : `Write the ${t.count} most important key points, in the article's order.`,
    title: 'Title',
    sentences: 'Sentences of the article',
  },
});

/** The reminder sent with the second try when the first reply was not the JSON asked for. */
export const RETRY_REMINDER: Readonly<Record<'de' | 'en', string>> = Object.freeze({
  de: 'Deine letzte Antwort war kein gültiges JSON. Antworte nur mit {"bullets":[{"text":"…","sources":[1]}]}.',
  en: 'Your last answer was not valid JSON. Answer only with {"bullets":[{"text":"…","sources":[1]}]}.',
});

function languageName(code: string, inLang: 'de' | 'en'): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The chat for one article. `sentences` are the texts to number (in order); `lang` is the
 * article's, `outputLang` the bullets' when they differ.
 */
export function buildMessages(
  sentences: readonly string[],
  options: { title: string | null; lang: string; outputLang: string; target: PromptTarget; retry?: boolean },
): ChatMessage[] {
  // The instructions are in the language the bullets are to be written in, where we have it.
  const wording: 'de' | 'en' = options.outputLang === 'de' ? 'de' : 'en';
  const w = WORDING[wording];
  const writeIn = wording === 'de' || options.outputLang === 'und' ? null : languageName(options.outputLang, 'en');
  const numbered = sentences.map((s, i) => `[${i + 1}] ${s.replace(/\s+/g, ' ').trim()}`).join('\n');
  const user = [options.title ? `${w.title}: ${options.title}` : null, `${w.sentences}:`, numbered, '', w.task(options.target), options.retry ? RETRY_REMINDER[wording] : null]
    .filter((line) => line !== null)
    .join('\n');
  return [
    { role: 'system', content: w.system(options.target, writeIn) },
    { role: 'user', content: user },
  ];
}

/** The reply's JSON schema: a response_format for servers, a grammar for llama.cpp. */
export function replySchema(target: PromptTarget, maxSources: number, maxChars: number): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      bullets: {
        type: 'array',
        minItems: 1,
        maxItems: target.count,
        items: {
          type: 'object',
          properties: {
            text: { type: 'string', maxLength: maxChars },
            sources: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: maxSources },
          },
          required: ['text', 'sources'],
          additionalProperties: false,
        },
      },
    },
    required: ['bullets'],
    additionalProperties: false,
  };
}
