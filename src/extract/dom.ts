/**
 * DOM helpers shared by the extraction steps: what counts as a block, visible text of an
 * element, and turning a content tree into plain text blocks. linkedom's DOM is enough: no
 * layout, so "visible" means "not hidden by markup".
 */

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'HTML',
]);

const HEADING = /^H[1-6]$/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE', 'IFRAME', 'BUTTON']);

/** A block of text found in a content tree, before cleaning rules. */
export interface RawBlock {
  kind: 'heading' | 'paragraph';
  /** Tag of the block element ("P", "H2", "LI", …; "DIV" for loose text). */
  tag: string;
  text: string;
  /** Characters of text inside links. */
  linkChars: number;
  /** The element the text came from (for the teaser and list checks). */
  element: Element | null;
}

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

export function isElement(n: Node): n is Element {
  return n.nodeType === 1;
}

/** A step of the walk: a node to visit, or the end of a block element whose children are done. */
type Step = { node: Node; inLink: boolean } | { closes: Element };

/**
 * Splits a content tree into text blocks in reading order. Iterative (an explicit stack, not
 * recursion: 10,000 nested elements must not overflow the call stack), and linear in the
 * tree: whether the buffer ends in a line break is a flag, not a regex over the buffer.
 */
export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let bufTag = 'DIV';
  let bufEl: Element | null = null;
  // True when the buffer ends in a line break and only whitespace after it.
  let afterBreak = false;

  const flush = (): void => {
    const text = normalizeSpace(buf);
    if (text) {
      out.push({ kind: HEADING.test(bufTag) ? 'heading' : 'paragraph', tag: bufTag, text, linkChars: Math.min(linkChars, text.length), element: bufEl });
    }
    buf = '';
    linkChars = 0;
    bufTag = 'DIV';
    bufEl = null;
    afterBreak = false;
  };

  const stack: Step[] = [{ node: root, inLink: false }];
  const pushChildren = (node: Node, inLink: boolean): void => {
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink });
  };
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('closes' in step) {
      if (bufEl !== step.closes) bufTag = 'DIV';
      flush();
      continue;
    }
    const { node, inLink } = step;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      // Same as testing /\n\s*$/ on the buffer, looking only at the new text's trailing space.
      const trimmed = t.trimEnd();
      if (trimmed.length > 0) afterBreak = t.includes('\n', trimmed.length);
      else if (t.includes('\n')) afterBreak = true;
      if (inLink) linkChars += normalizeSpace(t).length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      // Two line breaks in a row separate paragraphs on pages without <p>.
      if (afterBreak) flush();
      else {
        buf += '\n';
        afterBreak = true;
      }
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      bufTag = tag;
      bufEl = node;
      stack.push({ closes: node });
      pushChildren(node, inLink);
      continue;
    }
    pushChildren(node, inLink || tag === 'A');
  }
  flush();
  return out;
}
