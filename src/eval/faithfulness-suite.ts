/**
 * A corruption suite for the faithfulness check, generated at run time from real article
 * sentences (the data stays in ../shared; this file is the generator). Deterministic: the same
 * articles and seed give the same cases. Each picked sentence yields:
 *   - faithful cases: the sentence untouched, shortened (a subordinate clause, relative
 *     clause, apposition or parenthesis dropped), and with a number in an equivalent form
 *     ("3" → "drei", "Millionen" → "Mio.", "1.500" → "1500", "Prozent" → "%");
 *   - corrupted cases, one change each: a number, a date (day, month, weekday, year), a name,
 *     a negation added, a negation removed, quotation marks moved or added.
 * The claim is checked against the sentence it came from (its cited sentence). Names to swap are
 * found with lists here (first names, places, parties), not with the checker's own name rules.
 */
import { splitSentences } from '../segment/index.js';
import { checkFaithfulness } from '../faithfulness/index.js';
import { seededRandom } from './bootstrap.js';

export type SuiteKind =
  | 'faithful:untouched'
  | 'faithful:shortened'
  | 'faithful:equivalent'
  | 'number'
  | 'date'
  | 'name'
  | 'negation:added'
  | 'negation:removed'
  | 'quote';

export interface SuiteCase {
  id: string;
  kind: SuiteKind;
  claim: string;
  source: string[];
}

export interface SuiteArticle {
  id: string;
  text: string;
}

interface SuiteLang {
  firstNames: readonly string[];
  /** Places, organisations and parties that can stand in for one another. */
  places: readonly string[];
  orgs: readonly string[];
  surnames: readonly string[];
  /** Finite auxiliaries and modals after which a "not" goes. */
  auxiliaries: readonly string[];
  not: string;
  /** Indefinite article → its negated form ("eine" → "keine"). */
  articleNegation: Readonly<Record<string, string>>;
  /** Negated forms back to the positive ("keine" → "eine", "nicht" → ""). */
  removeNegation: Readonly<Record<string, string>>;
  months: readonly string[];
  weekdays: readonly string[];
  numberWords: readonly string[];
  /** Words that open a clause that can be dropped after a comma. */
  subordinators: readonly string[];
  quotes: readonly [string, string];
}

const DE: SuiteLang = {
  firstNames: ['Olaf', 'Friedrich', 'Angela', 'Annalena', 'Robert', 'Christian', 'Markus', 'Boris', 'Karl', 'Nancy', 'Donald', 'Joe', 'Emmanuel', 'Wladimir', 'Thomas', 'Michael', 'Peter', 'Anna', 'Maria', 'Julia', 'Stefan', 'Andreas', 'Alexander', 'Martin', 'Frank-Walter', 'Ursula', 'Alice', 'Sahra', 'Lars', 'Hubert', 'Hendrik', 'Manuela', 'Katharina', 'Jens', 'Elon', 'Kamala', 'Wolodymyr', 'Benjamin', 'Recep', 'Xi', 'Giorgia', 'Keir', 'Jürgen', 'Hans', 'Klaus', 'Sebastian', 'Daniel', 'Tobias', 'Florian', 'Sabine', 'Claudia', 'Franziska', 'Kai', 'Jan', 'Felix', 'Max', 'Lukas', 'Julian', 'Tim', 'Mats', 'Joshua', 'Leroy', 'Jamal', 'Harry', 'Manuel', 'Jürgen'],
  // Surnames that are not also common words ("Richter", "Lange", "Koch" are left out).
  surnames: ['Schmidt', 'Meyer', 'Hoffmann', 'Neumann', 'Krüger', 'Hartmann', 'Werner', 'Krause', 'Schmitt', 'Meier', 'Lehmann', 'Köhler', 'Herrmann', 'Schulze', 'Kowalski', 'Nowak', 'Yilmaz', 'Jansen', 'Dietrich', 'Hofmann'],
  places: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dortmund', 'Essen', 'Bremen', 'Dresden', 'Hannover', 'Nürnberg', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld', 'Bonn', 'Münster', 'Mannheim', 'Karlsruhe', 'Augsburg', 'Wiesbaden', 'Kiel', 'Magdeburg', 'Freiburg', 'Erfurt', 'Rostock', 'Mainz', 'Kassel', 'Potsdam', 'Chemnitz', 'Bayern', 'Sachsen', 'Hessen', 'Thüringen', 'Brandenburg', 'Niedersachsen', 'Deutschland', 'Frankreich', 'Italien', 'Spanien', 'Polen', 'Österreich', 'Schweiz', 'Russland', 'Ukraine', 'China', 'Japan', 'Israel', 'Iran', 'Paris', 'London', 'Wien', 'Rom', 'Moskau', 'Kiew', 'Washington', 'Brüssel', 'Europa', 'Amerika', 'Afrika', 'Asien', 'Argentinien', 'Brasilien', 'Kanada', 'Mexiko', 'Indien', 'Türkei', 'Griechenland', 'Niederlande', 'Belgien', 'Dänemark', 'Schweden', 'Norwegen', 'Finnland', 'Ungarn', 'Tschechien'],
  orgs: ['SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'BSW', 'Grünen', 'Linke', 'EU', 'Nato', 'NATO', 'UN', 'WHO', 'DFB', 'Bundeswehr', 'Bundestag', 'Bundesrat', 'Bundesregierung', 'Siemens', 'Volkswagen', 'VW', 'BMW', 'Mercedes', 'Bosch', 'Telekom', 'Lufthansa', 'Deutsche Bahn', 'Bahn', 'Apple', 'Google', 'Microsoft', 'Amazon', 'Meta', 'Tesla', 'Bayern', 'Dortmund', 'Schalke', 'Leverkusen'],
  auxiliaries: ['ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'hatten', 'kann', 'können', 'konnte', 'konnten', 'soll', 'sollen', 'sollte', 'sollten', 'muss', 'müssen', 'musste', 'mussten', 'will', 'wollen', 'wollte', 'wollten', 'darf', 'dürfen', 'durfte', 'gibt', 'gab'],
  not: 'nicht',
  articleNegation: { ein: 'kein', eine: 'keine', einen: 'keinen', einem: 'keinem', einer: 'keiner', eines: 'keines' },
  removeNegation: { nicht: '', nie: 'immer', niemals: 'immer', kein: 'ein', keine: 'eine', keinen: 'einen', keinem: 'einem', keiner: 'einer', keines: 'eines' },
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  numberWords: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  subordinators: ['dass', 'weil', 'da', 'wenn', 'als', 'ob', 'obwohl', 'nachdem', 'während', 'bevor', 'damit', 'sodass', 'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'wo', 'wie', 'um', 'seit', 'bis', 'sofern', 'falls', 'welche', 'welcher', 'was'],
  quotes: ['„', '“'],
};

const EN: SuiteLang = {
  firstNames: ['John', 'David', 'Michael', 'James', 'Robert', 'William', 'Richard', 'Thomas', 'Mark', 'Paul', 'Peter', 'Steven', 'Andrew', 'Daniel', 'Chris', 'Sarah', 'Emma', 'Mary', 'Elizabeth', 'Jennifer', 'Barack', 'Hillary', 'George', 'Tony', 'Gordon', 'Nick', 'Ed', 'Boris', 'Vladimir', 'Angela', 'Jose', 'Lionel', 'Cristiano', 'Wayne', 'Steven', 'Louis', 'Harry', 'Kate', 'Prince', 'Jack', 'Joe', 'Tom', 'Sam', 'Ben', 'Matt', 'Rory', 'Andy', 'Lewis', 'Kevin', 'Brian', 'Jeremy'],
  surnames: ['Smith', 'Johnson', 'Williams', 'Jones', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Harris', 'Robinson', 'Thompson', 'Allen', 'Scott', 'Morgan', 'Hughes', 'Evans', 'Edwards', 'Murphy', 'Collins'],
  places: ['London', 'Manchester', 'Liverpool', 'Birmingham', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Bristol', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Moscow', 'Washington', 'New York', 'Chicago', 'Boston', 'Texas', 'California', 'Florida', 'Ohio', 'Virginia', 'Georgia', 'England', 'Scotland', 'Wales', 'Ireland', 'Britain', 'France', 'Germany', 'Spain', 'Italy', 'Russia', 'China', 'Japan', 'India', 'Iran', 'Iraq', 'Syria', 'Israel', 'Egypt', 'Nigeria', 'Kenya', 'Australia', 'Canada', 'Mexico', 'Brazil', 'America', 'Europe', 'Africa', 'Asia', 'Yemen', 'Libya', 'Afghanistan', 'Pakistan', 'Ukraine'],
  orgs: ['FBI', 'CIA', 'NHS', 'BBC', 'CNN', 'UN', 'EU', 'NATO', 'Nato', 'ISIS', 'Isis', 'NASA', 'Apple', 'Google', 'Microsoft', 'Facebook', 'Twitter', 'Amazon', 'Chelsea', 'Arsenal', 'Liverpool', 'Everton', 'Tottenham', 'Barcelona', 'Labour', 'Conservatives', 'Tories', 'Democrats', 'Republicans', 'Congress', 'Senate', 'Pentagon'],
  auxiliaries: ['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'must', 'may', 'might', 'does', 'did', 'do'],
  not: 'not',
  articleNegation: {},
  removeNegation: { not: '', never: 'always', "n't": '' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  numberWords: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  subordinators: ['who', 'which', 'where', 'when', 'while', 'because', 'although', 'after', 'before', 'since', 'as', 'if', 'whose', 'whom', 'that', 'according'],
  quotes: ['“', '”'],
};

const LANGS: Readonly<Record<string, SuiteLang>> = Object.freeze({ de: DE, en: EN });

export const SUITE_LANGUAGES: readonly string[] = Object.keys(LANGS);

export const SUITE_DEFAULTS = Object.freeze({
  seed: 20261201,
  /** Sentences taken per article (the first ones that qualify, in a seeded shuffle). */
  perArticle: 6,
  minWords: 8,
  maxWords: 45,
});

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string, flags = 'u'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${esc(w)}(?![\\p{L}\\p{N}])`, flags);

function pick<T>(items: readonly T[], r: () => number): T | undefined {
  return items.length ? items[Math.floor(r() * items.length)] : undefined;
}

/** A number changed: a digit group gets another value in the same format. */
function corruptNumber(s: string, r: () => number, L: SuiteLang): string | null {
  // Years and day numbers of dates are the date corruption's; here: other digit groups and number words.
  const candidates = [...s.matchAll(/(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])(?!\.\s*(?:\p{Lu}))/gu)].filter((m) => !/^(?:19|20)\d\d$/.test(m[0]));
  const m = pick(candidates, r);
  if (m) {
    const digits = m[0];
    // Change the last digit that is not a separator: "18,3" → "18,5", "1.500" → "1.700"; never to the same value.
    const positions = [...digits].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
    const at = positions.length > 1 && digits.length > 3 && /[.,]\d{3}$/.test(digits) ? (positions[positions.length - 3] as number) : (positions[positions.length - 1] as number);
    const old = Number(digits[at]);
    const next = (old + 1 + Math.floor(r() * 8)) % 10;
    const changed = digits.slice(0, at) + String(next === old ? (old + 1) % 10 : next) + digits.slice(at + 1);
    if (/^0\d/.test(changed)) return null;
    return s.slice(0, m.index) + changed + s.slice((m.index ?? 0) + digits.length);
  }
  const words = L.numberWords.filter((w) => wordRe(w, 'iu').test(s));
  const w = pick(words, r);
  if (!w) return null;
  const other = pick(L.numberWords.filter((x) => x !== w), r) as string;
  return s.replace(wordRe(w, 'iu'), (found) => (/^\p{Lu}/u.test(found) ? other[0]!.toUpperCase() + other.slice(1) : other));
}

/** A date changed: a month, a weekday, the day of a "24. Juni", or a year. */
function corruptDate(s: string, r: () => number, L: SuiteLang): string | null {
  const options: (() => string | null)[] = [];
  const month = L.months.find((m) => wordRe(m).test(s));
  if (month) options.push(() => s.replace(wordRe(month), pick(L.months.filter((m) => m !== month), r) as string));
  const weekday = L.weekdays.find((d) => new RegExp(`(?<![\\p{L}])${d}`, 'u').test(s));
  if (weekday) options.push(() => s.replace(new RegExp(`(?<![\\p{L}])${weekday}`, 'u'), pick(L.weekdays.filter((d) => d !== weekday), r) as string));
  const day = s.match(new RegExp(`(?<![\\p{N}])(\\d{1,2})\\.? (${L.months.join('|')})`, 'u')) ?? s.match(new RegExp(`(${L.months.join('|')}) (\\d{1,2})(?![\\p{N}])`, 'u'));
  if (day) {
    options.push(() => {
      const digits = /^\d/.test(day[1] as string) ? (day[1] as string) : (day[2] as string);
      const n = Number(digits);
      const other = ((n + 1 + Math.floor(r() * 20)) % 28) + 1;
      return s.replace(day[0], day[0].replace(digits, String(other === n ? (n % 28) + 1 : other)));
    });
  }
  const year = s.match(/(?<![\p{L}\p{N}.,])(?:19|20)\d\d(?![\p{N}])/u);
  if (year) options.push(() => s.replace(year[0], String(Number(year[0]) + (r() < 0.5 ? -1 : 1))));
  const f = pick(options, r);
  return f ? f() : null;
}

/** A name changed: a listed place or organisation, or the surname after a listed first name. */
function corruptName(s: string, article: string, r: () => number, L: SuiteLang): string | null {
  const options: (() => string | null)[] = [];
  const fresh = (list: readonly string[]) => list.filter((x) => !wordRe(x).test(article));
  for (const [list, name] of [[L.places, 'place'], [L.orgs, 'org']] as const) {
    const found = list.filter((p) => wordRe(p).test(s.slice(1)));
    const p = pick(found, r);
    if (p && name) options.push(() => s.replace(wordRe(p), pick(fresh(list).filter((x) => x !== p), r) as string));
  }
  const person = s.match(new RegExp(`(?<![\\p{L}])(?:${L.firstNames.join('|')}) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)`, 'u'));
  if (person) options.push(() => s.replace(person[0], person[0].replace(person[1] as string, pick(fresh(L.surnames), r) as string)));
  const f = pick(options, r);
  return f ? f() : null;
}

function addNegation(s: string, r: () => number, L: SuiteLang): string | null {
  const options: (() => string)[] = [];
  for (const [a, neg] of Object.entries(L.articleNegation)) {
    if (wordRe(a).test(s)) options.push(() => s.replace(wordRe(a), neg));
  }
  const aux = L.auxiliaries.filter((a) => wordRe(a).test(s));
  const a = pick(aux, r);
  if (a) options.push(() => s.replace(wordRe(a), `${a} ${L.not}`));
  const f = pick(options, r);
  return f ? f() : null;
}

function removeNegation(s: string, r: () => number, L: SuiteLang): string | null {
  const found = Object.keys(L.removeNegation).filter((n) => (n.startsWith("n'") ? s.includes(n) : wordRe(n, 'iu').test(s)));
  const n = pick(found, r);
  if (!n) return null;
  const to = L.removeNegation[n] as string;
  if (n === "n't") return s.replace(/\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b/i, (_, v: string) => (v === 'ca' ? 'can' : v === 'wo' ? 'will' : v));
  return s.replace(new RegExp(`(?<![\\p{L}])${esc(n)}(?![\\p{L}])( ?)`, 'iu'), to ? `${to}$1` : '').replace(/ {2,}/g, ' ');
}

/** Quotation marks moved: an existing quote's marks go around other words, or a few words get new ones. */
function moveQuote(s: string, r: () => number, L: SuiteLang): string | null {
  // Sentences with several quotes are left alone: moving one of them is ambiguous.
  if ((s.match(/[„“”"»«]/gu) ?? []).length > 2) return null;
  // Single quotation marks ('…', ‘…’) would nest with the new ones: such sentences are left alone too.
  if (/[‘’‚‹›]|(?:^|\s)'|'(?=\s|[.,;:!?]|$)/u.test(s)) return null;
  const quoted = s.match(/[„“"»«]([^„“”"»«]{2,}?)[“”"«»]/u);
  const words = [...s.matchAll(/\p{L}[\p{L}'-]*/gu)];
  if (words.length < 6) return null;
  let base = s;
  if (quoted) base = s.replace(quoted[0], quoted[1] as string);
  const bareWords = [...base.matchAll(/\p{L}[\p{L}'-]*/gu)];
  // Two to four words that were not quoted before (and not the same span).
  for (let tries = 0; tries < 10; tries++) {
    const len = 2 + Math.floor(r() * 3);
    const from = 1 + Math.floor(r() * Math.max(1, bareWords.length - len - 1));
    const first = bareWords[from];
    const last = bareWords[from + len - 1];
    if (!first || !last) continue;
    const start = first.index ?? 0;
    const end = (last.index ?? 0) + last[0].length;
    const span = base.slice(start, end);
    if (quoted && quoted[1]?.includes(span)) continue;
    if (/[.,;:!?&]/.test(span)) continue;
    // Whole words only: "90th" and "3pm" are not split by a quotation mark.
    if (!/\s/.test(base[start - 1] ?? ' ') || !/[\s.,;:!?]/.test(base[end] ?? ' ')) continue;
    return `${base.slice(0, start)}${L.quotes[0]}${span}${L.quotes[1]}${base.slice(end)}`;
  }
  return null;
}

/** Whether an offset lies between an opening and a closing quotation mark. */
function insideQuote(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const opens = (before.match(/[„»]|(?:^|\s)["“«]/gu) ?? []).length;
  const closes = (before.match(/[“«]|["”»](?=\s|[.,;:!?]|$)/gu) ?? []).length;
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** A faithful shortening: a clause, apposition or parenthesis dropped. */
function shorten(s: string, L: SuiteLang): string | null {
  const paren = s.match(/ \([^()]{3,}\)/);
  if (paren && paren.index !== undefined && !insideQuote(s, paren.index)) return s.replace(paren[0], '');
  const sub = new RegExp(`, (?:${L.subordinators.join('|')}) [^,;:„“"»«]+?(,(?= )|(?=[.!?]$))`, 'u');
  const m = s.match(sub);
  // Words inside quotation marks stay as they are: a shortened quote is a misquote.
  if (m && m.index !== undefined && !insideQuote(s, m.index)) {
    const rest = s.slice(m.index + m[0].length);
    const shortened = s.slice(0, m.index) + (m[1] === ',' ? (rest.startsWith(' ') ? '' : ' ') : '') + rest;
    const out = shortened.replace(/\s+([.!?])$/, '$1').replace(/ {2,}/g, ' ');
    if (out.split(/\s+/).length >= 5 && out !== s) return out;
  }
  // An apposition between commas after a capitalised word ("Scholz, der Kanzler, sagte").
  const appo = s.match(/(\p{Lu}\p{Ll}+), ((?:der|die|das|the|a|an) [^,]{3,40}), /u);
  if (appo && appo.index !== undefined && !insideQuote(s, appo.index)) return s.replace(appo[0], `${appo[1]} `);
  return null;
}

/** A number written another way that means the same ("3" → "drei", "Millionen" → "Mio.", "1.500" → "1500"). */
function equivalentNumber(s: string, L: SuiteLang): string | null {
  const scale = s.match(L === DE ? /(?<=\d) (Millionen|Milliarden)(?![\p{L}])/u : /(?<=\d) (million|billion)(?![\p{L}])/u);
  if (scale) return s.replace(scale[0], L === DE ? (scale[1] === 'Millionen' ? ' Mio.' : ' Mrd.') : scale[1] === 'million' ? 'm' : 'bn');
  const grouped = s.match(L === DE ? /(?<![\p{N}.,])(\d{1,3})\.(\d{3})(?![\p{N}.,]|\.\d)/u : /(?<![\p{N}.,])(\d{1,3}),(\d{3})(?![\p{N}]|,\d)/u);
  if (grouped) return s.replace(grouped[0], `${grouped[1]}${grouped[2]}`);
  const percent = s.match(L === DE ? /(?<=\d) Prozent(?![\p{L}])/u : /(?<=\d) (?:percent|per cent)(?![\p{L}])/u);
  if (percent) return s.replace(percent[0], L === DE ? ' %' : '%');
  const small = s.match(/(?<![\p{L}\p{N}.,:])([2-9]|1[0-2]) (?=\p{L}{3,})(?!Uhr|Prozent|percent|Jahre|years|Millionen|million)/u);
  if (small && small.index !== undefined) return `${s.slice(0, small.index)}${L.numberWords[Number(small[1]) - 2] as string} ${s.slice(small.index + small[0].length)}`;
  return null;
}

/** Sentences of an article that make good suite items: whole sentences of moderate length, no list or heading. */
function candidateSentences(text: string, lang: string): string[] {
  return splitSentences(text, { lang })
    .map((s) => s.text.replace(/\s+/g, ' ').trim())
    .filter((s) => /[.!?]["“”»«]?$/.test(s) && /^[„"»«]?\p{Lu}/u.test(s))
    .filter((s) => {
      const n = s.split(' ').length;
      return n >= SUITE_DEFAULTS.minWords && n <= SUITE_DEFAULTS.maxWords;
    });
}

/** The suite's cases for a set of articles. */
export function buildSuite(articles: readonly SuiteArticle[], lang: string, seed: number = SUITE_DEFAULTS.seed): SuiteCase[] {
  const L = LANGS[lang];
  if (!L) return [];
  const r = seededRandom(seed);
  const cases: SuiteCase[] = [];
  for (const a of articles) {
    const sentences = candidateSentences(a.text, lang);
    // A seeded shuffle, then the first few.
    const order = sentences.map((s, i) => ({ s, i, k: r() })).sort((x, y) => x.k - y.k).slice(0, SUITE_DEFAULTS.perArticle);
    for (const { s, i } of order) {
      const id = `${a.id}#${i}`;
      const add = (kind: SuiteKind, claim: string | null): void => {
        if (claim !== null && claim !== s) cases.push({ id: `${id}:${kind}`, kind, claim, source: [s] });
      };
      cases.push({ id: `${id}:faithful:untouched`, kind: 'faithful:untouched', claim: s, source: [s] });
      add('faithful:shortened', shorten(s, L));
      add('faithful:equivalent', equivalentNumber(s, L));
      add('number', corruptNumber(s, r, L));
      add('date', corruptDate(s, r, L));
      add('name', corruptName(s, a.text, r, L));
      add('negation:added', addNegation(s, r, L));
      add('negation:removed', removeNegation(s, r, L));
      add('quote', moveQuote(s, r, L));
    }
  }
  return cases;
}

export interface SuiteRow {
  kind: SuiteKind;
  cases: number;
  flagged: number;
  /** Share flagged, 0..100: caught for corruptions, wrongly flagged for faithful cases. */
  share: number;
}

export interface SuiteReport {
  lang: string;
  seed: number;
  rows: SuiteRow[];
  corruptions: { cases: number; caught: number; share: number };
  /** Mean over the corruption kinds of the share caught (each kind counts once, however many cases it has). */
  corruptionsByKind: number;
  faithful: { cases: number; flagged: number; share: number };
  /** A few misses per kind, for reading by eye. */
  misses: { kind: SuiteKind; claim: string; source: string; issues: string }[];
}

/** Runs the check on every case and counts what it flags. */
export function runSuite(cases: readonly SuiteCase[], lang: string, seed: number = SUITE_DEFAULTS.seed): SuiteReport {
  const byKind = new Map<SuiteKind, { cases: number; flagged: number }>();
  const misses: SuiteReport['misses'] = [];
  for (const c of cases) {
    const res = checkFaithfulness(c.claim, c.source, { lang });
    const flagged = !res.consistent;
    const row = byKind.get(c.kind) ?? { cases: 0, flagged: 0 };
    row.cases++;
    if (flagged) row.flagged++;
    byKind.set(c.kind, row);
    const wrong = c.kind.startsWith('faithful') ? flagged : !flagged;
    if (wrong && misses.filter((m) => m.kind === c.kind).length < 5) {
      misses.push({ kind: c.kind, claim: c.claim, source: c.source.join(' '), issues: res.issues.map((i) => `${i.kind}: ${i.text}`).join('; ') });
    }
  }
  const pct = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 10 : 0);
  const rows = [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, v]) => ({ kind, ...v, share: pct(v.flagged, v.cases) }));
  const corrupt = rows.filter((x) => !x.kind.startsWith('faithful'));
  const faithful = rows.filter((x) => x.kind.startsWith('faithful'));
  const sum = (rs: SuiteRow[], k: 'cases' | 'flagged'): number => rs.reduce((s, x) => s + x[k], 0);
  return {
    lang,
    seed,
    rows,
    corruptions: { cases: sum(corrupt, 'cases'), caught: sum(corrupt, 'flagged'), share: pct(sum(corrupt, 'flagged'), sum(corrupt, 'cases')) },
    corruptionsByKind: corrupt.length ? Math.round((corrupt.reduce((a, x) => a + x.share, 0) / corrupt.length) * 10) / 10 : 0,
    faithful: { cases: sum(faithful, 'cases'), flagged: sum(faithful, 'flagged'), share: pct(sum(faithful, 'flagged'), sum(faithful, 'cases')) },
    misses,
  };
}

export function suiteMarkdown(report: SuiteReport, data: string): string {
  return [
    `Faithfulness suite (${report.lang}, seed ${report.seed}) from ${data}`,
    '',
    '| case | cases | flagged | share flagged |',
    '| --- | ---: | ---: | ---: |',
    ...report.rows.map((r) => `| ${r.kind} | ${r.cases} | ${r.flagged} | ${r.share.toFixed(1)}% |`),
    `| **corruptions caught** | ${report.corruptions.cases} | ${report.corruptions.caught} | ${report.corruptions.share.toFixed(1)}% |`,
    `| **corruptions caught, mean over kinds** | | | ${report.corruptionsByKind.toFixed(1)}% |`,
    `| **faithful wrongly flagged** | ${report.faithful.cases} | ${report.faithful.flagged} | ${report.faithful.share.toFixed(1)}% |`,
    '',
  ].join('\n');
}
