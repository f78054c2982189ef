import { words, type LanguagePack } from '../lang/index.js';
import { shapeBullet, wordLimitCut, WORD_LIMIT } from '../shape/index.js';
import type { Article, Bullet, Sentence, SummaryType } from '../types.js';

/**
 * Stage 6, the kind of summary: key-point bullets → the summary the caller asked for, as the
 * web platform's Summarizer API names them. `key-points` passes the bullets on; `tldr` joins
 * them into one paragraph that cites every source; `headline` is one line: the article's title
 * when it has a usable one, otherwise its best sentence cut to the word limit at a clause
 * boundary. Every result is still a span of the article: no word is added.
 */
export const COMPOSE = Object.freeze({
  /** A title with fewer words is a rubric ("Politik", "Liveblog"), not a headline. */
  minTitleWords: 3,
  /** Best-ranked sentences a headline may come from: the first that fits or cuts at a clause boundary wins. */
  headlineCandidates: 3,
});

export interface ComposeOptions {
  type: SummaryType;
  /** Most words of a headline. */
  headlineWords: number;
  /** Most words of a tl;dr paragraph (the per-bullet limit, applied to its one bullet). */
  maxWordsPerBullet: number | undefined;
}

/**
 * The bullets of the summary. `bullets` are the key points in article order, shaped as usual;
 * `ranked` are the chosen sentences, best first (a headline's sources when there is no title).
 */
export function composeBullets(bullets: Bullet[], ranked: readonly Sentence[], article: Pick<Article, 'blocks' | 'title'>, pack: LanguagePack, options: ComposeOptions): Bullet[] {
  if (options.type === 'tldr') return bullets.length === 0 ? [] : [tldr(bullets, options.maxWordsPerBullet)];
  if (options.type === 'headline') {
    const line = titleHeadline(article, pack, options.headlineWords) ?? sentenceHeadline(ranked, pack, options.headlineWords);
    return line ? [line] : [];
  }
  return bullets;
}

/**
 * One paragraph of the bullets' sentences in article order. Under a word limit it keeps the
 * first sentences that fit (the first always; the word limit has already cut it to size).
 */
function tldr(bullets: Bullet[], maxWords: number | undefined): Bullet {
  let kept = 0;
  let total = 0;
  for (const b of bullets) {
    const n = words(b.text).length;
    // Sentences in article order until the limit: a later one alone would not read on.
    if (maxWords !== undefined && kept > 0 && total + n > maxWords) break;
    total += n;
    kept++;
  }
  const chosen = bullets.slice(0, kept);
  return { text: chosen.map((b) => b.text).join(' '), sources: chosen.flatMap((b) => b.sources) };
}

/**
 * The title as the headline, when it is a real one and fits (whole or up to a clause boundary).
 * Its source is the title line (sentence -1); a title given apart from the text (an option, a
 * data set's field, a page's metadata) has no span in the text, so its sources are empty.
 */
function titleHeadline(article: Pick<Article, 'blocks' | 'title'>, pack: LanguagePack, max: number): Bullet | null {
  const block = article.blocks.find((b) => b.kind === 'title');
  const title = block?.text ?? article.title;
  if (!title || words(title).length < COMPOSE.minTitleWords) return null;
  const cut = wordLimitCut(title, max);
  if (cut && !cut.atClause) return null;
  const end = cut ? cut.end : title.length;
  const text = headlineText(title.slice(0, end), pack);
  // Sentence -1: the title, which is not one of the article's (body) sentences.
  return { text, sources: block ? [{ sentence: -1, start: block.start, end: block.start + end }] : [] };
}

/**
 * A sentence as the headline: the best-ranked one that fits or can be cut at a clause boundary
 * among the first `headlineCandidates`; failing that, the best one cut after the last allowed
 * word, marked "…".
 */
function sentenceHeadline(ranked: readonly Sentence[], pack: LanguagePack, max: number): Bullet | null {
  const candidates = ranked.slice(0, COMPOSE.headlineCandidates);
  const sentence = candidates.find((s) => wordLimitCut(s.text, max)?.atClause !== false) ?? candidates[0];
  if (!sentence) return null;
  const cut = wordLimitCut(sentence.text, max);
  const end = cut ? cut.end : sentence.text.length;
  let text = headlineText(sentence.text.slice(0, end), pack);
  if (cut && !cut.atClause) text = shapeBullet({ ...sentence, text: sentence.text.slice(0, end) + WORD_LIMIT.ellipsis }, pack, {});
  return { text, sources: [{ sentence: sentence.index, start: sentence.start, end: sentence.start + end }] };
}

/** A line as a headline is written: shaped like a bullet (quotes closed), without the final full stop. */
function headlineText(text: string, pack: LanguagePack): string {
  const shaped = shapeBullet({ text, start: 0, end: text.length, index: 0, block: 0, paragraph: 0, inParagraph: 0, kind: 'body' }, pack, {});
  // "Paris." → "Paris", but a short abbreviation keeps its point ("U.S.", "Dr.").
  return shaped.replace(/(?<=[\p{L}\p{N}]{3}|[“”"»«’)])\.$/u, '');
}
