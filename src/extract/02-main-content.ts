/**
 * Step 2: find the main content with Mozilla Readability and split it into text blocks.
 * Readability is given the pruned document; it returns its content element as is
 * (`serializer`), so no HTML is serialised and parsed a second time.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, type RawBlock } from './dom.js';

export function mainContent(document: Document): RawBlock[] | null {
  const reader = new Readability<Element>(document, {
    serializer: (el: Node) => el as Element,
    // Captions, credits and boxes are removed by our own rules; keep the classes they use.
    keepClasses: true,
    charThreshold: 300,
  });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    // Readability walks parent chains that linkedom can leave open on broken markup
    // (content outside <body>); the caller falls back to the page's running text.
    return null;
  }
  if (!result?.content) return null;
  return collectBlocks(result.content);
}
