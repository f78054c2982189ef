/**
 * Numbers, amounts, percentages, dates and times: every one the claim states must be in the
 * source, in any of its written forms. "drei" = 3, "18,3 Mio." = "18,3 Millionen" = 18300000,
 * "1.500" = "1500" (German), "1,500" = "1500" (English), "24. Juni" = "24.06.", "14.30 Uhr" = "14:30".
 */
import type { FaithfulnessIssue } from '../types.js';
import { faithData, type FaithLangData } from './data.js';
import type { Text, Token } from './text.js';
import { FAITHFULNESS_TUNING } from './tuning.js';

export interface NumberMention {
  /** The words of the text, as written ("18,3 Millionen", "24. Juni", "drei"). */
  text: string;
  kind: 'number' | 'month' | 'weekday' | 'time';
  /** Every value the mention may stand for (an ambiguous "1.500" gives 1500 and 1.5). */
  values: number[];
  /** A date, score or time read as parts ("24.06.2024", "3:1"): all of them must be in the source. */
  parts?: number[];
  /** Scores, results and ranges ("3:1", "14-2", "4:04:59"): the parts must stand together in the source. */
  tuple?: string;
  /** The mention was hedged ("rund", "about"): a rounded value is enough. */
  hedged: boolean;
  /** Times only: "14:30". */
  time?: string;
}

/** What a source states, as sets of comparable keys per kind. */
export interface NumberFacts {
  numbers: Set<string>;
  months: Set<number>;
  weekdays: Set<number>;
  times: Set<string>;
  /** All plain values, for the hedged comparison. */
  plain: number[];
  /** Scores and ranges as written together ("3|1"). */
  tuples: Set<string>;
}

const key = (v: number): string => String(Math.round(v * 1e6) / 1e6);

const HEDGES = new Set([
  'rund', 'etwa', 'ungefähr', 'fast', 'knapp', 'gut', 'über', 'mehr', 'weniger', 'ca', 'circa', 'zirka', 'beinahe', 'nahezu',
  'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'more', 'less', 'under', 'than', 'up',
  'environ', 'près', 'presque', 'plus', 'moins', 'unos', 'unas', 'casi', 'cerca', 'más', 'menos', 'circa', 'quasi', 'oltre', 'ongeveer', 'bijna', 'ruim', 'meer', 'dan',
]);

/** Digit string → the values it may mean in this language. */
function digitValues(raw: string, data: FaithLangData): { values: number[]; parts?: number[]; time?: string; tuple?: string } {
  const s = raw.replace(/\.$/, '');
  if (/[:\-–]/.test(s)) {
    // "14:30" is a time; "3:1", "14-2" and "2019–2020" are scores and ranges: their parts are their values.
    const parts = s.split(/[:\-–]/).map((p) => Number(p.replace(',', '.')));
    if (/^\d{1,2}:\d{2}$/.test(s)) return { values: [], parts, time: `${parts[0]}:${String(parts[1]).padStart(2, '0')}` };
    return { values: [], parts, tuple: parts.join('|') };
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { values: [Number(s)] };
  if (dots > 0 && commas > 0) {
    // The later mark is the decimal one: "1.500,25" and "1,500.25".
    const decimalMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = decimalMark === '.' ? ',' : '.';
    return { values: [Number(s.split(thousands).join('').replace(decimalMark, '.'))] };
  }
  const mark = dots > 0 ? '.' : ',';
  const groups = s.split(mark);
  if (groups.length > 2) {
    // "1.000.000" is a grouped integer; "24.06.2024" is a date: its parts are its values.
    if (groups.slice(1).every((g) => g.length === 3)) return { values: [Number(groups.join(''))] };
    return { values: [], parts: groups.map(Number) };
  }
  const [a, b] = groups as [string, string];
  const asDecimal = Number(`${a}.${b}`);
  if (b.length !== 3) {
    // "14.30" may be a time, "24.06" a date; "3,5" is a decimal.
    return { values: [asDecimal], parts: mark === '.' ? [Number(a), Number(b)] : undefined };
  }
  const asGrouped = Number(a + b);
  // "1.500" in German and "1,500" in English group thousands; the other reading stays possible.
  return { values: mark === data.decimal ? [asDecimal, asGrouped] : [asGrouped, asDecimal] };
}

function monthOf(t: Token, data: FaithLangData, prev: Token | undefined, next: Token | undefined): number | undefined {
  const m = data.months[t.lower.replace(/'s$/, '')];
  if (m === undefined) return undefined;
  // English "may" and "march" are verbs too: a month only beside a number or capitalised mid-sentence.
  if ((t.lower === 'may' || t.lower === 'march') && !(prev?.numeric || next?.numeric || (!t.initial && /^\p{Lu}/u.test(t.text)))) return undefined;
  return m;
}

// German compounds ("Montagabend", "Sonntagmorgen"): one regex per language, built once.
const weekdayPrefix = new WeakMap<FaithLangData, RegExp | null>();

function weekdayOf(t: Token, data: FaithLangData): number | undefined {
  // "Wednesday's" is Wednesday.
  const exact = data.weekdays[t.lower.replace(/'s$/, '')];
  if (exact !== undefined) return exact;
  let re = weekdayPrefix.get(data);
  if (re === undefined) {
    const names = Object.keys(data.weekdays);
    re = names.length && data === faithData('de') ? new RegExp(`^(${names.join('|')})\\p{L}{3,}$`, 'u') : null;
    weekdayPrefix.set(data, re);
  }
  const m = re?.exec(t.lower);
  return m ? data.weekdays[m[1] as string] : undefined;
}

/** Every number, date and time mention of a text. */
export function numberMentions(text: Text, lang: string): NumberMention[] {
  const data = faithData(lang);
  const out: NumberMention[] = [];
  const toks = text.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const hedged = (prev !== undefined && HEDGES.has(prev.lower)) || (toks[i - 2] !== undefined && HEDGES.has((toks[i - 2] as Token).lower) && prev?.lower === 'als');
    const month = monthOf(t, data, prev, next);
    if (month !== undefined) {
      out.push({ text: t.text, kind: 'month', values: [month], hedged: false });
      continue;
    }
    const weekday = weekdayOf(t, data);
    if (weekday !== undefined) {
      out.push({ text: t.text, kind: 'weekday', values: [weekday], hedged: false });
      continue;
    }
    let values: number[] | undefined;
    let time: string | undefined;
    let parts: number[] | undefined;
    let tuple: string | undefined;
    if (/^\p{N}/u.test(t.text) && /^[\d.,:\-–]+$/.test(t.text)) {
      ({ values, time, parts, tuple } = digitValues(t.text, data));
    } else if (t.numeric) {
      // Digits glued to letters ("G7", "Covid-19", "5m"): the digit runs count.
      values = (t.text.match(/\d+/g) ?? []).map(Number);
    } else if (data.numberWords[t.lower] !== undefined) {
      values = [data.numberWords[t.lower] as number];
    } else if (t.lower.includes('-') && t.lower.split('-').every((p) => data.numberWords[p] !== undefined)) {
      values = [t.lower.split('-').reduce((s, p) => s + (data.numberWords[p] as number), 0)];
    } else if (t.lower.includes('-') && data.numberWords[t.lower.split('-')[0] as string] !== undefined) {
      // "three-month-old", "ten-day-long".
      values = [data.numberWords[t.lower.split('-')[0] as string] as number];
    }
    if (values === undefined || (values.length === 0 && !parts?.length)) continue;
    let words = t.text;
    // A scale word after it ("18,3 Millionen", "5m", "1.2bn") multiplies; short forms only attached.
    const glued = t.text.match(/^\d+(?:[.,]\d+)?([a-z]{1,2})$/i);
    const scaleWord = glued ? glued[1]?.toLowerCase() : next?.lower;
    const scale = scaleWord !== undefined ? data.scales[scaleWord] ?? data.scales[`${scaleWord}.`] : undefined;
    if (glued && scale !== undefined) values = [Number((t.text.match(/^\d+(?:[.,]\d+)?/)?.[0] ?? '0').replace(',', '.'))];
    if (scale !== undefined && (glued || (next !== undefined && next.lower.length > 2) || (next !== undefined && next.start === t.end))) {
      values = values.map((v) => v * scale);
      parts = undefined;
      if (!glued && next) {
        words = `${t.text} ${next.text}`;
        i++;
      }
    }
    // Times: "14 Uhr", "14.30 Uhr", "14:30", "2pm".
    const after = toks[i + 1];
    if (after && (data.hourWords.includes(after.lower) || after.lower === 'pm' || after.lower === 'am') && values.length <= 3) {
      const [h, m] = parts ?? [values[0] as number, 0];
      const hour = after.lower === 'pm' && (h as number) < 12 ? (h as number) + 12 : (h as number);
      time = `${hour}:${String(m ?? 0).padStart(2, '0')}`;
    }
    // A time is checked as a time only: its hour and minutes are no evidence for other numbers.
    if (time !== undefined) out.push({ text: words, kind: 'time', values: [], hedged, time });
    else out.push({ text: words, kind: 'number', values, hedged, ...(parts ? { parts } : {}), ...(tuple ? { tuple } : {}) });
  }
  return out;
}

/** The facts a source states, for lookups. */
export function numberFacts(text: Text, lang: string): NumberFacts {
  const facts: NumberFacts = { numbers: new Set(), months: new Set(), weekdays: new Set(), times: new Set(), plain: [], tuples: new Set() };
  for (const m of numberMentions(text, lang)) {
    if (m.kind === 'month') facts.months.add(m.values[0] as number);
    else if (m.kind === 'weekday') facts.weekdays.add(m.values[0] as number);
    else if (m.time !== undefined) facts.times.add(m.time);
    else {
      if (m.tuple !== undefined) facts.tuples.add(m.tuple);
      for (const v of [...m.values, ...(m.parts ?? [])]) {
        facts.numbers.add(key(v));
        facts.plain.push(v);
      }
    }
  }
  // Numeric dates name their month too: "24.06.2024" supports "Juni".
  for (const t of text.tokens) {
    const d = t.text.match(/^(\d{1,2})\.(\d{1,2})\.?(?:\d{2,4})?$/) ?? t.text.match(/^(\d{1,2})\/(\d{1,2})\/\d{2,4}$/);
    // Either order: day.month (most of Europe) and month/day (US).
    if (d) for (const part of [Number(d[1]), Number(d[2])]) if (part >= 1 && part <= 12) facts.months.add(part);
  }
  return facts;
}

/** Issues for the claim's numbers, dates and times that the source does not state. */
export function checkNumbers(claim: Text, facts: NumberFacts, lang: string): FaithfulnessIssue[] {
  const issues: FaithfulnessIssue[] = [];
  const tolerance = FAITHFULNESS_TUNING.hedgedNumberTolerance;
  for (const m of numberMentions(claim, lang)) {
    let ok: boolean;
    if (m.kind === 'month') ok = facts.months.has(m.values[0] as number);
    else if (m.kind === 'weekday') ok = facts.weekdays.has(m.values[0] as number);
    else if (m.time !== undefined) ok = facts.times.has(m.time);
    else {
      ok =
        m.tuple !== undefined
          ? facts.tuples.has(m.tuple)
          : m.values.some((v) => facts.numbers.has(key(v))) || (m.parts !== undefined && m.parts.every((v) => facts.numbers.has(key(v))));
      // A hedged claim may round ("rund 18 Millionen" for 18,3 Millionen), never add precision ("mehr als 101" for 100).
      if (!ok && m.hedged) ok = m.values.some((v) => facts.plain.some((s) => v !== 0 && significant(v) < significant(s) && Math.abs(s - v) / Math.abs(v) <= tolerance));
    }
    if (!ok) {
      const what = m.kind === 'month' || m.kind === 'weekday' ? 'date' : m.kind === 'time' ? 'time' : 'number';
      issues.push({ kind: 'number', text: m.text, message: `the ${what} "${m.text}" is not in the source` });
    }
  }
  return dedupe(issues);
}

/** Significant digits of a value: 18300000 → 3, 100 → 1, 101 → 3. */
function significant(v: number): number {
  return String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

function dedupe(issues: FaithfulnessIssue[]): FaithfulnessIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.text) && (seen.add(i.text), true));
}

/** Words the number check owns (number words, scale words, months, weekdays, hour words): not content words. */
export function isNumberWord(t: Token, lang: string): boolean {
  const data = faithData(lang);
  return (
    data.numberWords[t.lower] !== undefined ||
    data.scales[t.lower] !== undefined ||
    data.scales[`${t.lower}.`] !== undefined ||
    data.months[t.lower] !== undefined ||
    data.weekdays[t.lower] !== undefined ||
    data.hourWords.includes(t.lower) ||
    data.units.includes(t.lower)
  );
}
