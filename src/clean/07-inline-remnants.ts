/**
 * Step 7: UI remnants inside a paragraph. Crawled or pasted text runs a page's teaser into the
 * running text where a sentence starts ("… on Friday. Scroll down for video Lindsey Vonn was back
 * …"). Such a remnant (a pack's `inlineRemnants`) is cut out: the paragraph becomes two blocks,
 * the second marked `continues` so that its sentences still count as the same paragraph's, and
 * the remnant is recorded as a `ui` drop. Nothing is rewritten: both pieces are spans of the input.
 */
import type { Block, Dropped } from '../types.js';
import type { CleanRules } from './data/index.js';

/** Closing quotes and brackets that may stand between a sentence's final mark and the remnant. */
const CLOSERS = '"\'’”»)]';

/** Whether a sentence may start at `at` of the block: at its start, or after a final mark (and closers) and white space. */
function atSentenceStart(t: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(t[i - 1]!)) i--;
  if (i === 0) return true;
  if (i === at) return false; // glued to the word before
  while (i > 0 && CLOSERS.includes(t[i - 1]!)) i--;
  return i > 0 && '.!?…'.includes(t[i - 1]!);
}

/** Whether what follows the remnant ending at `end` is the block's end or white space and a sentence's start. */
function sentenceFollows(t: string, end: number): boolean {
  if (end === t.length) return true;
  let i = end;
  while (i < t.length && /\s/.test(t[i]!)) i++;
  return i > end && i < t.length && /["'‘“„«(\p{Lu}\p{N}]/u.test(t[i]!);
}

/**
 * Cuts every inline remnant out of the paragraph blocks. Returns the new block list (the same
 * array when nothing was cut) and appends the drops to `dropped`.
 */
export function cutInlineRemnants(text: string, blocks: Block[], rules: CleanRules, dropped: Dropped[]): Block[] {
  const re = rules.inlineRemnant;
  if (re === null) return blocks;
  let out: Block[] | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const pieces = block.kind === 'paragraph' && rules.inlineRemnantHeads.some((h) => block.text.includes(h)) ? cutBlock(text, block, re, rules.captionLead, dropped) : null;
    if (pieces === null) {
      out?.push(block);
      continue;
    }
    out ??= blocks.slice(0, b);
    for (const piece of pieces) out.push(piece); // a spread would put every piece on the stack
  }
  return out ?? blocks;
}

/** The pieces of one paragraph around its remnants, or null when it has none. */
function cutBlock(text: string, block: Block, re: RegExp, captionLead: RegExp | null, dropped: Dropped[]): Block[] | null {
  const t = block.text;
  re.lastIndex = 0;
  let pieces: Block[] | null = null;
  let from = 0; // start of the piece not yet pushed, in the block
  let captions = false; // whether that piece follows a remnant that leads into photo captions
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!atSentenceStart(t, at) || !sentenceFollows(t, end)) {
      re.lastIndex = at + 1;
      continue;
    }
    pieces ??= [];
    pushPiece(text, block, from, at, captions, pieces);
    captions = captionLead !== null && captionLead.test(m[0]);
    dropped.push({ kind: 'ui', start: block.start + at, end: block.start + end, text: text.slice(block.start + at, block.start + end) });
    from = end;
  }
  if (pieces === null) return null;
  pushPiece(text, block, from, t.length, captions, pieces);
  return pieces;
}

/**
 * The trimmed piece [from, to) of the block, if it holds anything; every piece after the first
 * goes on the paragraph, and one after a caption lead opens the captions.
 */
function pushPiece(text: string, block: Block, from: number, to: number, captions: boolean, pieces: Block[]): void {
  const t = block.text;
  while (from < to && /\s/.test(t[from]!)) from++;
  while (to > from && /\s/.test(t[to - 1]!)) to--;
  if (to === from) return;
  const start = block.start + from;
  const end = block.start + to;
  const piece: Block = { kind: block.kind, start, end, text: text.slice(start, end) };
  if (pieces.length > 0 || block.continues) piece.continues = true;
  if (captions) piece.opensCaptions = true;
  pieces.push(piece);
}
