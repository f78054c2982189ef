/**
 * Step 4: the teaser (standfirst). News pages show it between the title and the body, often
 * outside the element Readability picks. The page's description (JSON-LD, og:description,
 * meta description) tells us its words; when an element in the page shows those words, its
 * visible text goes first. A description that only lives in <meta> is not put into the text.
 */
import { normalizeSpace } from './dom.js';
import { EXTRACT_RULES } from './rules.js';
import { scoreExtraction } from './tokens.js';

const CANDIDATES = 'p, div, h2, h3, span, strong, section, header';

/** The visible text of the element that best shows `description`, or null. */
export function findVisibleTeaser(document: Document, description: string | null | undefined): string | null {
  if (!description || !document.body) return null;
  const desc = normalizeSpace(description).replace(/\s*(\.\.\.|…)$/, '');
  if (desc.length < 30) return null;
  let best: { text: string; f1: number } | null = null;
  for (const el of Array.from(document.body.querySelectorAll(CANDIDATES))) {
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length < desc.length * 0.6 || text.length > Math.max(desc.length * 1.6, desc.length + 80)) continue;
    if (text.length > EXTRACT_RULES.teaserMaxChars) continue;
    const s = scoreExtraction(text, desc);
    // Innermost match wins on ties: its text has the least around it.
    if (s.f1 >= EXTRACT_RULES.teaserMinSimilarity && (!best || s.f1 > best.f1 || (s.f1 === best.f1 && text.length < best.text.length))) {
      best = { text, f1: s.f1 };
    }
  }
  return best?.text ?? null;
}
