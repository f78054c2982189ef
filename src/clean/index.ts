/**
 * Cleaning: pasted article text → Article. The rules run in the order of their file numbers:
 * 01 lines → 02 boxes and footers → 03 one-line remnants → 04 blocks → 05 dateline → 06 kinds →
 * 07 remnants inside a paragraph.
 * Nothing is rewritten: `article.text` is the input, every block and drop is a span of it.
 */
import type { Article, Block, Dropped } from '../types.js';
import { splitLines, type Line } from './01-lines.js';
import { findBoxes } from './02-boxes.js';
import { dropLines } from './03-line-rules.js';
import { buildBlocks, type RawBlock } from './04-blocks.js';
import { stripDateline } from './05-dateline.js';
import { assignKinds } from './06-kinds.js';
import { cutInlineRemnants } from './07-inline-remnants.js';
import { rulesFor } from './data/index.js';

export { TUNING } from './tuning.js';
export { PACKS, rulesFor } from './data/index.js';
export type { CleanLangPack } from './data/index.js';

export interface CleanOptions {
  /** Language of the text if known ("de"); otherwise every language pack applies. Copied to `Article.lang`. */
  lang?: string;
  /** The article's title if known; the line that repeats it becomes the title block. */
  title?: string | null;
}

/**
 * Cleans text pasted from a news page: drops agency tags, bylines, timestamps, media teasers, share
 * bars, ads, captions and a summary box already on the page, and finds title, subtitle and crossheads.
 * Never throws; an empty or blank input gives an Article without blocks.
 *
 * @example
 * cleanText('AFP\n\nPutin: Abkommen sieht "Beistand" vor\n\nPjöngjang (AFP) - Der Vertrag umfasst Beistand.\n\nVideo: "Keine Angst"')
 * // → { text: <the input>, title: 'Putin: Abkommen sieht "Beistand" vor', lang: 'und',
 * //     blocks: [ { kind: 'title', start: 5, end: 41, text: 'Putin: Abkommen sieht "Beistand" vor' },
 * //               { kind: 'paragraph', start: 61, end: 90, text: 'Der Vertrag umfasst Beistand.' } ],
 * //     dropped: [ { kind: 'agency', start: 0, end: 3, text: 'AFP' },
 * //                { kind: 'dateline', start: 43, end: 60, text: 'Pjöngjang (AFP) -' },
 * //                { kind: 'media', start: 92, end: 112, text: 'Video: "Keine Angst"' } ] }
 */
export function cleanText(text: string, options: CleanOptions = {}): Article {
  const input = typeof text === 'string' ? text : '';
  const opts = options ?? {};
  const lang = typeof opts.lang === 'string' && opts.lang.trim() !== '' ? opts.lang : 'und';
  const givenTitle = typeof opts.title === 'string' && opts.title.trim() !== '' ? opts.title : null;
  const rules = rulesFor(lang);

  const lines = splitLines(input);
  const consumed: boolean[] = new Array<boolean>(lines.length).fill(false);
  const boxes = findBoxes(input, lines, rules, consumed);
  const dropped: Dropped[] = boxes.concat(dropLines(input, lines, rules, consumed));

  const kept = consumed.map((c) => !c);
  const raw = buildBlocks(input, lines, kept);
  stripDateline(input, raw, dropped);
  const kinds = assignKinds(raw, givenTitle);
  const blocks = cutInlineRemnants(input, kinds.blocks, rules, dropped);
  dropped.sort((a, b) => a.start - b.start);
  return { text: input, title: kinds.title, lang, blocks, dropped };
}

/** The blocks a summary is made from: paragraphs and crossheads, without title and subtitle. */
export function bodyBlocks(article: Pick<Article, 'blocks'>): Block[] {
  return article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
}

/**
 * For text whose blocks are already known (HTML extraction lays them out itself): the one-line
 * remnant rules (03), the dateline (05) and the remnants inside a paragraph (07) with the
 * language's rules, block by block. Lines are
 * not split again and kinds are kept: each block counts as one line in a paragraph group of its own.
 * `blocks` must be trimmed spans of `text` in reading order. A dropped block leaves the result;
 * a dateline moves its block's start. Every drop is a span of `text`.
 *
 * @example
 * const text = 'Berlin (dpa) - Die Regierung hat beschlossen.\n\nFoto: picture alliance/dpa';
 * cleanKnownBlocks(text, [{ kind: 'paragraph', start: 0, end: 45, text: text.slice(0, 45) },
 *   { kind: 'paragraph', start: 47, end: 73, text: text.slice(47) }], { lang: 'de' })
 * // → { blocks: [{ kind: 'paragraph', start: 15, end: 45, text: 'Die Regierung hat beschlossen.' }],
 * //     dropped: [{ kind: 'dateline', start: 0, end: 14, text: 'Berlin (dpa) -' },
 * //               { kind: 'credit', start: 47, end: 73, text: 'Foto: picture alliance/dpa' }] }
 */
export function cleanKnownBlocks(text: string, blocks: readonly Block[], options: { lang?: string } = {}): { blocks: Block[]; dropped: Dropped[] } {
  const rules = rulesFor(options.lang);
  const lines: Line[] = blocks.map((b, i) => ({ start: b.start, end: b.end, text: b.text, index: i, group: i }));
  const consumed: boolean[] = new Array<boolean>(lines.length).fill(false);
  const dropped = dropLines(text, lines, rules, consumed);
  const kindAt = new Map<number, Block['kind']>();
  const raw: RawBlock[] = [];
  blocks.forEach((b, i) => {
    if (consumed[i]) return;
    raw.push({ start: b.start, end: b.end, text: b.text });
    kindAt.set(b.end, b.kind);
  });
  stripDateline(text, raw, dropped);
  // The dateline keeps each block's end, so the end finds the kind again.
  const kept = cutInlineRemnants(text, raw.map((r) => ({ kind: kindAt.get(r.end) ?? 'paragraph', ...r })), rules, dropped);
  dropped.sort((a, b) => a.start - b.start);
  return { blocks: kept, dropped };
}
