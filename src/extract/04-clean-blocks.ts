/**
 * Step 3: drop blocks that are not article text by what they say (credits, "Mehr zum
 * Thema", consent notices, timestamps, bylines) or by how they are built (link lists), and
 * strip screen-reader link labels inside paragraphs. Each rule lives in rules.ts.
 */
import type { RawBlock } from './dom.js';
import { EXTRACT_RULES } from './rules.js';

export function isJunkText(text: string): boolean {
  if (EXTRACT_RULES.dropParagraphPatterns.some((re) => re.test(text))) return true;
  if (text.length <= EXTRACT_RULES.creditMaxChars && EXTRACT_RULES.creditPattern.test(text)) return true;
  return false;
}

export function stripPhrases(text: string): string {
  let t = text;
  for (const re of EXTRACT_RULES.stripPhrases) t = t.replace(re, '');
  return t.replace(/\s+/g, ' ').trim();
}

function isLinkList(b: RawBlock): boolean {
  return b.text.length < EXTRACT_RULES.linkDensityMaxChars && b.linkChars / b.text.length > EXTRACT_RULES.maxLinkDensity;
}

export function cleanBlocks(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const text = stripPhrases(b.text);
    if (!text) continue;
    if (isJunkText(text)) continue;
    if (isLinkList(b)) continue;
    out.push({ ...b, text });
  }
  // A heading with nothing after it (the "Mehr zum Thema" title of a removed list) goes too.
  while (out.length && out[out.length - 1]?.kind === 'heading') out.pop();
  return out;
}
