/**
 * Behaviour fingerprint of a build, for speed work that must not change any output: a SHA-256
 * per development set of the full Summary JSON of every method and of the option sets below,
 * and of every article's cleaned text, sentences and detected language. Equal lines before and
 * after a change: the same output, to the character, on every development article.
 *   npm run build && node bench/hashes.js > /tmp/before.txt
 *   (make the change) && npm run build && node bench/hashes.js | diff /tmp/before.txt - && echo same
 *   node bench/hashes.js /tmp/dist-before    # another build
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(REPO, '..', 'shared', 'data');
const SETS = ['de-news-teaser-fundus', 'xx-news-teaser-fundus', 'en-cnndm-frank', 'en-xsum-frank'];

const dist = resolve(process.argv[2] ?? join(REPO, 'dist'));
const root = pathToFileURL(dist).href;
const lib = await import(`${root}/index.js`);
const optionSets = [...lib.methods().map((m) => ({ method: m.name })), { bullets: 5 }, { type: 'tldr' }, { type: 'headline' }, { length: 'long' }, { maxWordsPerBullet: 20 }, { wholeSentences: true }];

const digest = (parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};
/** The outcome as text: the summary's JSON, or the error's code (bad input gives coded errors). */
const outcome = (run) => {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return `ERR ${e?.code ?? e?.message}`;
  }
};

for (const set of SETS) {
  const file = join(DATA, `${set}.jsonl`);
  if (!existsSync(file)) {
    console.log(`${set.padEnd(24)} missing`);
    continue;
  }
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  for (const options of optionSets) {
    console.log(set.padEnd(24), JSON.stringify(options).padEnd(34), digest(rows.map((r) => outcome(() => lib.summarizeText({ text: r.text, title: r.title ?? null }, options)))));
  }
  const stages = rows.map((r) => {
    const lang = lib.detectLanguage(r.text);
    const cleaned = lib.cleanText(r.text, { title: r.title ?? null });
    return `${lang}\n${JSON.stringify(cleaned)}\n${JSON.stringify(lib.articleSentences({ ...cleaned, lang }))}`;
  });
  console.log(set.padEnd(24), 'detectLanguage+cleanText+sentences'.padEnd(34), digest(stages));
}
