/**
 * Chooses the default scorer's model (src/rank/kernpunkte-weights.ts) on all four development
 * sets and reports it honestly: beside the in-sample numbers, the numbers of models chosen
 * without the set (leave-one-set-out) and without the publisher (leave-publisher-out, five
 * folds of whole publishers; the fundus ids name the publisher, CNN/DM splits into CNN and
 * Daily Mail, XSum is all BBC) that is scored.
 *   npm run fit                  # the search and both left-out evaluations
 *   npm run fit -- --shipped     # only the shipped model and Lead-3, in-sample (fast)
 *   npm run fit -- --wide        # the search with the parameters tried in WIDE_GRID too
 *   npm run fit -- --model-only --restarts 12   # only the search on all sets, with 12 random restarts
 *   npm run fit -- --from-shipped  # the left-out searches start from the shipped model (optimistic, see NEUTRAL)
 *   npm run fit -- --losses      # also where the set-left-out models lose ROUGE-2 to Lead-3, and why (see losses)
 *   npm run fit -- --grid-order 3  # only the grid order shuffled with seed 3 (see GRID), not the best of several
 *   npm run fit -- --orders 1    # every search in the written grid order only (default: the best of 5 orders; see gridOrders)
 * The model is a linear scorer with few weights plus the selection settings. The search is a
 * coordinate search over a small grid (below), maximising the mean over the four sets of
 * ROUGE-1 + ROUGE-2 F1 of the 3 bullets the real selection code picks: every set counts the
 * same, whatever its size, so no language or outlet dominates. Per-article work (cleaning,
 * sentences, features, eligibility, coherence, ROUGE tokens) is done once and cached.
 */
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/clean/index.js';
import { rougeN } from '../src/eval/rouge.js';
import { tokenizerFor } from '../src/eval/score.js';
import { FEATURE_NAMES, buildDocument, scoreFeatures, sentenceFeatures } from '../src/rank/index.js';
import type { RankDocument } from '../src/rank/index.js';
import { MODEL } from '../src/rank/kernpunkte-weights.js';
import { candidateOverlap, OVERLAP } from '../src/rank/overlap.js';
import { wholePartners } from '../src/rank/coherent.js';
import { candidateTailCut, distinctTailCuts, trimmedSentence } from '../src/shape/trim.js';
import { articleSentences } from '../src/sentences/index.js';
import type { Ineligible } from '../src/shape/index.js';
import type { CoherenceReason } from '../src/coherence/index.js';
import { LIMITS, coherenceReasons, eligibilityReasons, pickSentences } from '../src/summarize/index.js';
import { BOOTSTRAP_DEFAULTS, seededRandom } from '../src/eval/bootstrap.js';

export const SETS = ['de-news-teaser-fundus', 'xx-news-teaser-fundus', 'en-cnndm-frank', 'en-xsum-frank'];
const PUBLISHER_FOLDS = 5;
/** Random restarts of the search for the shipped model (`--restarts N`; the left-out searches run without). */
const RESTARTS = Number(process.argv[process.argv.indexOf('--restarts') + 1] ?? 0) || 0;
const BULLETS = 3;

/**
 * `--wide` adds these to the search: a higher content-overlap block (a quotation's stays at
 * OVERLAP.quoteBlock), taking a sentence that does not stand alone made whole with the one
 * before it, and the lead-strength, quotation and phrase features. In-sample they help CNN/DM
 * (41.50 / 18.99 against 41.05 / 18.39) and its publisher-left-out score a little, but they do
 * not lift it above Lead-3 left out, and the other sets' left-out scores drop (the 12-language
 * set's ROUGE-2 below Lead-3's): more freedom, fitted on 491 articles, does not transfer. So the
 * shipped search leaves them out (numbers in the README's Quality section).
 */
const WIDE_GRID: Record<string, number[]> = {
  leadStrength: [0, 5, 10, 20],
  quoted: [0, -1, -2],
  phraseDensity: [0, 1, 2],
  maxOverlap: [0.5, 0.6, 0.7],
  madeWhole: [0, 1],
};

/** The searched values per parameter; the search starts from the shipped model. */
const GRID: Record<string, number[]> = {
  title: [0, 5, 10, 20, 30],
  titleCoverage: [0, 2, 5],
  leadSimilarity: [0, 2, 4],
  centroid: [0, 2, 4],
  numberCount: [0, 1, 2],
  nameCount: [0, 1, 2],
  length: [-2, -1, 0, 1],
  quote: [0, -1, -2, -4],
  anaphora: [0, -1, -2],
  topicDensity: [0, 1, 2, 4],
  entityCentrality: [0, 1, 2, 4],
  newEntities: [0, 1, 2, 4],
  paragraphStart: [0, 1, 2, 4],
  lastParagraph: [0, -1, 1],
  forwardCentrality: [0, 1, 2, 4, 8],
  first: [0, 2, 5],
  redundancy: [0, 0.2, 0.3, 0.5],
  // Bullets must stand alone and state different facts (the block is fixed at the measure's own
  // threshold, OVERLAP.redundant); whether a pronoun opener is passed over or left to the
  // `anaphora` weight is searched under the objective's bound on redundant and flagged summaries.
  toleratePronoun: [0, 1],
  // Bullets trimmed of a tail clause of detail (src/shape/trim.ts), or whole sentences.
  trim: [0, 1],
  ...(process.argv.includes('--wide') ? WIDE_GRID : {}),
};

// `--grid-order N`: the coordinate search visits the parameters only in the order shuffled with
// seed N (see gridOrders). Where it ends depends on the order, so the left-out numbers under a few
// orders show how much of a difference between two left-out tables is the search's own noise.
const GRID_ORDER = Number(process.argv[process.argv.indexOf('--grid-order') + 1] ?? NaN);

export interface Model {
  weights: Record<string, number>;
  redundancy: number;
  /** Content-overlap block; > 1 turns it off. */
  maxOverlap: number;
  /** Pass over sentences that don't stand alone. */
  standAlone: boolean;
  /** …except for a pronoun opener (left to the scorer's `anaphora` weight). */
  toleratePronoun?: boolean;
  /** …or take one with the sentence before it that makes it whole, as one bullet. */
  madeWhole?: boolean;
  /** Bullets trimmed of a tail clause of detail (src/shape/trim.ts). */
  trim?: boolean;
}

interface Item {
  set: string;
  publisher: string;
  doc: RankDocument;
  rows: number[][];
  reasons: Array<Ineligible | null>;
  coherence: Array<CoherenceReason | null>;
  /** The same, with pronoun openers tolerated. */
  severe: Array<CoherenceReason | null>;
  /** Per candidate, the one before it that makes it whole (see wholePartners), as the summary prints it. */
  whole: Array<number | undefined>;
  tokens: string[][];
  /** Per candidate, where trimming ends it (null: whole), and its tokens so trimmed. */
  cuts: Array<number | null>;
  trimmed: string[][];
  ref: string[];
  /** ROUGE-1 and ROUGE-2 F1 by picked candidates ("0,2,5"), filled as the search meets them. */
  rouge: Map<string, [number, number]>;
}

function publisherOf(id: string): string {
  const fundus = /^fundus-[a-z]+-([^-]+)-/.exec(id);
  if (fundus) return fundus[1]!;
  const frank = /^frank-(cnndm-(?:cnn|dm)|xsum)-/.exec(id);
  return frank ? frank[1]! : id;
}

export function load(): Item[] {
  const out: Item[] = [];
  for (const set of SETS) {
    const lines = readFileSync(new URL(`../../shared/data/${set}.jsonl`, import.meta.url), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const r = JSON.parse(line) as { id: string; lang: string; title: string | null; text: string; summary: string[] };
      const article = cleanText(r.text, { lang: r.lang, title: r.title });
      const sentences = articleSentences(article);
      const doc = buildDocument(article, sentences, { maxCandidates: LIMITS.maxCandidates });
      if (doc.candidates.length === 0) continue;
      const tok = tokenizerFor({ lang: r.lang });
      const reasons = eligibilityReasons(doc, {});
      const coherence = coherenceReasons(doc);
      const tokens = doc.candidates.map((i) => tok(sentences[i]!.text));
      const cuts = doc.candidates.map((_, c) => candidateTailCut(doc, c));
      out.push({
        set,
        publisher: publisherOf(r.id),
        doc,
        rows: sentenceFeatures(doc),
        reasons,
        coherence,
        whole: wholePartners(doc, (c) => reasons[c] === null && coherence[c] === null),
        severe: coherenceReasons(doc, ['pronoun']),
        tokens,
        cuts,
        trimmed: doc.candidates.map((i, c) => (cuts[c] === null ? tokens[c]! : tok(trimmedSentence(sentences[i]!, cuts[c]!).text))),
        ref: r.summary.flatMap(tok),
        rouge: new Map(),
      });
    }
  }
  return out;
}

/** The pipeline's own selection, with the per-article work cached. */
function pick(item: Item, m: Model): number[] {
  return pickSentences(item.doc, scoreFeatures(item.rows, m.weights), BULLETS, m.redundancy, item.reasons, {
    ...(m.standAlone ? { coherence: m.toleratePronoun ? item.severe : item.coherence } : {}),
    ...(m.maxOverlap <= 1 ? { maxOverlap: m.maxOverlap } : {}),
    ...(m.madeWhole ? { madeWhole: true } : {}),
  });
}

interface Scores {
  r1: number;
  r2: number;
  /** Shares (%) of summaries with a redundant pair, and with a bullet that does not stand alone. */
  redundant: number;
  flagged: number;
  n: number;
}

function articleScores(it: Item, picked: number[], trim = false): [number, number] {
  const key = (trim ? 't' : '') + picked.join(',');
  let r = it.rouge.get(key);
  if (!r) {
    // Trimmed as the summary trims: not where the kept part would restate another pick.
    const cuts = trim ? distinctTailCuts(it.doc, picked, (c) => it.cuts[c]!) : undefined;
    const can = picked.flatMap((i) => (cuts?.get(i) != null ? it.trimmed : it.tokens)[i]!);
    r = [rougeN(it.ref, can, 1).f, rougeN(it.ref, can, 2).f];
    it.rouge.set(key, r);
  }
  return r;
}

export function score(items: Item[], model: (it: Item) => Model, extras = false): Scores {
  let r1 = 0;
  let r2 = 0;
  let redundant = 0;
  let flagged = 0;
  for (const it of items) {
    const m = model(it);
    const picked = pick(it, m).sort((a, b) => a - b);
    const r = articleScores(it, picked, m.trim === true);
    r1 += r[0];
    r2 += r[1];
    if (extras) {
      // A sentence printed with the one before it that makes it whole is one bullet with it.
      const joined = (i: number): boolean => m.standAlone && it.whole[i] !== undefined && picked.includes(it.whole[i]!);
      if (picked.some((i, k) => picked.slice(0, k).some((j) => !(joined(i) && it.whole[i] === j) && candidateOverlap(it.doc, i, j) >= OVERLAP.redundant))) redundant++;
      if (picked.some((i) => it.coherence[i] !== null && !joined(i))) flagged++;
    }
  }
  const n = Math.max(items.length, 1);
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, redundant: (100 * redundant) / n, flagged: (100 * flagged) / n, n: items.length };
}

/**
 * The gain over Lead-3 in R1 + R2, per set: its mean over the sets present plus twice the
 * smallest one. Every set counts the same, whatever its size, and a model that wins on three
 * sets by losing on the fourth scores low: the product must beat Lead-3 everywhere.
 */
function objective(bySet: Map<string, Item[]>, m: Model): number {
  let total = 0;
  let worst = Infinity;
  let excess = 0;
  for (const its of bySet.values()) {
    const r = score(its, () => m, true);
    const lead = leadScore(its);
    const gain = r.r1 + r.r2 - (lead.r1 + lead.r2);
    total += gain;
    worst = Math.min(worst, gain);
    // The product's promise: at most half of Lead-3's redundant pairs and flagged bullets, on every set.
    excess += Math.max(0, r.redundant - lead.redundant / 2) + Math.max(0, r.flagged - lead.flagged / 2);
  }
  return total / bySet.size + OBJECTIVE.worstWeight * worst - OBJECTIVE.excessWeight * excess;
}

const OBJECTIVE = Object.freeze({ worstWeight: 2, excessWeight: 1 });

const leadScores = new WeakMap<Item[], Scores>();
function leadScore(its: Item[]): Scores {
  let v = leadScores.get(its);
  if (v === undefined) {
    v = score(its, () => LEAD, true);
    leadScores.set(its, v);
  }
  return v;
}

export function groupBySet(items: Item[]): Map<string, Item[]> {
  const by = new Map<string, Item[]>();
  for (const it of items) by.set(it.set, [...(by.get(it.set) ?? []), it]);
  return by;
}

function withParam(m: Model, key: string, v: number): Model {
  if (key === 'redundancy') return { ...m, redundancy: v };
  if (key === 'maxOverlap') return { ...m, maxOverlap: v };
  if (key === 'standAlone') return { ...m, standAlone: v === 1 };
  if (key === 'toleratePronoun') return { ...m, toleratePronoun: v === 1 };
  if (key === 'madeWhole') return { ...m, madeWhole: v === 1 };
  if (key === 'trim') return { ...m, trim: v === 1 };
  return { ...m, weights: { ...m.weights, [key]: v } };
}

/**
 * The orders in which the coordinate search visits the grid's parameters. Where a coordinate
 * search ends depends on the order (measured 2026-12-02: the left-out cells moved by up to 1.2
 * ROUGE-1 between four orders), so every search runs in `--orders K` orders (default 5: the
 * written one and K - 1 seeded shuffles) and keeps the model with the highest objective on the
 * sets it is chosen on. Which order wins is decided without the scored set, like the weights.
 */
const ORDERS = Math.max(1, Number(process.argv[process.argv.indexOf('--orders') + 1] ?? NaN) || 5);
function gridOrders(): string[][] {
  const written = Object.keys(GRID);
  if (process.argv.includes('--grid-order')) return [Number.isInteger(GRID_ORDER) ? shuffled(written, GRID_ORDER) : written];
  const orders = [written];
  for (let seed = 1; seed < ORDERS; seed++) orders.push(shuffled(written, seed));
  return orders;
}

/** The keys in a seeded random order (seed N is `--grid-order N`'s order). */
function shuffled(keys: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  return keys.map((k) => [random(), k] as const).sort((a, b) => a[0] - b[0]).map(([, k]) => k);
}

/**
 * Coordinate search in each of gridOrders() (see there), each parameter in turn to its best
 * grid value until a round changes nothing; the best end point by the objective is kept. Then
 * `restarts` times from the best with about a third of the parameters set to random grid values
 * (a seeded generator: reruns agree), kept when the search from there ends higher.
 */
export function choose(items: Item[], start: Model, restarts = 0): Model {
  const bySet = groupBySet(items);
  let best = start;
  let bestScore = -Infinity;
  for (const order of gridOrders()) {
    const m = coordinate(bySet, start, order);
    const s = objective(bySet, m);
    if (s > bestScore + 1e-6) {
      best = m;
      bestScore = s;
    }
  }
  const random = seededRandom(BOOTSTRAP_DEFAULTS.seed);
  const order = gridOrders()[0]!;
  for (let k = 0; k < restarts; k++) {
    let m = best;
    for (const key of order) if (random() < 0.3) m = withParam(m, key, GRID[key]![Math.floor(random() * GRID[key]!.length)]!);
    m = coordinate(bySet, m, order);
    const s = objective(bySet, m);
    if (s > bestScore + 1e-6) {
      best = m;
      bestScore = s;
      process.stderr.write(`restart ${k + 1}: ${s.toFixed(2)}\n`);
    }
  }
  return best;
}

function coordinate(bySet: Map<string, Item[]>, start: Model, order: readonly string[], rounds = 3): Model {
  let best = start;
  let bestScore = objective(bySet, best);
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const key of order) {
      for (const v of GRID[key]!) {
        const m = withParam(best, key, v);
        const s = objective(bySet, m);
        if (s > bestScore + 1e-6) {
          best = m;
          bestScore = s;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return best;
}

/**
 * Where a set's left-out models lose to Lead-3: per article their ROUGE-2 against Lead-3's (wins,
 * losses, the mean difference with and without the worst article), and why the Lead-3 sentences
 * they do not print in the articles they lose were passed over: a sentence that does not stand
 * alone (by reason), one that restates a printed bullet (content overlap at least the quotation
 * block, OVERLAP.quoteBlock), or the scorer's choice.
 */
function losses(set: string, its: Item[], modelOf: (it: Item) => Model): string {
  let wins = 0;
  let lost = 0;
  const deltas: number[] = [];
  const why = new Map<string, number>();
  for (const it of its) {
    const m = modelOf(it);
    const d = articleScores(it, pick(it, m).sort((a, b) => a - b), m.trim === true)[1] - score([it], () => LEAD).r2 / 100;
    deltas.push(100 * d);
    if (d > 1e-9) wins++;
    if (d >= -1e-9) continue;
    lost++;
    const picked = pick(it, m);
    const lead = it.doc.candidates.map((_, c) => c).filter((c) => it.reasons[c] === null).slice(0, BULLETS);
    for (const c of lead) {
      if (picked.includes(c)) continue;
      const flag = m.standAlone ? (m.toleratePronoun ? it.severe : it.coherence)[c] : null;
      const cause = flag ? `stand-alone: ${flag}` : picked.some((j) => candidateOverlap(it.doc, c, j) >= OVERLAP.quoteBlock) ? 'restates a bullet' : 'scorer';
      why.set(cause, (why.get(cause) ?? 0) + 1);
    }
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const sorted = [...deltas].sort((a, b) => a - b);
  const causes = [...why].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return `${set}: ROUGE-2 above Lead-3's in ${wins} articles, below in ${lost}, equal in ${its.length - wins - lost}; mean difference ${mean(deltas).toFixed(2)}, ${mean(sorted.slice(1)).toFixed(2)} without the worst article (${sorted[0]?.toFixed(1)}). Lead-3 sentences not printed where it loses: ${causes || 'none'}`;
}

const fmt = (r: Scores): string => `${r.r1.toFixed(2)} / ${r.r2.toFixed(2)}`;
const fmtX = (r: Scores): string => `${r.redundant.toFixed(0)} % / ${r.flagged.toFixed(0)} %`;

export const LEAD: Model = { weights: { position: 10 }, redundancy: 0, maxOverlap: 2, standAlone: false };
/**
 * Where the left-out searches start: Lead-3's ranking (position only) under the product's rules.
 * Not the shipped model: that one was chosen on every set, the scored one included, and a search
 * that starts there and moves little keeps what it learnt from the scored set. Measured on
 * 2026-12-02: started from the shipped model (`--from-shipped`), the left-out scores of the German
 * and CNN/DM sets came out 0.5–0.7 ROUGE-1 and 0.2–0.7 ROUGE-2 higher than from here.
 */
export const NEUTRAL: Model = { weights: { position: 10 }, redundancy: 0.5, maxOverlap: 0.5, standAlone: true, trim: true };
export const SHIPPED: Model = {
  weights: { ...MODEL.weights },
  redundancy: MODEL.redundancy,
  maxOverlap: MODEL.maxOverlap,
  standAlone: MODEL.standAlone,
  madeWhole: MODEL.madeWhole,
  trim: MODEL.trim,
};

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function main(): void {
  const t0 = Date.now();
  const items = load();
  process.stderr.write(`loaded ${items.length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const bySet = groupBySet(items);
  const shippedOnly = process.argv.includes('--shipped');
  if (process.argv.includes('--model-only')) {
    const m = choose(items, SHIPPED, RESTARTS);
    console.log(JSON.stringify({ weights: Object.fromEntries(Object.entries(m.weights).filter(([, v]) => v !== 0)), redundancy: m.redundancy, maxOverlap: m.maxOverlap, standAlone: m.standAlone, madeWhole: m.madeWhole === true, trim: m.trim === true }));
    return;
  }

  const rows: string[] = [];
  const leftOutSet = new Map<Item, Model>();
  const leftOutPublisher = new Map<Item, Model>();
  const start = process.argv.includes('--from-shipped') ? SHIPPED : NEUTRAL;
  if (!shippedOnly) {
    for (const set of SETS) {
      const m = choose(items.filter((i) => i.set !== set), start);
      process.stderr.write(`without ${set}: ${JSON.stringify(m)}\n`);
      for (const it of bySet.get(set)!) leftOutSet.set(it, m);
    }
    const fold = (it: Item): number => hash(it.publisher) % PUBLISHER_FOLDS;
    for (let f = 0; f < PUBLISHER_FOLDS; f++) {
      const m = choose(items.filter((i) => fold(i) !== f), start);
      process.stderr.write(`publisher fold ${f + 1} (${[...new Set(items.filter((i) => fold(i) === f).map((i) => i.publisher))].length} publishers): ${JSON.stringify(m)}\n`);
      for (const it of items) if (fold(it) === f) leftOutPublisher.set(it, m);
    }
  }
  rows.push('| set | n | Lead-3 | shipped (in-sample) | set left out | publisher left out | redundant / flagged: Lead-3 | shipped |');
  rows.push('| --- | ---: | --- | --- | --- | --- | --- | --- |');
  for (const set of SETS) {
    const its = bySet.get(set)!;
    const lead = score(its, () => LEAD, true);
    const shipped = score(its, () => SHIPPED, true);
    const los = shippedOnly ? '–' : fmt(score(its, (it) => leftOutSet.get(it)!));
    const lop = shippedOnly ? '–' : fmt(score(its, (it) => leftOutPublisher.get(it)!));
    rows.push(`| ${set} | ${its.length} | ${fmt(lead)} | ${fmt(shipped)} | ${los} | ${lop} | ${fmtX(lead)} | ${fmtX(shipped)} |`);
  }
  console.log('ROUGE-1 / ROUGE-2 F1 (%), 3 bullets; redundant = share of summaries with a pair of bullets at content overlap ≥ ' + OVERLAP.redundant + '; flagged = share with a bullet that does not stand alone\n');
  console.log(rows.join('\n'));
  if (!shippedOnly && process.argv.includes('--losses')) {
    console.log('\nset left out, against Lead-3 article by article:');
    for (const set of SETS) console.log(losses(set, bySet.get(set)!, (it) => leftOutSet.get(it)!));
  }
  if (!shippedOnly) {
    const final = choose(items, SHIPPED, RESTARTS);
    console.log(`\nmodel chosen on all four sets (paste into src/rank/kernpunkte-weights.ts when it differs from the shipped one):`);
    console.log(JSON.stringify({ weights: Object.fromEntries(Object.entries(final.weights).filter(([, v]) => v !== 0)), redundancy: final.redundancy, maxOverlap: final.maxOverlap, standAlone: final.standAlone, madeWhole: final.madeWhole === true, trim: final.trim === true }));
  }
  console.log(`features available: ${FEATURE_NAMES.join(', ')}`);
  process.stderr.write(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
