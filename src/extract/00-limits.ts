/**
 * Step 0: bound the work before and after parsing. Real news pages nest at most a few dozen
 * levels deep (the 60 pages of html-de-fundus: at most 28, as the parser builds them) and
 * hold a few thousand elements (at most 3,319) and end tags (at most 2,761); crafted pages
 * nest 100,000 levels or hold 40,000 <br>s, and every tree walk (linkedom's parser,
 * Readability, textContent) then costs depth × size or worse.
 * - Before parsing, the markup runs through htmlparser2's tokenizer and tree rules (the very
 *   parser linkedom builds its DOM from), with callbacks only, so no DOM is built: the depth
 *   and element count are exactly those of the tree linkedom would build. Far beyond any
 *   real page the input is refused (NO_ARTICLE), because linkedom's parser alone is
 *   quadratic in depth (100,000 levels: 7 s). A home-made tag scan guessed wrong both ways:
 *   `<svg><style/>` ends raw text for htmlparser2 but not for a scan that waits for
 *   `</style>`, and a stray `</b>` closes nothing for the parser but lowered the scan's depth.
 * - After parsing, whatever sits deeper than `maxDomDepth` is flattened into its text, so the
 *   later steps walk a shallow tree.
 */
import { Parser } from 'htmlparser2';
import { KernpunkteError } from '../errors.js';
import { EXTRACT_RULES } from './rules.js';

export interface MarkupStats {
  /** Deepest element of the tree the parser builds (1: a top-level element; leaves count). */
  depth: number;
  /** Elements the parser builds, those it implies (`</p>` alone opens a <p>) included. */
  elements: number;
  /** End tags in the markup, also those that close nothing (`<div></b>`: the </b>). */
  endTags: number;
  /** True when the scan stopped early because a limit was passed: the numbers are then lower bounds. */
  stopped: boolean;
}

export interface MarkupLimits {
  depth: number;
  elements: number;
}

/**
 * htmlparser2's parser, also counting end tags as the tokenizer reads them, those that
 * close nothing included (the handler only hears of end tags that close an element).
 * `onclosetag(start, endIndex)` is the tokenizer's hook into the parser (marked internal in
 * htmlparser2's types; checked by the tests in test/extract/limits.test.ts).
 */
class CountingParser extends Parser {
  endTags = 0;
  constructor(
    handler: ConstructorParameters<typeof Parser>[0],
    private readonly maxEndTags: number,
  ) {
    // Same options as linkedom's parseHTML, so tokens and tree rules match what it builds.
    super(handler, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  }
  override onclosetag(start: number, endIndex: number): void {
    super.onclosetag(start, endIndex);
    if (++this.endTags > this.maxEndTags) this.pause();
  }
}

/**
 * Walks the markup with htmlparser2's parser, counting opened elements and tracking the
 * open ones on a stack; no DOM is built. The scan stops as soon as one of `limits` is passed
 * (elements also bound the end tags): htmlparser2 keeps its open elements in an array that
 * it shifts per start tag and searches per end tag, so bounding depth and tag count keeps
 * the scan linear in the length of the markup.
 */
export function markupStats(
  html: string,
  limits: MarkupLimits = { depth: EXTRACT_RULES.maxMarkupDepth, elements: EXTRACT_RULES.maxElements },
): MarkupStats {
  const open: string[] = [];
  let max = 0;
  let elements = 0;
  let stopped = false;
  const parser: CountingParser = new CountingParser(
    {
      onopentagname(name) {
        if (stopped) return;
        elements++;
        open.push(name);
        if (open.length > max) max = open.length;
        if (max > limits.depth || elements > limits.elements) {
          stopped = true;
          parser.pause();
        }
      },
      onclosetag() {
        open.pop();
      },
    },
    limits.elements,
  );
  parser.write(html);
  if (parser.endTags > limits.elements) stopped = true;
  if (!stopped) parser.end();
  return { depth: max, elements, endTags: parser.endTags, stopped };
}

/** Refuses markup no news page has (NO_ARTICLE, with the measured numbers in `details`). */
export function checkMarkup(html: string): MarkupStats {
  const stats = markupStats(html);
  if (stats.depth > EXTRACT_RULES.maxMarkupDepth) {
    throw new KernpunkteError(
      'NO_ARTICLE',
      `The page's markup nests more than ${EXTRACT_RULES.maxMarkupDepth} levels deep; no news page is built like that.`,
      { reason: 'too-deep', depth: stats.depth, limit: EXTRACT_RULES.maxMarkupDepth },
    );
  }
  if (stats.elements > EXTRACT_RULES.maxElements) {
    throw new KernpunkteError(
      'NO_ARTICLE',
      `The page has more than ${EXTRACT_RULES.maxElements} elements; no news page is built like that.`,
      { reason: 'too-many-elements', elements: stats.elements, limit: EXTRACT_RULES.maxElements },
    );
  }
  if (stats.endTags > EXTRACT_RULES.maxElements) {
    throw new KernpunkteError(
      'NO_ARTICLE',
      `The page has more than ${EXTRACT_RULES.maxElements} end tags; no news page is built like that.`,
      { reason: 'too-many-end-tags', endTags: stats.endTags, limit: EXTRACT_RULES.maxElements },
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
