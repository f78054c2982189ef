/**
 * Step 2: find the main content with Mozilla Readability and split it into text blocks.
 * Readability is given the pruned document; it returns its content element as is
 * (`serializer`), so no HTML is serialised and parsed a second time.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, type RawBlock } from './dom.js';
import { EXTRACT_RULES } from './rules.js';

export function mainContent(document: Document): RawBlock[] | null {
  // Readability's own maxElemsToParse counts getElementsByTagName('*'), which is empty on
  // linkedom, so the bound is checked here: past it the caller reads the running text.
  if (document.querySelectorAll('*').length > EXTRACT_RULES.readabilityMaxElems) return null;
  const reader = new Readability<Element>(document, {
    serializer: (el: Node) => el as Element,
    // Captions, credits and boxes are removed by our own rules; keep the classes they use.
    keepClasses: true,
    charThreshold: 300,
    // Readability throws past this (on DOMs where its count works; see above).
    maxElemsToParse: EXTRACT_RULES.readabilityMaxElems,
  });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    // Readability walks parent chains that linkedom can leave open on broken markup (content
    // outside <body>); the caller falls back to the page's running text.
    return null;
  }
  if (!result?.content) return null;
  return collectBlocks(result.content);
}
