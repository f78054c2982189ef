/**
 * A/B of two builds of the library on the bench articles, in one process: how much faster B is
 * than A, per article, for a speed change. Each article runs A, B, B, A (or B, A, A, B) in every
 * round, and each build's time is the sum over the articles of each article's fastest round:
 * the fastest of many runs leaves out what preemption and other work on the machine add, so the
 * ratio holds on a loaded machine where a mean does not. Run it both ways round (A/B and B/A)
 * before believing a difference of a few per cent.
 *   npm run build && cp -r dist /tmp/dist-before      # the build to compare against
 *   (make the change) && npm run build
 *   node bench/ab.js /tmp/dist-before dist            # the default method, whole summaries
 *   node bench/ab.js /tmp/dist-before dist --part clean --rounds 30
 * Parts: summary (summarizeText, as the speed bench calls it; --method picks the method),
 * clean (cleanText), sentences (articleSentences of the cleaned article).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadArticles } from './summarizers.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    part: { type: 'string', default: 'summary' },
    method: { type: 'string', default: 'kernpunkte' },
    rounds: { type: 'string', default: '15' },
  },
});
if (positionals.length !== 2 || !['summary', 'clean', 'sentences'].includes(values.part)) {
  process.stderr.write('usage: node bench/ab.js DIST_A DIST_B [--part summary|clean|sentences] [--method NAME] [--rounds N]\n');
  process.exit(2);
}
const rounds = Math.max(1, Number(values.rounds) || 15);
const load = async (dist) => {
  const root = pathToFileURL(resolve(dist)).href;
  return { lib: await import(`${root}/index.js`), articleSentences: (await import(`${root}/sentences/index.js`)).articleSentences };
};
const builds = [await load(positionals[0]), await load(positionals[1])];
const articles = loadArticles();
if (articles.length === 0) throw new Error('no articles: ../shared/data is missing');
// The sentences part starts from the article as A cleans it, the same input for both builds.
const cleaned = articles.map((a) => ({ ...builds[0].lib.cleanText(a.text, { lang: a.lang, title: a.title ?? null }), lang: a.lang }));

let sink = 0;
function once(build, k) {
  const a = articles[k];
  if (values.part === 'clean') sink += build.lib.cleanText(a.text, { lang: a.lang, title: a.title ?? null }).blocks.length;
  else if (values.part === 'sentences') sink += build.articleSentences(cleaned[k]).length;
  else sink += build.lib.summarizeText({ text: a.text, title: a.title ?? null, lang: a.lang }, { method: values.method, bullets: 3, lang: a.lang }).bullets.length;
}

const fastest = [new Float64Array(articles.length).fill(Infinity), new Float64Array(articles.length).fill(Infinity)];
for (let warm = 0; warm < 3; warm++) for (let k = 0; k < articles.length; k++) for (const b of [0, 1]) once(builds[b], k);
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < articles.length; k++) {
    for (const b of (r + k) % 2 === 0 ? [0, 1, 1, 0] : [1, 0, 0, 1]) {
      const t0 = process.hrtime.bigint();
      once(builds[b], k);
      const ns = Number(process.hrtime.bigint() - t0);
      if (ns < fastest[b][k]) fastest[b][k] = ns;
    }
  }
}
const total = (times) => times.reduce((s, t) => s + t, 0) / articles.length / 1000;
const [a, b] = [total(fastest[0]), total(fastest[1])];
const what = values.part === 'summary' ? `${values.method} summaries` : values.part;
console.log(`${what}, ${articles.length} articles, fastest of ${rounds} rounds each: A ${a.toFixed(1)} µs, B ${b.toFixed(1)} µs per article; B is ${(a / b).toFixed(3)} × as fast as A${sink > 0 ? '' : ' (no output?)'}`);
