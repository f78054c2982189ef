/**
 * Step 4: drop blocks that are not article text by how they are built: link lists, labels of
 * one or two words, the headline again, headings left without text under them; by what HTML
 * pages say that the plain-text rules miss (rules.ts); and strip screen-reader link labels
 * inside paragraphs. What a line *says* in general (credits, "Mehr zum Thema", timestamps,
 * bylines, datelines) is judged in step 8 by the plain-text cleaning rules (src/clean), the
 * same for HTML and text input. Each number lives in rules.ts.
 */
import type { RawBlock } from './dom.js';
import { EXTRACT_RULES } from './rules.js';

const R = EXTRACT_RULES;

/**
 * Text that is page furniture in HTML and that the plain-text rules do not catch (see
 * `dropParagraphPatterns` in rules.ts), or a label of one or two words.
 */
export function isJunkText(text: string, kind: RawBlock['kind'] = 'paragraph'): boolean {
  if (R.dropParagraphPatterns.some((re) => re.test(text))) return true;
  if (text.length <= R.shortBlockMaxChars && R.shortBlockPatterns.some((re) => re.test(text))) return true;
  if (text.length <= R.dateBlockMaxChars && R.datePattern.test(text)) return true;
  if (kind === 'paragraph' && text.split(/\s+/).length <= R.minParagraphWords) return true;
  return false;
}

/** The headline again (often with its kicker) is not body text. */
function repeatsTitle(text: string, title: string | null): boolean {
  return title !== null && title.length >= 10 && text.includes(title) && text.length <= title.length + 80;
}

export function stripPhrases(text: string): string {
  let t = text;
  for (const re of EXTRACT_RULES.stripPhrases) t = t.replace(re, '');
  return t.replace(/\s+/g, ' ').trim();
}

function isLinkList(b: RawBlock): boolean {
  return b.text.length < EXTRACT_RULES.linkDensityMaxChars && b.linkChars / b.text.length > EXTRACT_RULES.maxLinkDensity;
}

export function cleanBlocks(blocks: readonly RawBlock[], title: string | null = null): RawBlock[] {
  const kept: RawBlock[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    const text = stripPhrases(b.text);
    if (!text || seen.has(text)) continue;
    if (isJunkText(text, b.kind) || isLinkList(b) || repeatsTitle(text, title)) continue;
    seen.add(text);
    kept.push({ ...b, text });
  }
  // A short heading with no text under it labelled a box that is gone ("Mehr zum Thema",
  // "Weitere Informationen"); long ones are statements of their own (numbered lists as h3s).
  return kept.filter(
    (b, i) => b.kind !== 'heading' || kept[i + 1]?.kind === 'paragraph' || b.text.split(/\s+/).length > R.orphanHeadingMaxWords,
  );
}
