/**
 * The glue `summarize()` calls for web input: `{ html, url? }` is extracted, `{ url }` is
 * fetched (with SSRF protection unless `allowPrivateHosts`) and then extracted when it is
 * HTML, or handed back as plain text for the plain-text cleaner.
 */
import { KernpunkteError } from '../errors.js';
import type { Article } from '../types.js';
import { fetchPage, type FetchOptions } from '../fetch/index.js';
import { extract } from './extract.js';

export type LoadedInput =
  | { kind: 'article'; article: Article }
  | { kind: 'text'; text: string; url: string };

export type LoadOptions = FetchOptions;

function noArticle(url: string | undefined): KernpunkteError {
  return new KernpunkteError('NO_ARTICLE', 'No article text was found in the page (an index, login or empty page?).', url ? { url } : {});
}

export async function loadArticle(input: { html: string; url?: string } | { url: string }, options: LoadOptions = {}): Promise<LoadedInput> {
  if ('html' in input && typeof input.html === 'string') {
    const article = extract(input.html, input.url !== undefined ? { url: input.url } : {});
    if (!article) throw noArticle(input.url);
    return { kind: 'article', article };
  }
  if (!('url' in input) || typeof input.url !== 'string') {
    throw new KernpunkteError('INVALID_INPUT', 'Web input needs { html } or { url } as a string.');
  }
  const page = await fetchPage(input.url, options);
  if (page.kind === 'text') return { kind: 'text', text: page.body, url: page.url };
  const article = extract(page.body, { url: page.url });
  if (!article) throw noArticle(page.url);
  return { kind: 'article', article };
}
