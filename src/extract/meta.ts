/**
 * Page metadata from JSON-LD (NewsArticle/Article, also inside @graph), OpenGraph and plain
 * meta tags. JSON-LD is the publisher's structured statement and wins; OpenGraph next.
 */
import type { ArticleMeta } from '../types.js';

/** What the page says about itself, before extraction. */
export interface PageMeta extends ArticleMeta {
  title: string | null;
  /** `<html lang>` as written (normalised later). */
  htmlLang: string | null;
  /** JSON-LD articleBody, when the page carries one. */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** All objects in a JSON-LD value, walking arrays and @graph. */
function collect(v: Json | undefined, out: JsonObject[], depth = 0): void {
  if (depth > 6 || v === undefined) return;
  if (Array.isArray(v)) for (const x of v) collect(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    if (v['@graph'] !== undefined) collect(v['@graph'], out, depth + 1);
  }
}

export function cleanString(v: string | null | undefined): string | null {
  if (typeof v !== 'string') return null;
  const s = decodeEntities(v).replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** Named entities that turn up in JSON-LD and meta strings (the Latin-1 letters and typography). */
const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  aacute: 'á', agrave: 'à', acirc: 'â', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', Eacute: 'É',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', ccedil: 'ç', Ccedil: 'Ç', ntilde: 'ñ', Ntilde: 'Ñ',
  hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', sbquo: '‚', euro: '€', copy: '©', reg: '®', middot: '·', bull: '•',
});

/** JSON-LD strings sometimes still carry entities (&quot;, &#8220;, &uuml;). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    const l = e.toLowerCase();
    try {
      if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
      if (l.startsWith('#')) return String.fromCodePoint(parseInt(l.slice(1), 10));
    } catch {
      return all;
    }
    return ENTITIES[e] ?? ENTITIES[l] ?? all;
  });
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanString(v);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanString(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) return str(v['name']);
  return null;
}

function parseJsonLd(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').trim();
    if (!raw) continue;
    try {
      collect(JSON.parse(raw) as Json, out);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the page still has meta tags.
      try {
        collect(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')) as Json, out);
      } catch {
        /* ignore this block */
      }
    }
  }
  return out;
}

function metaContent(document: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el =
      document.querySelector(`meta[property="${k}"]`) ??
      document.querySelector(`meta[name="${k}"]`) ??
      document.querySelector(`meta[itemprop="${k}"]`);
    const v = cleanString(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

export function readPageMeta(document: Document, url?: string): PageMeta {
  const objects = parseJsonLd(document);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const site = objects.find((o) => typesOf(o).some((t) => t === 'WebSite' || t === 'Organization' || t === 'NewsMediaOrganization'));
  const ld = (k: string): Json | undefined => (article ? article[k] : undefined);

  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let canonicalUrl = cleanString(canonicalHref) ?? metaContent(document, 'og:url') ?? null;
  if (canonicalUrl) {
    try {
      canonicalUrl = new URL(canonicalUrl, url).href;
    } catch {
      canonicalUrl = null;
    }
  }

  const docTitle = cleanString(document.querySelector('title')?.textContent);
  const h1 = cleanString(document.querySelector('h1')?.textContent);
  const title = str(ld('headline')) ?? metaContent(document, 'og:title', 'twitter:title') ?? h1 ?? docTitle;

  const published =
    str(ld('datePublished')) ??
    metaContent(document, 'article:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued') ??
    cleanString(document.querySelector('time[datetime]')?.getAttribute('datetime'));

  const description = str(ld('description')) ?? metaContent(document, 'og:description', 'description', 'twitter:description');
  const byline = nameOf(ld('author')) ?? metaContent(document, 'author', 'article:author');
  const siteName =
    metaContent(document, 'og:site_name', 'application-name') ??
    nameOf(ld('publisher')) ??
    (site ? str(site['name']) : null);
  const articleBody = typeof ld('articleBody') === 'string' ? (ld('articleBody') as string) : null;

  return {
    title,
    htmlLang: document.documentElement?.getAttribute('lang') ?? metaContent(document, 'og:locale', 'language', 'content-language'),
    url: url ?? null,
    canonicalUrl,
    subtitle: str(ld('alternativeHeadline')) ?? null,
    description,
    byline,
    published,
    siteName,
    articleBody,
  };
}
