/**
 * Real articles from the shared evaluation data (../shared/data relative to the repo root),
 * read at run time and never copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SharedArticle {
  id: string;
  lang: string;
  title: string | null;
  text: string;
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export function loadArticles(sets: string[] = ['de-news-teaser-fundus', 'en-cnndm-frank']): SharedArticle[] {
  return sets.flatMap((set) =>
    readFileSync(`${SHARED_DATA}${set}.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const r = JSON.parse(line) as SharedArticle;
        return { id: r.id, lang: r.lang, title: r.title, text: r.text };
      }),
  );
}

/** `count` batch records cycling through the articles, each with a distinct id. */
export function batchRecords(count: number, articles: SharedArticle[] = loadArticles()): Array<{ id: string; title?: string; text: string }> {
  const out: Array<{ id: string; title?: string; text: string }> = [];
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    out.push({ id: `r${i}-${a.id}`, ...(a.title ? { title: a.title } : {}), text: a.text });
  }
  return out;
}
