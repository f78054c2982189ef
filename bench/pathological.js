/**
 * Crafted inputs must cost about what ordinary text of their size costs: no regex blow-up in
 * cleaning, no quadratic split in segmentation, no parser or tree walk that goes depth × size
 * in extraction. The unit tests check what these inputs give (src/clean/property.test.ts,
 * src/segment/segment.test.ts, test/extract/limits.test.ts, test/extract/load.test.ts); this
 * part times the same inputs and sets each one's time per MB against ordinary input's time
 * per MB, measured in the same run:
 * - clean, segment: ordinary text of the same length (news articles of the data sets, joined);
 * - extract, markupStats, collectBlocks: the real news pages of html-de-fundus.
 * An input more than `flagRatio` times slower per MB than ordinary input is flagged: printed,
 * and listed in the results under `flagged`.
 *
 * Library use: `import { run } from './pathological.js'; const result = await run({ log })`.
 * Standalone:  `npm run build && node bench/run.js pathological`.
 * "MB" here is 2^20 characters (most inputs are ASCII).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
const DIST = join(REPO, 'dist');

/** Tuning numbers of this part. */
export const PATHOLOGICAL = Object.freeze({
  /** Flag an input that is more than this many times slower per MB than ordinary input. */
  flagRatio: 10,
  /** Each input is timed at least this many times (after one untimed call); the median counts. */
  minRuns: 3,
  /** …and until this much time has passed, so that tiny inputs are timed over many calls. */
  minMs: 100,
  /** Ordinary text for clean and segment: news articles, joined (German first). */
  textSets: ['../shared/data/de-news-teaser-fundus.jsonl', '../shared/data/en-cnndm-frank.jsonl'],
  /** Ordinary pages for the HTML stages. */
  htmlSet: '../shared/data/html-de-fundus.jsonl',
});

const MB = 1 << 20;
const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;

function readJsonl(path, field) {
  const file = resolve(REPO, path);
  if (!existsSync(file)) return [];
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line)[field];
      if (typeof v === 'string' && v) out.push(v);
    } catch {
      // A broken line is no input; the data sets are checked elsewhere.
    }
  }
  return out;
}

/** Median milliseconds per call of `fn()` (after one untimed call), and its last result. */
async function time(fn) {
  let result = await fn();
  const runs = [];
  const start = performance.now();
  while (runs.length < PATHOLOGICAL.minRuns || performance.now() - start < PATHOLOGICAL.minMs) {
    const t0 = performance.now();
    result = await fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], result };
}

/** `call`, with a coded refusal (a KernpunkteError) returned instead of thrown; anything else throws. */
const settle = (call, KernpunkteError) => async (input) => {
  try {
    return await call(input);
  } catch (e) {
    if (e instanceof KernpunkteError) return e;
    throw e;
  }
};

// The inputs of the unit tests named above, kept in step with them.
const ARTICLE = [0, 1, 2, 3]
  .map((i) => `<p>Absatz ${i}: Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung des Schienenverkehrs beschlossen, das in den kommenden Jahren Milliarden umfassen soll.</p>`)
  .join('');
const nested = (tag, n, inner, close = true) => `<html lang="de"><body>${`<${tag}>`.repeat(n)}${inner}${close ? `</${tag}>`.repeat(n) : ''}</body></html>`;

const CLEAN_INPUTS = [
  ["'A-' × 50,000 then ' (dpa) x'", () => 'A-'.repeat(50_000) + ' (dpa) x'],
  ["'Mehr 1 ' × 17", () => 'Mehr 1 '.repeat(17) + 'x'],
  ["'Link kopieren ' × 8", () => 'Link kopieren '.repeat(8) + 'x'],
  ['100,000 periods', () => '.'.repeat(100_000)],
  ['quotes around a period', () => '"'.repeat(50_000) + '.' + '"'.repeat(50_000)],
  ["'• ' × 50,000", () => '• '.repeat(50_000)],
  ['a 20,000-bullet box', () => 'Zusammenfassung\n' + '• a\n'.repeat(20_000)],
  ["'Von ' then 'Max ' × 30,000", () => 'Von ' + 'Max '.repeat(30_000)],
  ['100,000 newlines', () => '\n'.repeat(100_000)],
  ['one 200,000-character word', () => 'x'.repeat(200_000)],
  ["'Teilen' lines × 40,000", () => 'Teilen\n'.repeat(40_000)],
  ['15,000 one-bullet boxes', () => 'Zusammenfassung\n• a\n\n'.repeat(15_000)],
];

const SEGMENT_INPUTS = [
  ['news-like text', () => 'Am 3. Oktober kam Dr. Müller z. B. um 14.30 Uhr. „Ja?!“ … '.repeat(MB / 60)],
  ['one long word', () => 'a'.repeat(MB)],
  ['only periods', () => '.'.repeat(MB)],
  ['period-space runs', () => '. '.repeat(MB / 2)],
  ['colons after a long word', () => `${'x'.repeat(MB / 2)}${': '.repeat(MB / 4)}`],
  ['short lines', () => 'Zeile ohne Punkt\n'.repeat(MB / 17)],
  ['blank-line runs', () => 'Satz\n \n\n'.repeat(MB / 8)],
  ['abbreviation chains', () => 'z. '.repeat(MB / 3)],
];

const EXTRACT_INPUTS = [
  ['2,000 nested <div>s', () => nested('div', 2000, ARTICLE)],
  ['8,000 nested <div>s', () => nested('div', 8000, ARTICLE)],
  ['100,000 nested <div>s', () => nested('div', 100_000, ARTICLE)],
  ['100,000 unclosed <span>s', () => nested('span', 100_000, ARTICLE, false)],
  ['100,000 nested <b>s inside a paragraph', () => `<html><body><p>${'<b>'.repeat(100_000)}x</p>${ARTICLE}</body></html>`],
  ['40,000 <br>s after text', () => `<html><body><article>${ARTICLE}${'Zeile<br>'.repeat(40_000)}</article></body></html>`],
  ['40,000 <br>s in a row', () => `<html><body><div>${'<br>'.repeat(40_000)}${ARTICLE}</div></body></html>`],
  ['45,000 empty inline elements', () => `<html><body><article>${ARTICLE}${'<i>x</i>'.repeat(45_000)}</article></body></html>`],
  ['300,000 elements', () => `<html><body><article>${ARTICLE}${'<i></i>'.repeat(300_000)}</article></body></html>`],
  ['<svg><style/></svg> then 200,000 <div>s', () => `<html><body><svg><style/></svg>${'<div>'.repeat(200_000)}${ARTICLE}</body></html>`],
  ['<svg><script/></svg> then 100,000 <div>s', () => `<html><body><svg><script/></svg>${'<div>'.repeat(100_000)}${ARTICLE}</body></html>`],
  ["'<div></b>' × 49,990", () => `<html><body>${'<div></b>'.repeat(49_990)}${ARTICLE}</body></html>`],
  ['49,990 <caption>s', () => `<html><body>${'<caption>'.repeat(49_990)}${ARTICLE}</body></html>`],
  ['49,990 <colgroup>s in a table', () => `<html><body><table>${'<colgroup>'.repeat(49_990)}</table>${ARTICLE}</body></html>`],
  ['999 <div>s then 4,000,000 stray </b>s', () => `<html><body>${'<div>'.repeat(999)}${ARTICLE}${'</b>'.repeat(4_000_000)}</body></html>`],
  ['20,000 teaser cards', () => `<html><body><h1>T</h1>${ARTICLE}${Array.from({ length: 20_000 }, (_, i) => `<h3><a href="/a${i}">Karte ${i}</a></h3>`).join('')}</body></html>`],
  ['the article inside 900 nested <div>s', () => nested('div', 900, ARTICLE)],
];

const MARKUP_INPUTS = [
  ['170,000 unclosed <span>s and an unclosed <script>', () => '<span>'.repeat(170_000) + '<script>' + 'x'.repeat(100_000)],
  ['999 <div>s then 4,000,000 stray </b>s', () => '<div>'.repeat(999) + '</b>'.repeat(4_000_000)],
];

export async function run({ log = () => {} } = {}) {
  if (!existsSync(join(DIST, 'extract', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const { cleanText } = await import(join(DIST, 'clean', 'index.js'));
  const { splitSentences } = await import(join(DIST, 'segment', 'index.js'));
  const { extract, loadArticle } = await import(join(DIST, 'extract', 'index.js'));
  const { markupStats } = await import(join(DIST, 'extract', '00-limits.js'));
  const { collectBlocks } = await import(join(DIST, 'extract', 'dom.js'));
  const { parseHTML } = await import('linkedom');
  const { KernpunkteError } = await import(join(DIST, 'errors.js'));

  const texts = PATHOLOGICAL.textSets.flatMap((p) => readJsonl(p, 'text'));
  const pages = readJsonl(PATHOLOGICAL.htmlSet, 'html');
  if (!texts.length || !pages.length) throw new Error(`ordinary input is missing: ${[...PATHOLOGICAL.textSets, PATHOLOGICAL.htmlSet].join(', ')}`);
  const corpus = texts.join('\n\n');
  /** Ordinary news text of exactly `n` characters (the data sets joined, repeated if need be). */
  const ordinaryText = (n) => corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n);
  const pageChars = pages.reduce((s, p) => s + p.length, 0);

  /** ms per MB of `fn` over all real pages, each timed on its own (a page without an article counts too). */
  async function pagesMsPerMB(fn) {
    const call = settle(fn, KernpunkteError);
    let ms = 0;
    for (const page of pages) ms += (await time(() => call(page))).ms;
    return (ms * MB) / pageChars;
  }

  const stages = [];
  const rows = [];
  async function stage(name, rawCall, describe, inputs, ordinary) {
    log(`bench: pathological: ${name} …`);
    const call = settle(rawCall, KernpunkteError);
    const info = { name, ordinary: ordinary.what, ordinaryMsPerMB: null };
    stages.push(info);
    for (const [label, build] of inputs) {
      const input = build();
      const { ms, result: got } = await time(() => call(input));
      const result = got instanceof KernpunkteError ? got.code : describe(got);
      const msPerMB = (ms * MB) / input.length;
      const ordinaryMsPerMB = await ordinary.msPerMB(input.length);
      const ratio = msPerMB / ordinaryMsPerMB;
      const row = { stage: name, input: label, chars: input.length, ms: r2(ms), msPerMB: r1(msPerMB), ordinaryMsPerMB: r1(ordinaryMsPerMB), ratio: r2(ratio), result, flagged: ratio > PATHOLOGICAL.flagRatio };
      rows.push(row);
      if (row.flagged) log(`bench: pathological: FLAG ${name}: ${label}: ${row.msPerMB} ms/MB, ${row.ratio}× ordinary (${row.ordinaryMsPerMB} ms/MB)`);
    }
    info.ordinaryMsPerMB = r1(await ordinary.msPerMB(MB));
  }

  /** Same-length ordinary text, timed once per length. */
  const sameLength = (call) => {
    const cache = new Map();
    const settled = settle(call, KernpunkteError);
    return {
      what: 'news text of the same length',
      async msPerMB(n) {
        if (!cache.has(n)) {
          const text = ordinaryText(n);
          cache.set(n, ((await time(() => settled(text))).ms * MB) / n);
        }
        return cache.get(n);
      },
    };
  };
  /** The real pages, timed once. */
  const realPages = (call) => {
    let value = null;
    return {
      what: `${pages.length} real news pages (${r1(pageChars / MB)} MB)`,
      async msPerMB() {
        value ??= await pagesMsPerMB(call);
        return value;
      },
    };
  };

  const clean = (text) => cleanText(text);
  await stage('clean', clean, (a) => `${a.blocks.length} blocks`, CLEAN_INPUTS, sameLength(clean));
  const split = (text) => splitSentences(text, { lang: 'de' });
  await stage('segment', split, (s) => `${s.length} sentences`, SEGMENT_INPUTS, sameLength(split));
  const extractPage = (html) => extract(html);
  const ordinaryPages = realPages(extractPage);
  await stage('extract', extractPage, (a) => (a ? 'article' : 'null'), EXTRACT_INPUTS, ordinaryPages);
  // loadArticle({ html }) is extract() and a check: the real pages' extract time is its baseline.
  // It refuses oversized HTML before parsing, so per MB it is far cheaper than a real page.
  const load = (html) => loadArticle({ html });
  const huge = [['a 50 MB HTML string', () => '<html><body>' + '<p>Text</p>'.repeat(5 * 1024 * 1024) + '</body></html>']];
  await stage('loadArticle', load, () => 'article', huge, ordinaryPages);
  const scan = (html) => markupStats(html);
  await stage('markupStats', scan, (s) => `depth ${s.depth}, ${s.elements} elements, ${s.endTags} end tags${s.stopped ? ', stopped' : ''}`, MARKUP_INPUTS, realPages(scan));
  // collectBlocks alone, on a tree parsed beforehand: the walk, not the parser.
  const blocksOf = (doc) => collectBlocks(doc.body);
  const parsed = (html) => parseHTML(html).document;
  const brs = parsed(`<html><body><div>${'Zeile<br>'.repeat(40_000)}</div></body></html>`);
  const brChars = 40_000 * 'Zeile<br>'.length;
  {
    log('bench: pathological: collectBlocks …');
    const { ms, result } = await time(() => blocksOf(brs));
    let ordinaryMs = 0;
    for (const page of pages) {
      const doc = parsed(page); // one parsed page at a time: 60 trees at once would take GBs
      ordinaryMs += (await time(() => blocksOf(doc))).ms;
    }
    const ordinaryMsPerMB = (ordinaryMs * MB) / pageChars;
    const msPerMB = (ms * MB) / brChars;
    const ratio = msPerMB / ordinaryMsPerMB;
    stages.push({ name: 'collectBlocks', ordinary: `${pages.length} real news pages, parsed beforehand`, ordinaryMsPerMB: r1(ordinaryMsPerMB) });
    const row = { stage: 'collectBlocks', input: '40,000 <br>s in one <div>', chars: brChars, ms: r2(ms), msPerMB: r1(msPerMB), ordinaryMsPerMB: r1(ordinaryMsPerMB), ratio: r2(ratio), result: `${result.length} blocks`, flagged: ratio > PATHOLOGICAL.flagRatio };
    rows.push(row);
    if (row.flagged) log(`bench: pathological: FLAG collectBlocks: ${row.input}: ${row.msPerMB} ms/MB, ${row.ratio}× ordinary`);
  }

  const flagged = rows.filter((r) => r.flagged).map((r) => `${r.stage}: ${r.input} (${r.ratio}×)`);
  return { flagRatio: PATHOLOGICAL.flagRatio, stages, rows, flagged, worst: rows.reduce((w, r) => (r.ratio > (w?.ratio ?? -1) ? r : w), null) };
}

export function toMarkdown(result) {
  const lines = [
    '# Pathological input',
    '',
    `Crafted inputs from the unit tests, timed per MB (2^20 characters; median of at least ${PATHOLOGICAL.minRuns} calls) against ordinary input per MB in the same run. Flagged: more than ${result.flagRatio}× slower per MB than ordinary input.`,
    '',
    '| stage | ordinary input | ordinary ms/MB |',
    '| --- | --- | ---: |',
    ...result.stages.map((s) => `| ${s.name} | ${s.ordinary} | ${s.ordinaryMsPerMB} |`),
    '',
    '| stage | input | chars | ms | ms/MB | × ordinary | result | flag |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...result.rows.map((r) => `| ${r.stage} | ${r.input.replaceAll('|', '\\|')} | ${r.chars} | ${r.ms} | ${r.msPerMB} | ${r.ratio} | ${r.result} | ${r.flagged ? '**slow**' : ''} |`),
    '',
    result.flagged.length ? `**Flagged (${result.flagged.length}):** ${result.flagged.join('; ')}.` : `No input over ${result.flagRatio}× ordinary per MB; worst: ${result.worst ? `${result.worst.stage}: ${result.worst.input}, ${result.worst.ratio}×` : '–'}.`,
  ];
  return lines.join('\n') + '\n';
}
