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
 * and listed in the results under `flagged`. Per MB is a hard yardstick for inputs of tiny lines
 * or elements (a 4-character line costs a line's work), so each input is also timed at a quarter
 * of its size: `growth` is the exponent of time over size between the two (1 is linear, 2
 * quadratic), and an input that grows faster than `maxGrowth` is flagged as super-linear.
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
  /**
   * Flag an input whose time grows faster than size^maxGrowth from a quarter of its size to all
   * of it. A quadratic step shows as 2; linear work shows up to about 1.5 here, because a larger
   * input's objects outlive the young generation and the CPU caches (garbage collection counts).
   */
  maxGrowth: 1.75,
  /** The smaller size the growth is measured from, as a share of the full input. */
  growthFrom: 0.25,
  /** Inputs shorter than this (characters) get no growth: their time is mostly the call's own. */
  minGrowthChars: 10_000,
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

/** Whether two results are of one kind: the same words, numbers aside ("19992 blocks", "4992 blocks"). */
const sameKind = (a, b) => String(a).replace(/[\d,.]+/g, '#') === String(b).replace(/[\d,.]+/g, '#');

/** Exponent of time over size between two measurements (1: linear), or null when the sizes do not differ enough to tell. */
function growthOf(chars, ms, smallChars, smallMs) {
  if (chars < PATHOLOGICAL.minGrowthChars || smallChars > chars * 0.5 || !(smallMs > 0)) return null;
  return r2(Math.log(ms / smallMs) / Math.log(chars / smallChars));
}

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

/**
 * Median milliseconds per call of `fn()` (after one untimed call), and its last result; also the
 * least CPU time of a call (`minCpuMs`): on a busy machine the wall time of a call includes
 * other processes' turns, its CPU time does not.
 */
async function time(fn) {
  let result = await fn();
  const runs = [];
  const start = performance.now();
  let minCpuMs = Infinity;
  while (runs.length < PATHOLOGICAL.minRuns || performance.now() - start < PATHOLOGICAL.minMs) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    result = await fn();
    const cpu = process.cpuUsage(cpu0);
    runs.push(performance.now() - t0);
    minCpuMs = Math.min(minCpuMs, (cpu.user + cpu.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], minCpuMs, result };
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
/** `n` scaled by `s` (the builders below take the share of their full size to build, 1 by default). */
const at = (n, s) => Math.max(1, Math.round(n * s));
const nested = (tag, n, inner, close = true) => `<html lang="de"><body>${`<${tag}>`.repeat(n)}${inner}${close ? `</${tag}>`.repeat(n) : ''}</body></html>`;

const CLEAN_INPUTS = [
  ["'A-' × 50,000 then ' (dpa) x'", (s = 1) => 'A-'.repeat(at(50_000, s)) + ' (dpa) x'],
  ["'Mehr 1 ' × 17", (s = 1) => 'Mehr 1 '.repeat(at(17, s)) + 'x'],
  ["'Link kopieren ' × 8", (s = 1) => 'Link kopieren '.repeat(at(8, s)) + 'x'],
  ['100,000 periods', (s = 1) => '.'.repeat(at(100_000, s))],
  ['quotes around a period', (s = 1) => '"'.repeat(at(50_000, s)) + '.' + '"'.repeat(at(50_000, s))],
  ["'• ' × 50,000", (s = 1) => '• '.repeat(at(50_000, s))],
  ['a 20,000-bullet box', (s = 1) => 'Zusammenfassung\n' + '• a\n'.repeat(at(20_000, s))],
  ["'Von ' then 'Max ' × 30,000", (s = 1) => 'Von ' + 'Max '.repeat(at(30_000, s))],
  ['100,000 newlines', (s = 1) => '\n'.repeat(at(100_000, s))],
  ['one 200,000-character word', (s = 1) => 'x'.repeat(at(200_000, s))],
  ["'Teilen' lines × 40,000", (s = 1) => 'Teilen\n'.repeat(at(40_000, s))],
  ['15,000 one-bullet boxes', (s = 1) => 'Zusammenfassung\n• a\n\n'.repeat(at(15_000, s))],
];

const SEGMENT_INPUTS = [
  ['news-like text', (s = 1) => 'Am 3. Oktober kam Dr. Müller z. B. um 14.30 Uhr. „Ja?!“ … '.repeat(at(MB / 60, s))],
  ['one long word', (s = 1) => 'a'.repeat(at(MB, s))],
  ['only periods', (s = 1) => '.'.repeat(at(MB, s))],
  ['period-space runs', (s = 1) => '. '.repeat(at(MB / 2, s))],
  ['colons after a long word', (s = 1) => `${'x'.repeat(at(MB / 2, s))}${': '.repeat(at(MB / 4, s))}`],
  ['short lines', (s = 1) => 'Zeile ohne Punkt\n'.repeat(at(MB / 17, s))],
  ['blank-line runs', (s = 1) => 'Satz\n \n\n'.repeat(at(MB / 8, s))],
  ['abbreviation chains', (s = 1) => 'z. '.repeat(at(MB / 3, s))],
];

// English text reaches rule 2b (sentence ends lost where captions or paragraphs were glued).
const SEGMENT_EN_INPUTS = [
  ['short paragraphs', (s = 1) => 'A cat sat there.\n\n'.repeat(at(MB / 18, s))],
  ['openers after words', (s = 1) => 'driving The brother '.repeat(at(MB / 20, s))],
  ['glued periods', (s = 1) => 'the late MP.The '.repeat(at(MB / 16, s))],
  ['space runs after a word', (s = 1) => `a${' '.repeat(at(MB / 2, s))}The b`],
];

const EXTRACT_INPUTS = [
  ['2,000 nested <div>s', (s = 1) => nested('div', at(2000, s), ARTICLE)],
  ['8,000 nested <div>s', (s = 1) => nested('div', at(8000, s), ARTICLE)],
  ['100,000 nested <div>s', (s = 1) => nested('div', at(100_000, s), ARTICLE)],
  ['100,000 unclosed <span>s', (s = 1) => nested('span', at(100_000, s), ARTICLE, false)],
  ['100,000 nested <b>s inside a paragraph', (s = 1) => `<html><body><p>${'<b>'.repeat(at(100_000, s))}x</p>${ARTICLE}</body></html>`],
  ['40,000 <br>s after text', (s = 1) => `<html><body><article>${ARTICLE}${'Zeile<br>'.repeat(at(40_000, s))}</article></body></html>`],
  ['40,000 <br>s in a row', (s = 1) => `<html><body><div>${'<br>'.repeat(at(40_000, s))}${ARTICLE}</div></body></html>`],
  ['45,000 empty inline elements', (s = 1) => `<html><body><article>${ARTICLE}${'<i>x</i>'.repeat(at(45_000, s))}</article></body></html>`],
  ['300,000 elements', (s = 1) => `<html><body><article>${ARTICLE}${'<i></i>'.repeat(at(300_000, s))}</article></body></html>`],
  ['<svg><style/></svg> then 200,000 <div>s', (s = 1) => `<html><body><svg><style/></svg>${'<div>'.repeat(at(200_000, s))}${ARTICLE}</body></html>`],
  ['<svg><script/></svg> then 100,000 <div>s', (s = 1) => `<html><body><svg><script/></svg>${'<div>'.repeat(at(100_000, s))}${ARTICLE}</body></html>`],
  ["'<div></b>' × 49,990", (s = 1) => `<html><body>${'<div></b>'.repeat(at(49_990, s))}${ARTICLE}</body></html>`],
  ['49,990 <caption>s', (s = 1) => `<html><body>${'<caption>'.repeat(at(49_990, s))}${ARTICLE}</body></html>`],
  ['49,990 <colgroup>s in a table', (s = 1) => `<html><body><table>${'<colgroup>'.repeat(at(49_990, s))}</table>${ARTICLE}</body></html>`],
  ['999 <div>s then 4,000,000 stray </b>s', (s = 1) => `<html><body>${'<div>'.repeat(at(999, s))}${ARTICLE}${'</b>'.repeat(at(4_000_000, s))}</body></html>`],
  ['20,000 teaser cards', (s = 1) => `<html><body><h1>T</h1>${ARTICLE}${Array.from({ length: at(20_000, s) }, (_, i) => `<h3><a href="/a${i}">Karte ${i}</a></h3>`).join('')}</body></html>`],
  ['the article inside 900 nested <div>s', (s = 1) => nested('div', at(900, s), ARTICLE)],
];

const MARKUP_INPUTS = [
  ['170,000 unclosed <span>s and an unclosed <script>', (s = 1) => '<span>'.repeat(at(170_000, s)) + '<script>' + 'x'.repeat(at(100_000, s))],
  ['999 <div>s then 4,000,000 stray </b>s', (s = 1) => '<div>'.repeat(at(999, s)) + '</b>'.repeat(at(4_000_000, s))],
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
    for (const [label, build, options] of inputs) {
      const input = build();
      const { ms, minCpuMs, result: got } = await time(() => call(input));
      const result = got instanceof KernpunkteError ? got.code : describe(got);
      const msPerMB = (ms * MB) / input.length;
      const ordinaryMsPerMB = await ordinary.msPerMB(input.length);
      const ratio = msPerMB / ordinaryMsPerMB;
      const small = options?.growth === false || input.length < PATHOLOGICAL.minGrowthChars ? input : build(PATHOLOGICAL.growthFrom);
      let growth = null;
      if (small.length <= input.length * 0.5) {
        // The least CPU time per call: what other work on the machine does says nothing about growth.
        const { minCpuMs: smallMs, result: smallGot } = await time(() => call(small));
        const smallResult = smallGot instanceof KernpunkteError ? smallGot.code : describe(smallGot);
        // Only where both sizes take the same path ("N blocks" both, or the same refusal): a smaller
        // input that is refused or has no article does other work, and says nothing about growth.
        if (sameKind(result, smallResult)) growth = growthOf(input.length, minCpuMs, small.length, smallMs);
      }
      const row = { stage: name, input: label, chars: input.length, ms: r2(ms), msPerMB: r1(msPerMB), ordinaryMsPerMB: r1(ordinaryMsPerMB), ratio: r2(ratio), growth, result, flagged: ratio > PATHOLOGICAL.flagRatio, superLinear: growth !== null && growth > PATHOLOGICAL.maxGrowth };
      rows.push(row);
      if (row.flagged) log(`bench: pathological: FLAG ${name}: ${label}: ${row.msPerMB} ms/MB, ${row.ratio}× ordinary (${row.ordinaryMsPerMB} ms/MB), growth ${growth ?? '–'}`);
      if (row.superLinear) log(`bench: pathological: SUPER-LINEAR ${name}: ${label}: time grows as size^${growth}`);
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
  const splitEn = (text) => splitSentences(text, { lang: 'en' });
  await stage('segment (en)', splitEn, (s) => `${s.length} sentences`, SEGMENT_EN_INPUTS, sameLength(splitEn));
  const extractPage = (html) => extract(html);
  const ordinaryPages = realPages(extractPage);
  await stage('extract', extractPage, (a) => (a ? 'article' : 'null'), EXTRACT_INPUTS, ordinaryPages);
  // loadArticle({ html }) is extract() and a check: the real pages' extract time is its baseline.
  // It refuses oversized HTML before parsing, so per MB it is far cheaper than a real page.
  const load = (html) => loadArticle({ html });
  // Refused by its size before any parsing: no growth to measure.
  const huge = [['a 50 MB HTML string', () => '<html><body>' + '<p>Text</p>'.repeat(5 * 1024 * 1024) + '</body></html>', { growth: false }]];
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
    const { ms, minCpuMs, result } = await time(() => blocksOf(brs));
    const smallBrs = parsed(`<html><body><div>${'Zeile<br>'.repeat(10_000)}</div></body></html>`);
    const growth = growthOf(brChars, minCpuMs, 10_000 * 'Zeile<br>'.length, (await time(() => blocksOf(smallBrs))).minCpuMs);
    let ordinaryMs = 0;
    for (const page of pages) {
      const doc = parsed(page); // one parsed page at a time: 60 trees at once would take GBs
      ordinaryMs += (await time(() => blocksOf(doc))).ms;
    }
    const ordinaryMsPerMB = (ordinaryMs * MB) / pageChars;
    const msPerMB = (ms * MB) / brChars;
    const ratio = msPerMB / ordinaryMsPerMB;
    stages.push({ name: 'collectBlocks', ordinary: `${pages.length} real news pages, parsed beforehand`, ordinaryMsPerMB: r1(ordinaryMsPerMB) });
    const row = { stage: 'collectBlocks', input: '40,000 <br>s in one <div>', chars: brChars, ms: r2(ms), msPerMB: r1(msPerMB), ordinaryMsPerMB: r1(ordinaryMsPerMB), ratio: r2(ratio), growth, result: `${result.length} blocks`, flagged: ratio > PATHOLOGICAL.flagRatio, superLinear: growth !== null && growth > PATHOLOGICAL.maxGrowth };
    rows.push(row);
    if (row.flagged) log(`bench: pathological: FLAG collectBlocks: ${row.input}: ${row.msPerMB} ms/MB, ${row.ratio}× ordinary`);
  }

  const flagged = rows.filter((r) => r.flagged).map((r) => `${r.stage}: ${r.input} (${r.ratio}×)`);
  const superLinear = rows.filter((r) => r.superLinear).map((r) => `${r.stage}: ${r.input} (size^${r.growth})`);
  return { flagRatio: PATHOLOGICAL.flagRatio, maxGrowth: PATHOLOGICAL.maxGrowth, stages, rows, flagged, superLinear, worst: rows.reduce((w, r) => (r.ratio > (w?.ratio ?? -1) ? r : w), null) };
}

export function toMarkdown(result) {
  const lines = [
    '# Pathological input',
    '',
    `Crafted inputs from the unit tests, timed per MB (2^20 characters; median of at least ${PATHOLOGICAL.minRuns} calls) against ordinary input per MB in the same run. Flagged: more than ${result.flagRatio}× slower per MB than ordinary input.`,
    '',
    `Growth: each input is also timed at ${PATHOLOGICAL.growthFrom * 100}% of its size; the column is the exponent of time over size between the two (least CPU time of a call) (1 linear, 2 quadratic; "–" for inputs under ${PATHOLOGICAL.minGrowthChars} characters). Super-linear: above ${result.maxGrowth ?? PATHOLOGICAL.maxGrowth}. Inputs of tiny lines or elements can be slow per MB and still linear: each line costs a line's work.`,
    '',
    '| stage | ordinary input | ordinary ms/MB |',
    '| --- | --- | ---: |',
    ...result.stages.map((s) => `| ${s.name} | ${s.ordinary} | ${s.ordinaryMsPerMB} |`),
    '',
    '| stage | input | chars | ms | ms/MB | × ordinary | growth | result | flag |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...result.rows.map((r) => `| ${r.stage} | ${r.input.replaceAll('|', '\\|')} | ${r.chars} | ${r.ms} | ${r.msPerMB} | ${r.ratio} | ${r.growth ?? '–'} | ${r.result} | ${[r.flagged ? '**slow**' : '', r.superLinear ? '**super-linear**' : ''].filter(Boolean).join(', ')} |`),
    '',
    result.flagged.length ? `**Flagged (${result.flagged.length}):** ${result.flagged.join('; ')}.` : `No input over ${result.flagRatio}× ordinary per MB; worst: ${result.worst ? `${result.worst.stage}: ${result.worst.input}, ${result.worst.ratio}×` : '–'}.`,
    (result.superLinear ?? []).length ? `**Super-linear (${result.superLinear.length}):** ${result.superLinear.join('; ')}.` : `No input grows faster than size^${result.maxGrowth ?? PATHOLOGICAL.maxGrowth}.`,
  ];
  return lines.join('\n') + '\n';
}
