/**
 * Step 3: fill the gaps Readability leaves. On pages built from many sibling modules (one
 * box per paragraph, as several broadcaster CMSs do), Readability picks one cluster and
 * loses paragraphs before or between its picks. We read the same pruned page in document
 * order and add back, between the title (<h1>) and Readability's last block, every block
 * that reads like running text (long, few links, ends like a sentence) *and* is built like
 * the paragraphs Readability did pick (same tag and class): teaser cards and captions in
 * between are built differently. Crossheads that lead into such a paragraph come along.
 */
import type { RawBlock } from './dom.js';
import { EXTRACT_RULES } from './rules.js';

/** "P.text small": tag and class, what a CMS gives every body paragraph alike. */
function signature(b: RawBlock): string {
  return `${b.tag}.${b.element?.getAttribute('class') ?? ''}`;
}

function looksLikeRunningText(b: RawBlock, signatures: ReadonlySet<string> | null): boolean {
  return (
    (signatures === null || signatures.has(signature(b))) &&
    b.kind === 'paragraph' &&
    b.text.length >= EXTRACT_RULES.gapParagraphChars &&
    b.linkChars / b.text.length <= EXTRACT_RULES.gapMaxLinkDensity &&
    /[.!?:"“”«»)]$/.test(b.text)
  );
}

/**
 * `picked`: Readability's blocks; `page`: every block of the pruned page in document order;
 * `title`: the article title (its <h1> marks where the article starts).
 */
function isTitleH1(b: RawBlock, title: string | null): boolean {
  return b.kind === 'heading' && b.tag === 'H1' && (!title || b.text === title || title.includes(b.text) || b.text.includes(title));
}

/**
 * When Readability cannot run on a page (it fails on some trees linkedom builds from broken
 * markup), the article is the page's running text after the title: long, sentence-final,
 * few-link paragraphs and the crossheads that lead into them.
 */
export function runningTextBlocks(page: readonly RawBlock[], title: string | null): RawBlock[] {
  const h1 = page.findIndex((b) => isTitleH1(b, title));
  const out: RawBlock[] = [];
  const seen = new Set<string>();
  for (let i = h1 + 1; i < page.length; i++) {
    const b = page[i]!;
    const next = page[i + 1];
    const keep = looksLikeRunningText(b, null) || (b.kind === 'heading' && b.tag !== 'H1' && next !== undefined && looksLikeRunningText(next, null));
    if (keep && !seen.has(b.text)) {
      seen.add(b.text);
      out.push(b);
    }
  }
  return out;
}

export function fillGaps(picked: readonly RawBlock[], page: readonly RawBlock[], title: string | null): RawBlock[] {
  if (picked.length === 0) return [];
  const pickedTexts = new Set(picked.map((b) => b.text));
  const signatures = new Set(picked.filter((b) => b.kind === 'paragraph').map(signature));
  const indices: number[] = [];
  page.forEach((b, i) => {
    if (pickedTexts.has(b.text)) indices.push(i);
  });
  if (indices.length === 0) return [...picked];
  const first = indices[0]!;
  const last = indices[indices.length - 1]!;
  // The article starts after its <h1>, when there is one before Readability's first pick.
  let start = first;
  for (let i = first - 1; i >= 0; i--) {
    const b = page[i]!;
    if (isTitleH1(b, title)) {
      start = i + 1;
      break;
    }
  }
  if (first - start > EXTRACT_RULES.gapMaxLeadBlocks) start = first;
  const out: RawBlock[] = [];
  const seen = new Set<string>();
  for (let i = start; i <= last; i++) {
    const b = page[i]!;
    const keep =
      pickedTexts.has(b.text) ||
      looksLikeRunningText(b, signatures) ||
      (b.kind === 'heading' && b.tag !== 'H1' && page[i + 1] !== undefined && looksLikeRunningText(page[i + 1]!, signatures));
    if (keep && !seen.has(b.text)) {
      seen.add(b.text);
      out.push(b);
    }
  }
  // Whatever Readability found outside that window (rare) stays, after it.
  for (const b of picked) if (!seen.has(b.text)) out.push(b);
  return out;
}
