import { splitSentences } from '../segment/index.js';
import type { Article, Sentence } from '../types.js';

/**
 * The same text as a string of its own. A sentence's text is cut out of its block, and V8 keeps
 * such a cut as a view on the whole input: every character read then goes through the view.
 * Ranking reads each candidate several times (words, coherence, trimming), so a copy of its own
 * pays for itself; joining two parts is the cheapest copy V8 makes flat.
 */
export function flatString(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

export interface SentenceOptions {
  /**
   * The first this many body sentences (those ranking reads, see LIMITS.maxCandidates) get texts
   * of their own (see `flatString`); the rest stay views, so a huge input is not copied whole.
   */
  ownTexts?: number;
}

/**
 * Stage 3: article → sentences. Splits each kept block and maps the offsets back to
 * `article.text`. Headings become sentences of kind "heading": they carry signal for ranking
 * but are never bullets. The title and subtitle stay out: they are the article's own summary
 * signal, not its body.
 */
export function articleSentences(article: Article, options: SentenceOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let inParagraphCount = 0;
  let own = options.ownTexts ?? 0;
  article.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'title' || block.kind === 'subtitle') return;
    const kind = block.kind === 'heading' ? 'heading' : 'body';
    // A block that continues the paragraph before it (a remnant was cut out between) counts on in it.
    const goesOn = kind === 'body' && block.continues === true && paragraph >= 0;
    if (kind === 'body' && !goesOn) paragraph++;
    const first = goesOn ? inParagraphCount : 0;
    const spans = kind === 'heading' ? [{ text: block.text, start: 0, end: block.text.length }] : splitSentences(block.text, { lang: article.lang });
    inParagraphCount = first + spans.length;
    spans.forEach((span, k) => {
      const inParagraph = first + k;
      let text = span.text;
      if (kind === 'body' && own > 0) {
        own--;
        text = flatString(text);
      }
      out.push({
        text,
        start: block.start + span.start,
        end: block.start + span.end,
        index: out.length,
        block: blockIndex,
        paragraph: Math.max(paragraph, 0),
        inParagraph,
        kind,
      });
    });
  });
  return out;
}
