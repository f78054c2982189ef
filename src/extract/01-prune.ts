/**
 * Step 1: remove what is never article text on a news page, before Readability scores the
 * page: scripts and widgets, navigation, figures with their captions and credits, and boxes
 * whose class or id names them as related links, sharing, newsletter, paywall, consent,
 * author box or ad. A box that holds most of the page's text (`pruneMaxShare`) is kept
 * whatever its name or tag: a rule that would remove most of the page is wrong for that page.
 */
import { EXTRACT_RULES } from './rules.js';
import { collectBlocks, normalizeSpace } from './dom.js';

const JUNK = new Set(EXTRACT_RULES.junkNameParts);
const KEEP = new Set(EXTRACT_RULES.keepNameParts);

/** "articleRelated-box__item" → ["article", "related", "box", "item"]. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when one of the element's class names or its id names a junk box. */
export function hasJunkName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  if (!names) return false;
  // Utility-class names ("print:hidden", "dark:text-white", "md:px-4") say how, not what.
  const parts = names
    .split(/\s+/)
    .filter((n) => !n.includes(':'))
    .flatMap(nameParts);
  return parts.some((p) => JUNK.has(p)) && !parts.some((p) => KEEP.has(p));
}

/**
 * Several long paragraphs that are mostly not links: running text, whatever the box is
 * called (a paywall wrapper around the rest of the article, a WordPress "tag-…" class, a
 * "PrintThis" wrapper). Paragraphs are text blocks as collectBlocks reads them, so text in
 * <div>s and <br>-separated runs counts as well as <p>s.
 */
export function holdsRunningText(el: Element): boolean {
  let long = 0;
  for (const b of collectBlocks(el)) {
    if (b.kind !== 'paragraph' || b.text.length < EXTRACT_RULES.runningTextParagraphChars) continue;
    if (b.linkChars / b.text.length < 0.5 && ++long >= EXTRACT_RULES.runningTextParagraphs) return true;
  }
  return false;
}

function textLength(el: Element): number {
  return normalizeSpace(el.textContent ?? '').length;
}

/**
 * Teaser cards for other articles: a headline that is all link, with a short snippet, or a
 * small <article> with a link inside a page. The card is the largest ancestor that stays
 * under `teaserCardMaxChars` (so a body paragraph next to it is never taken along).
 */
function removeTeaserCards(body: Element): void {
  const max = EXTRACT_RULES.teaserCardMaxChars;
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4, h5'))) {
    if (!h.isConnected) continue;
    const text = normalizeSpace(h.textContent ?? '');
    if (!text) continue;
    const linked = Array.from(h.querySelectorAll('a[href]')).reduce((a, x) => a + normalizeSpace(x.textContent ?? '').length, 0);
    const inLink = h.closest('a[href]') !== null;
    if (!inLink && linked < text.length * 0.9) continue;
    let card: Element = h;
    for (let p = h.parentElement; p && p !== body && !p.querySelector('h1') && textLength(p) <= max; p = p.parentElement) card = p;
    card.remove();
  }
  for (const a of Array.from(body.querySelectorAll('article'))) {
    if (!a.isConnected || a.querySelector('h1') || !a.querySelector('a[href]')) continue;
    if (textLength(a) <= max) a.remove();
  }
}

const ALWAYS = new Set(EXTRACT_RULES.removeAlwaysSelectors.map((s) => s.toUpperCase()));

export function prune(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(EXTRACT_RULES.removeAlwaysSelectors.join(',')))) el.remove();
  // The page's text once scripts and styles are gone; no rule below may take most of it.
  const maxRemoved = textLength(body) * EXTRACT_RULES.pruneMaxShare;
  const tooMuch = (el: Element): boolean => textLength(el) > maxRemoved;

  for (const el of Array.from(body.querySelectorAll(EXTRACT_RULES.removeSelectors.join(',')))) {
    if (!el.isConnected || ALWAYS.has(el.tagName.toUpperCase())) continue;
    if (!tooMuch(el)) el.remove();
  }

  removeTeaserCards(body);
  for (const el of Array.from(body.querySelectorAll('[class],[id]'))) {
    if (!el.isConnected || !hasJunkName(el)) continue;
    // Guard against a name rule hitting the article itself ("article plus-content").
    if (el.querySelector('h1') || holdsRunningText(el) || tooMuch(el)) continue;
    el.remove();
  }
}
