/**
 * HTML → Article. `extract(html, { url })` reads like a recipe:
 *   0. bound the work (00-limits), parse (linkedom), read the page's metadata (JSON-LD,
 *      OpenGraph, meta tags);
 *   1. prune what is never article text (01-prune);
 *   2. find the main content with Readability and split it into blocks (02-main-content);
 *   3. add back running text Readability skipped between the title and its last pick (03-fill-gaps);
 *   4. drop blocks by how they are built: link lists, labels, the title again (04-clean-blocks);
 *   5. put the visible teaser first (05-teaser);
 *   6. prefer JSON-LD articleBody when it is clearly more complete;
 *   7. lay the blocks out as text with offsets and tell the language;
 *   8. run the plain-text cleaning rules of that language over the blocks (src/clean: one-line
 *      remnants such as credits, bylines, timestamps, "Mehr zum Thema"; the dateline), so HTML
 *      and text input drop the same things, recorded in `dropped` as spans of `text`.
 * `null` means "this page has no article" (index page, login page, empty body); a throw
 * (KernpunkteError) means misuse, or markup no news page has (NO_ARTICLE, from step 0).
 *
 * @example
 * extract('<html lang="de"><head><title>T</title></head><body><article><h1>T</h1><p>Berlin (dpa) - Die …</p>…</article></body></html>')
 * // → { text: 'Berlin (dpa) - Die …', title: 'T', lang: 'de',
 * //     blocks: [{ kind: 'paragraph', start: 15, … text: 'Die …' }, …],
 * //     dropped: [{ kind: 'dateline', start: 0, end: 14, text: 'Berlin (dpa) -' }], meta: {…} }
 */
import { parseHTML } from 'linkedom';
import { KernpunkteError } from '../errors.js';
import type { Article, ArticleMeta, Block } from '../types.js';
import { checkMarkup, compactTree, flattenDeep } from './00-limits.js';
import { prune } from './01-prune.js';
import { mainContent } from './02-main-content.js';
import { fillGaps, runningTextBlocks } from './03-fill-gaps.js';
import { cleanBlocks } from './04-clean-blocks.js';
import { findVisibleTeaser } from './05-teaser.js';
import { collectBlocks, normalizeSpace, type RawBlock } from './dom.js';
import { articleLang } from './lang.js';
import { readPageMeta, type PageMeta } from './meta.js';
import { EXTRACT_RULES } from './rules.js';
import { containment } from './tokens.js';
import { cleanKnownBlocks } from '../clean/index.js';

export interface ExtractOptions {
  /** The page's address: resolves a relative canonical URL and is kept in `meta.url`. */
  url?: string;
}

interface TextBlock {
  kind: Block['kind'];
  text: string;
}

function articleBodyBlocks(body: string): TextBlock[] {
  return body
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => normalizeSpace(p))
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

function layout(blocks: readonly TextBlock[]): { text: string; blocks: Block[] } {
  const out: Block[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    text += b.text;
    out.push({ kind: b.kind, text: b.text, start, end: text.length });
  }
  return { text, blocks: out };
}

function isArticle(blocks: readonly TextBlock[]): boolean {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const chars = paragraphs.reduce((a, b) => a + b.text.length, 0);
  const long = paragraphs.filter((b) => b.text.length >= EXTRACT_RULES.minParagraphChars).length;
  return chars >= EXTRACT_RULES.minArticleChars && long >= EXTRACT_RULES.minParagraphs;
}

/**
 * linkedom builds no <html>/<body> for some fragments (a page that starts with a comment or
 * stray text), and then throws on `document.body`; such input is parsed again inside a
 * minimal document. Null when even that gives no body.
 */
function parseDocument(html: string): Document | null {
  const tryParse = (h: string): Document | null => {
    try {
      const { document } = parseHTML(h);
      return document.documentElement && document.body ? (document as unknown as Document) : null;
    } catch {
      return null;
    }
  };
  return tryParse(html) ?? tryParse(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

export function extract(html: string, options: ExtractOptions = {}): Article | null {
  if (typeof html !== 'string') {
    throw new KernpunkteError('INVALID_INPUT', 'extract() expects the HTML as a string.', { got: typeof html });
  }
  if (html.length > EXTRACT_RULES.maxHtmlChars) {
    throw new KernpunkteError('INPUT_TOO_LARGE', `HTML is larger than ${EXTRACT_RULES.maxHtmlChars} characters.`, {
      limit: EXTRACT_RULES.maxHtmlChars,
      size: html.length,
    });
  }
  if (!html.trim()) return null;

  // 0. Bound the work, parse, and read metadata before anything is removed.
  checkMarkup(html);
  const document = parseDocument(html);
  if (!document?.body) return null;
  flattenDeep(document.documentElement);
  compactTree(document.documentElement);
  const page = readPageMeta(document, options.url);

  // 1.–4.
  prune(document);
  const teaser = findVisibleTeaser(document, page.description);
  // Read the whole pruned page in order before Readability rearranges the tree.
  const pageBlocks = collectBlocks(document.body);
  const picked = mainContent(document);
  const raw = picked ? fillGaps(picked, pageBlocks, page.title) : runningTextBlocks(pageBlocks, page.title);
  const ours = assemble(raw, page, teaser);

  // 9. Our rules must never leave a page empty or near-empty where Readability alone finds an
  //    article: a rule that removed the article (its box had a junk name, the page sits in a
  //    <form>) falls back to Readability on the unpruned page. Only short results pay for it.
  const kept = ours ? keptChars(ours) : 0;
  if (kept >= EXTRACT_RULES.fallbackBelowChars) return ours;
  const alone = assemble(readabilityAlone(html) ?? [], page, teaser);
  return alone && keptChars(alone) >= Math.max(1, kept) * EXTRACT_RULES.fallbackMinGain ? alone : ours;
}

function keptChars(article: Article): number {
  return article.blocks.reduce((n, b) => n + b.text.length, 0);
}

/** Readability on a fresh parse of the page, none of our pruning: the fallback of step 9. */
function readabilityAlone(html: string): RawBlock[] | null {
  const document = parseDocument(html);
  if (!document?.body) return null;
  flattenDeep(document.documentElement);
  compactTree(document.documentElement);
  return mainContent(document);
}

/** Steps 4-8: blocks → Article, or null when what is left is no article. */
function assemble(raw: readonly RawBlock[], page: PageMeta, teaser: string | null): Article | null {
  let blocks: TextBlock[] = cleanBlocks(raw, page.title).map((b) => ({ kind: b.kind, text: b.text }));

  // The title is metadata, not body text: Readability sometimes keeps the <h1>.
  const title = page.title;
  if (title && blocks[0]?.kind === 'heading' && normalizeSpace(blocks[0].text) === title) blocks = blocks.slice(1);

  // 5. Teaser first, unless the content already has it.
  if (teaser) {
    const already = blocks.slice(0, 3).some((b) => containment(teaser, b.text) >= EXTRACT_RULES.teaserMinSimilarity);
    if (!already) blocks = [{ kind: 'subtitle', text: teaser }, ...blocks];
    else if (blocks[0] && containment(teaser, blocks[0].text) >= EXTRACT_RULES.teaserMinSimilarity && blocks[0].text.length <= EXTRACT_RULES.teaserMaxChars) {
      blocks = [{ kind: 'subtitle', text: blocks[0].text }, ...blocks.slice(1)];
    }
  }

  // 6. JSON-LD articleBody: the publisher's own full text, when the DOM lost some of it.
  if (page.articleBody) {
    const ldBlocks = articleBodyBlocks(page.articleBody);
    const ldText = ldBlocks.map((b) => b.text).join(' ');
    const domText = blocks.map((b) => b.text).join(' ');
    if (
      ldText.length >= domText.length * EXTRACT_RULES.articleBodyMinLengthRatio &&
      containment(domText, ldText) >= EXTRACT_RULES.articleBodyMinContainment
    ) {
      const lead = blocks[0]?.kind === 'subtitle' && containment(blocks[0].text, ldText) < 0.9 ? [blocks[0]] : [];
      blocks = [...lead, ...ldBlocks];
    }
  }

  // 7. Layout and language: the attribute when the page names one, else the text.
  const laid = layout(blocks);
  const lang = articleLang(page.htmlLang, laid.text);

  // 8. The text rules. Dropped blocks stay in `text` (as with text input) but leave `blocks`.
  const cleaned = cleanKnownBlocks(laid.text, laid.blocks, { lang });
  if (!isArticle(cleaned.blocks)) return null;
  const meta: ArticleMeta = {
    url: page.url ?? null,
    canonicalUrl: page.canonicalUrl ?? null,
    subtitle: page.subtitle ?? null,
    description: page.description ?? null,
    byline: page.byline ?? null,
    published: page.published ?? null,
    siteName: page.siteName ?? null,
  };
  return { text: laid.text, title, lang, blocks: cleaned.blocks, dropped: cleaned.dropped, meta };
}
