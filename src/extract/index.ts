/** Web input: HTML → Article (`extract`), bytes → string (`decodeHtml`), and the glue for `summarize()` (`loadArticle`). */
export { extract, type ExtractOptions } from './extract.js';
export { decodeHtml, charsetFromContentType } from './charset.js';
export { loadArticle, type LoadedInput, type LoadOptions } from './load.js';
export { EXTRACT_RULES } from './rules.js';
