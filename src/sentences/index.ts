import { splitSentences } from '../segment/index.js';
import type { Article, Sentence } from '../types.js';

/**
 * Stage 3: article → sentences. Splits each kept block and maps the offsets back to
 * `article.text`. Headings become sentences of kind "heading": they carry signal for ranking
 * but are never bullets. The title and subtitle stay out: they are the article's own summary
 * signal, not its body.
 */
/**
 * The same text as a string of its own. A sentence's text is cut out of its block, and V8 keeps
 * such a cut as a view on the whole input: every character read then goes through the view.
 * Later stages read each sentence several times (words, coherence, trimming), so a copy of
 * its own pays for itself; joining two parts is the cheapest copy V8 makes flat.
 */
export function flatString(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

export function articleSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  article.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'title' || block.kind === 'subtitle') return;
    const kind = block.kind === 'heading' ? 'heading' : 'body';
    if (kind === 'body') paragraph++;
    const spans = kind === 'heading' ? [{ text: block.text, start: 0, end: block.text.length }] : splitSentences(block.text, { lang: article.lang });
    spans.forEach((span, inParagraph) => {
      out.push({
        text: flatString(span.text),
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
