/**
 * Step 0: bound the work before and after parsing. Real news pages nest at most a few dozen
 * levels deep (the 60 pages of html-de-fundus: at most 28, as the parser builds them) and
 * hold a few thousand elements (at most 3,319) and end tags (at most 2,761); crafted pages
 * nest 100,000 levels or hold 40,000 <br>s, and every tree walk (linkedom's parser,
 * Readability, textContent) then costs depth × size or worse.
 * Elements are not the only nodes: each character reference (`&amp;`) and each comment is a
 * node of its own in linkedom (400,000 `&amp;` in one <p>: 3 s and 360 MB; 100,000 empty
 * comments: 17 s), and linkedom looks attributes up by a linear search (10,000 distinct
 * attributes on one element: 5 s). So the scan also counts every node the parser will build
 * (elements, text runs, comments) and the attributes per element.
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
import { Parser, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { KernpunkteError } from '../errors.js';
import { EXTRACT_RULES } from './rules.js';

export interface MarkupStats {
  /** Deepest element of the tree the parser builds (1: a top-level element; leaves count). */
  depth: number;
  /** Elements the parser builds, those it implies (`</p>` alone opens a <p>) included. */
  elements: number;
  /** End tags in the markup, also those that close nothing (`<div></b>`: the </b>). */
  endTags: number;
  /** Nodes the parser builds: elements, text runs (one per character reference, too), comments. */
  nodes: number;
  /** Most attributes on one element (repeated names counted: the tokenizer reads each). */
  attributes: number;
  /** True when the scan stopped early because a limit was passed: the numbers are then lower bounds. */
  stopped: boolean;
}

export interface MarkupLimits {
  depth: number;
  elements: number;
  /** All nodes (see MarkupStats.nodes). Default: no limit. */
  nodes?: number;
  /** Attributes on one element. Default: no limit. */
  attributes?: number;
}

const DEFAULT_LIMITS: Readonly<Required<MarkupLimits>> = Object.freeze({
  depth: EXTRACT_RULES.maxMarkupDepth,
  elements: EXTRACT_RULES.maxElements,
  nodes: EXTRACT_RULES.maxNodes,
  attributes: EXTRACT_RULES.maxAttributes,
});

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
export function markupStats(html: string, limits: MarkupLimits = DEFAULT_LIMITS): MarkupStats {
  const maxNodes = limits.nodes ?? Infinity;
  const maxAttributes = limits.attributes ?? Infinity;
  const open: string[] = [];
  let max = 0;
  let elements = 0;
  let nodes = 0;
  let attributes = 0;
  let mostAttributes = 0;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    parser.pause();
  };
  // Text runs and comments: one node each, as linkedom builds them (it drops processing instructions).
  const node = (): void => {
    if (stopped) return;
    if (++nodes > maxNodes) stop();
  };
  const parser: CountingParser = new CountingParser(
    {
      onopentagname(name) {
        if (stopped) return;
        elements++;
        nodes++;
        attributes = 0;
        open.push(name);
        if (open.length > max) max = open.length;
        if (max > limits.depth || elements > limits.elements || nodes > maxNodes) stop();
      },
      onattribute() {
        if (stopped) return;
        if (++attributes > mostAttributes) mostAttributes = attributes;
        if (attributes > maxAttributes) stop();
      },
      onclosetag() {
        open.pop();
      },
      ontext: node,
      oncomment: node,
    },
    limits.elements,
  );
  parser.write(html);
  if (parser.endTags > limits.elements) stopped = true;
  if (!stopped) parser.end();
  return { depth: max, elements, endTags: parser.endTags, nodes, attributes: mostAttributes, stopped };
}

/** Refuses markup no news page has (NO_ARTICLE, with the measured numbers in `details`). */
export function checkMarkup(html: string): MarkupStats {
  const stats = markupStats(html);
  const refusal = markupRefusal(stats);
  if (refusal) throw refusal;
  return stats;
}

/**
 * The refusal for markup whose counts pass a limit, or null. One place for the wording, so
 * the server's early check (MarkupCounter) answers exactly as the extractor does.
 */
export function markupRefusal(stats: Omit<MarkupStats, 'stopped'>, limits: MarkupLimits = DEFAULT_LIMITS): KernpunkteError | null {
  const { depth, elements } = limits;
  const nodes = limits.nodes ?? Infinity;
  const attributes = limits.attributes ?? Infinity;
  if (stats.depth > depth) {
    return new KernpunkteError(
      'NO_ARTICLE',
      `The page's markup nests more than ${depth} levels deep; no news page is built like that.`,
      { reason: 'too-deep', depth: stats.depth, limit: depth },
    );
  }
  if (stats.elements > elements) {
    return new KernpunkteError(
      'NO_ARTICLE',
      `The page has more than ${elements} elements; no news page is built like that.`,
      { reason: 'too-many-elements', elements: stats.elements, limit: elements },
    );
  }
  if (stats.nodes > nodes) {
    return new KernpunkteError(
      'NO_ARTICLE',
      `The page has more than ${nodes} nodes (elements, text runs split by character references, comments); no news page is built like that.`,
      { reason: 'too-many-nodes', nodes: stats.nodes, limit: nodes },
    );
  }
  if (stats.attributes > attributes) {
    return new KernpunkteError(
      'NO_ARTICLE',
      `An element of the page has more than ${attributes} attributes; no news page is built like that.`,
      { reason: 'too-many-attributes', attributes: stats.attributes, limit: attributes },
    );
  }
  if (stats.endTags > elements) {
    return new KernpunkteError(
      'NO_ARTICLE',
      `The page has more than ${elements} end tags; no news page is built like that.`,
      { reason: 'too-many-end-tags', endTags: stats.endTags, limit: elements },
    );
  }
  return null;
}

/**
 * Counts markup that arrives in pieces (the server reads a request body as it arrives) and
 * says as soon as it is sure the extractor would refuse it: checkMarkup is only asked once
 * the whole page is there, in a worker thread, after the body was parsed, hashed and copied.
 *
 * Never more than checkMarkup counts, so it refuses nothing the extractor accepts:
 * - it runs htmlparser2's tokenizer, the first half of markupStats' parser, so it sees the same
 *   tags, comments, text runs and character references; the tree rules (the other half) only
 *   add elements (`</p>` alone opens a <p>), and depth and attributes are left to checkMarkup;
 * - the tokenizer reports the text it holds at the end of each write, so a text run that
 *   spans two pieces counts twice: each write after the first is taken off the node count.
 * Tokenizing costs about as much per character as parsing, so it starts only once the page
 * could pass a limit: a page has at most 2 × (`<` + `&`) + 1 nodes (a text run ends at a `<`
 * or `&`; an element or comment starts with `<`; a reference starts with `&`), and at most as
 * many elements and end tags as `<`. Until then the pieces are only kept.
 * A run of one reference repeated (`&amp;` × 300,000: the bomb) goes to the tokenizer once and
 * counts as many times as it is repeated where the tokenizer reports it as text: a complete
 * reference leaves the tokenizer in the state it found it in, whatever that state (text,
 * attribute, comment, raw text, tag name), so the run and the single reference differ only in
 * how many references are reported. The tokenizer's decoding costs ~0.4 µs per reference.
 */
export class MarkupCounter {
  nodes = 0;
  elements = 0;
  endTags = 0;
  private writes = 0;
  private marks = 0;
  /** Characters given to the tokenizer so far: its positions. */
  private fed = 0;
  /** Where a collapsed run's one reference ends (tokenizer position) → how many it stands for. */
  private readonly repeats = new Map<number, number>();
  private held: string[] = [];
  private tokenizer: Tokenizer | null = null;
  private readonly maxNodes: number;

  constructor(private readonly limits: MarkupLimits = DEFAULT_LIMITS) {
    this.maxNodes = limits.nodes ?? Infinity;
  }

  /** Feeds the next piece; returns the extractor's refusal once a limit is surely passed (then stop feeding). */
  write(piece: string): KernpunkteError | null {
    if (this.tokenizer === null) {
      this.marks += count(piece, '<') + count(piece, '&');
      this.held.push(piece);
      if (2 * this.marks + 1 <= Math.min(this.maxNodes, this.limits.elements)) return null;
      piece = this.held.join('');
      this.held = [];
      this.tokenizer = this.startTokenizer();
    }
    this.writes++;
    this.tokenizer.write(this.collapse(piece));
    return this.refusal();
  }

  /** The piece with each run of one repeated reference written once (see above); notes the repeats. */
  private collapse(piece: string): string {
    let out = '';
    let last = 0;
    REPEATED_REFERENCE.lastIndex = 0;
    for (let m = REPEATED_REFERENCE.exec(piece); m !== null; m = REPEATED_REFERENCE.exec(piece)) {
      const reference = m[1]!;
      out += piece.slice(last, m.index) + reference;
      this.repeats.set(this.fed + out.length, m[0].length / reference.length);
      last = m.index + m[0].length;
    }
    out = last === 0 ? piece : out + piece.slice(last);
    this.fed += out.length;
    return out;
  }

  /** Nodes checkMarkup counts at least. */
  get nodesAtLeast(): number {
    return this.nodes - Math.max(0, this.writes - 1);
  }

  private refusal(): KernpunkteError | null {
    return markupRefusal({ depth: 0, attributes: 0, elements: this.elements, endTags: this.endTags, nodes: this.nodesAtLeast }, this.limits);
  }

  private startTokenizer(): Tokenizer {
    const node = (n = 1): void => {
      this.nodes += n;
      // Surely past the limit: stop, the answer is known.
      if (this.nodesAtLeast > this.maxNodes) tokenizer.pause();
    };
    const ignore = (): void => undefined;
    const callbacks: TokenizerCallbacks = {
      ontext: () => node(),
      // `end`: the position after the reference, where collapse() noted a run's length.
      ontextentity: (_codepoint, end) => node(this.repeats.get(end) ?? 1),
      oncomment: () => node(),
      // Without recognizeCDATA (linkedom does not set it), CDATA is a comment node.
      oncdata: () => node(),
      onopentagname: () => {
        this.elements++;
        node();
        if (this.elements > this.limits.elements) tokenizer.pause();
      },
      onclosetag: () => {
        if (++this.endTags > this.limits.elements) tokenizer.pause();
      },
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
      onselfclosingtag: ignore,
    };
    // Same options as linkedom's parseHTML (see CountingParser).
    const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
    return tokenizer;
  }
}

/** Two or more of one complete character reference in a row (the tokenizer decodes each with its `;`). */
const REPEATED_REFERENCE = /(&(?:amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)\1+/g;

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
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

/**
 * Removes comments and processing instructions and joins adjacent text nodes, so the later
 * walks (Readability's many passes, collectBlocks) pay per element and per run of text, not
 * per `&amp;` or `<!---->` (10,000 `&amp;` in one <p>: 1-2 s before, 0.2 s after, on a busy
 * 2-core machine). Returns how many comments and processing instructions were removed.
 */
export function compactTree(root: Element): number {
  const stack: Node[] = [root];
  const junk: Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let c = node.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 8 || c.nodeType === 7) junk.push(c);
      else if (c.nodeType === 1) stack.push(c);
    }
  }
  for (const n of junk) n.parentNode?.removeChild(n);
  root.normalize();
  return junk.length;
}
