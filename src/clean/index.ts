/**
 * Cleaning: pasted article text → Article. The rules run in the order of their file numbers:
 * 01 lines → 02 boxes and footers → 03 one-line remnants → 04 blocks → 05 dateline → 06 kinds.
 * Nothing is rewritten: `article.text` is the input, every block and drop is a span of it.
 */
import type { Article, Block, Dropped } from '../types.js';
import { splitLines } from './01-lines.js';
import { findBoxes } from './02-boxes.js';
import { classifyLine, isBareRelated } from './03-line-rules.js';
import { buildBlocks, type RawBlock } from './04-blocks.js';
import { datelineLength } from './05-dateline.js';
import { assignKinds } from './06-kinds.js';
import { rulesFor } from './data/index.js';
import { TUNING } from './tuning.js';
import { endsSentence } from './util.js';

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
 * // → { title: 'Putin: Abkommen sieht "Beistand" vor', lang: 'und',
 * //     blocks: [ { kind: 'title', text: 'Putin: Abkommen sieht "Beistand" vor', start: 5, end: 41 },
 * //               { kind: 'paragraph', text: 'Der Vertrag umfasst Beistand.', start: 60, end: 89 } ],
 * //     dropped: [ { kind: 'agency', text: 'AFP', start: 0, end: 3 },
 * //                { kind: 'dateline', text: 'Pjöngjang (AFP) -', start: 43, end: 60 }, …
 * //                { kind: 'media', text: 'Video: "Keine Angst"', start: 91, end: 111 } ] }
 */
export function cleanText(text: string, options: CleanOptions = {}): Article {
  const input = typeof text === 'string' ? text : '';
  const opts = options ?? {};
  const lang = typeof opts.lang === 'string' && opts.lang.trim() !== '' ? opts.lang : 'und';
  const givenTitle = typeof opts.title === 'string' && opts.title.trim() !== '' ? opts.title : null;
  const rules = rulesFor(lang);

  const lines = splitLines(input);
  const consumed: boolean[] = new Array<boolean>(lines.length).fill(false);
  const dropped: Dropped[] = findBoxes(input, lines, rules, consumed);

  let relatedLeft = 0;
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i]) {
      relatedLeft = 0;
      continue;
    }
    const line = lines[i]!;
    let kind = classifyLine(line.text, rules);
    // The headlines listed under a bare "Mehr zum Thema" are links, not crossheads.
    if (!kind && relatedLeft > 0 && line.group === lines[i - 1]?.group && !endsSentence(line.text) &&
        line.text.length <= TUNING.maxHeadingChars) {
      kind = 'related';
      relatedLeft--;
    } else {
      relatedLeft = kind === 'related' && isBareRelated(line.text, rules) ? TUNING.maxRelatedLinks : 0;
    }
    if (kind) {
      consumed[i] = true;
      dropped.push({ kind, start: line.start, end: line.end, text: line.text });
    }
  }

  const kept = consumed.map((c) => !c);
  const raw = buildBlocks(input, lines, kept);
  stripDateline(input, raw, dropped);
  const { blocks, title } = assignKinds(raw, givenTitle);
  dropped.sort((a, b) => a.start - b.start);
  return { text: input, title, lang, blocks, dropped };
}

/** Moves the first body block's start past its dateline; a block that is only a dateline goes. */
function stripDateline(text: string, raw: RawBlock[], dropped: Dropped[]): void {
  const n = Math.min(raw.length, 3);
  for (let i = 0; i < n; i++) {
    const b = raw[i]!;
    const len = datelineLength(b.text);
    if (len === 0) continue;
    const end = b.start + len;
    dropped.push({ kind: 'dateline', start: b.start, end, text: text.slice(b.start, end) });
    let start = end;
    while (start < b.end && /\s/.test(text[start]!)) start++;
    if (start >= b.end) raw.splice(i, 1);
    else raw[i] = { start, end: b.end, text: text.slice(start, b.end) };
    return;
  }
}

/** The blocks a summary is made from: paragraphs and crossheads, without title and subtitle. */
export function bodyBlocks(article: Pick<Article, 'blocks'>): Block[] {
  return article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
}
