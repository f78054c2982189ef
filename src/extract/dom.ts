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

/** Splits a content tree into text blocks in reading order. */
export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let bufTag = 'DIV';
  let bufEl: Element | null = null;

  const flush = (): void => {
    const text = normalizeSpace(buf);
    if (text) {
      out.push({ kind: HEADING.test(bufTag) ? 'heading' : 'paragraph', tag: bufTag, text, linkChars: Math.min(linkChars, text.length), element: bufEl });
    }
    buf = '';
    linkChars = 0;
    bufTag = 'DIV';
    bufEl = null;
  };

  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (inLink) linkChars += normalizeSpace(t).length;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      // Two line breaks in a row separate paragraphs on pages without <p>.
      if (/\n\s*$/.test(buf)) flush();
      else buf += '\n';
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      bufTag = tag;
      bufEl = node;
      for (const c of Array.from(node.childNodes)) walk(c, inLink);
      if (bufEl !== node) bufTag = 'DIV';
      flush();
      return;
    }
    const link = inLink || tag === 'A';
    for (const c of Array.from(node.childNodes)) walk(c, link);
  };
  walk(root, false);
  flush();
  return out;
}
