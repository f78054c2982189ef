/**
 * Step 0: bound the work before and after parsing. Real news pages nest at most a few dozen
 * levels deep (the 60 pages of html-de-fundus: at most 27) and hold a few thousand elements
 * (at most 3,319); crafted pages nest 100,000 levels or hold 40,000 <br>s, and every tree
 * walk (linkedom's parser, Readability, textContent) then costs depth × size or worse.
 * - Before parsing, a linear scan of the markup estimates the nesting depth and counts the
 *   tags; far beyond any real page the input is refused (NO_ARTICLE), because linkedom's
 *   parser alone is quadratic in depth (100,000 levels: 7 s).
 * - After parsing, whatever sits deeper than `maxDomDepth` is flattened into its text, so the
 *   later steps walk a shallow tree.
 */
import { KernpunkteError } from '../errors.js';
import { EXTRACT_RULES } from './rules.js';

/** Elements without content: they never nest. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'frame', 'basefont', 'bgsound', 'isindex', 'command',
]);
/**
 * Elements whose end tag may be left out and that the parser closes when the next one opens
 * (`<p>a<p>b`, `<li>…<li>`): counting them would call sloppy but flat markup deep.
 */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption']);
/** Their content is text up to the matching end tag: a "<div>" inside a script is no element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

export interface MarkupStats {
  /** Deepest nesting of elements that do not close themselves (an estimate from the tags alone). */
  depth: number;
  /** Start tags. */
  elements: number;
}

/** One pass over the markup, linear in its length: no regex backtracks over a growing span. */
export function markupStats(html: string): MarkupStats {
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)|<!--/g;
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (depth > 0 && !VOID.has(name) && !IMPLIED_END.has(name)) depth--;
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      if (!close.exec(html)) break;
      tag.lastIndex = close.lastIndex;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name)) continue;
    if (++depth > max) max = depth;
  }
  return { depth: max, elements };
}

/** Refuses markup no news page has (NO_ARTICLE, with the measured numbers in `details`). */
export function checkMarkup(html: string): MarkupStats {
  const stats = markupStats(html);
  if (stats.depth > EXTRACT_RULES.maxMarkupDepth) {
    throw new KernpunkteError(
      'NO_ARTICLE',
      `The page's markup nests about ${stats.depth} levels deep (at most ${EXTRACT_RULES.maxMarkupDepth} are read); no news page is built like that.`,
      { reason: 'too-deep', depth: stats.depth, limit: EXTRACT_RULES.maxMarkupDepth },
    );
  }
  if (stats.elements > EXTRACT_RULES.maxElements) {
    throw new KernpunkteError(
      'NO_ARTICLE',
      `The page has ${stats.elements} elements (at most ${EXTRACT_RULES.maxElements} are read); no news page is built like that.`,
      { reason: 'too-many-elements', elements: stats.elements, limit: EXTRACT_RULES.maxElements },
    );
  }
  return stats;
}

/**
 * Replaces the content of every element at depth `maxDepth` below `root` that still has
 * child elements by its text, so no element lies deeper. Iterative: no call stack to blow.
 * Returns how many elements were flattened.
 */
export function flattenDeep(root: Element, maxDepth: number = EXTRACT_RULES.maxDomDepth): number {
  let flattened = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    const children = Array.from(el.children);
    if (children.length === 0) continue;
    if (depth >= maxDepth) {
      // Text survives (a crafted wrapper around a real article still gives its words);
      // the structure below this point does not.
      el.textContent = el.textContent ?? '';
      flattened++;
      continue;
    }
    for (const c of children) stack.push([c, depth + 1]);
  }
  return flattened;
}
