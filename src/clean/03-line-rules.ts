/**
 * Step 3: one line at a time, decide whether it is portal material rather than article text.
 * Every test looks at a whole line and only at short lines (see TUNING), so a sentence that merely
 * starts like a teaser ("Video-Schiedsrichter griff ein.") or a byline ("Von den 20 Abgeordneten …")
 * stays. Returns the kind of remnant, or null to keep the line.
 */
import type { Dropped, DroppedKind } from '../types.js';
import type { Line } from './01-lines.js';
import type { CleanRules } from './data/index.js';
import { TUNING } from './tuning.js';
import { endsSentence } from './util.js';
import { SPACE, charClass } from '../lang/chars.js';

/** Name particles that may stand lower-case inside a person's name. */
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'du', 'la', 'le', 'ter', 'ten',
  'bin', 'ibn', 'al', 'el', 'af', 'y', 'mc', 'vom', 'zur',
]);

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}[\p{Ll}]+-\p{Lu}[\p{L}]*)$/u;

/** Photo labels whose tail is a credit rather than a teaser ("Foto: picture alliance/dpa"). */
const PHOTO_LABELS = new Set([
  'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'titelbild', 'symbolbild', 'archivbild', 'photo', 'photos',
  'image', 'images', 'picture', 'pictures', 'photograph', 'illustration', 'imagen', 'imágenes', 'immagine',
  'immagini', 'beeld', 'afbeelding', "foto's", 'grafik', 'infografik', 'graphic', 'bildrechte',
]);

/** A caption ends with a picture credit: "Kim und Putin in Pjöngjang. Foto: Kristina Kormilitsyna/dpa". */
const CAPTION_TAIL =
  /(?:^|[.!?)"“”»]\s+|\s[|/–—-]\s)(?:Foto|Fotos|Bild|Bildquelle|Bildrechte|Fotocredit|Copyright|Photo|Photos|Image|Credit|Crédit|Imagen|Immagine|Beeld|Afbeelding)\s*:\s*([^:.!?]{2,80})$|©\s*([^.!?©]{1,80})$/u;

/** Related labels that tell the reader to go and read, so any headline may follow them without a colon. */
const READ_VERB = /^(?:lesen|lies|weiterlesen|read|continue|lire|lea|lee|leer|leggi|lees)(?![\p{L}])/iu;

/** Units and fillers that "4 Min. Lesezeit" may hold besides the word that says it is reading time. */
const READING_FILLERS = new Set(['min', 'min.', 'mins', 'minute', 'minutes', 'minuten', 'minutos', 'minuti', 'ca.', 'ca', 'de', 'di', 'time', 'temps', 'tiempo', 'tempo']);

/**
 * Runs `classifyLine` over the lines not yet consumed, marks the dropped ones in `consumed`, and
 * returns them. The headlines listed under a bare "Mehr zum Thema" are links, not crossheads, and go too.
 */
export function dropLines(text: string, lines: readonly Line[], rules: CleanRules, consumed: boolean[]): Dropped[] {
  const out: Dropped[] = [];
  let relatedLeft = 0;
  for (let i = 0; i < lines.length; i++) {
    if (consumed[i]) {
      relatedLeft = 0;
      continue;
    }
    const line = lines[i]!;
    let kind = classifyLine(line.text, rules);
    if (!kind && relatedLeft > 0 && line.group === lines[i - 1]?.group && !endsSentence(line.text) &&
        line.text.length <= TUNING.maxHeadingChars) {
      kind = 'related';
      relatedLeft--;
    } else {
      relatedLeft = kind === 'related' && isBareRelated(line.text, rules) ? TUNING.maxRelatedLinks : 0;
    }
    if (kind) {
      consumed[i] = true;
      out.push({ kind, start: line.start, end: line.end, text: text.slice(line.start, line.end) });
    }
  }
  return out;
}

/** "Mehr zum Thema" or "Lesen Sie auch:" alone: the lines below it may be its link list. */
export function isBareRelated(t: string, rules: CleanRules): boolean {
  const m = rules.related.exec(t);
  return !!m && (m[2] ?? '') === '';
}

/** The kind of portal remnant `t` (a trimmed line) is, or null when it is (or may be) article text. */
export function classifyLine(t: string, rules: CleanRules): DroppedKind | null {
  if (t.length > TUNING.maxTeaserLineChars) {
    if (t.length <= TUNING.maxNoticeChars && isNotice(t, rules)) return 'ui';
    if (t.length <= TUNING.maxCaptionChars && isCaption(t, rules)) return 'caption';
    return null;
  }
  if (isNotice(t, rules) || isFollowUs(t, rules) || isBreadcrumb(t)) return 'ui';
  if (rules.ad.test(t)) return 'ad';
  const related = rules.related.exec(t);
  if (related) {
    const [, sep, rest = ''] = related;
    // With a colon, alone, or as "Read more from …" it points elsewhere; "Empfehlungen der Kommission"
    // is a crosshead and "Auch interessant ist, dass …." a sentence.
    if (sep || rest === '' || rest.includes(':') || (READ_VERB.test(t) && !endsSentence(rest))) return 'related';
  }
  const media = rules.media.exec(t);
  if (media) {
    const label = (media[1] ?? '').toLowerCase();
    const rest = media[2];
    if (rest !== undefined && PHOTO_LABELS.has(label) && isCreditTail(rest, rules)) return 'credit';
    return 'media';
  }
  if (t.length <= TUNING.maxMetaLineChars) {
    const kind = metaLine(t, rules);
    if (kind) return kind;
  }
  if (isCreditsLine(t, rules)) return 'credit';
  if (isCaption(t, rules)) return 'caption';
  return null;
}

/** "Politik > Ausland", "Home / News / World": a navigation path of short capitalised parts. */
function isBreadcrumb(t: string): boolean {
  if (t.length > TUNING.maxMetaLineChars || !BREADCRUMB_MARK.test(t)) return false;
  const arrows = t.split(ARROW_SPLIT);
  const parts = arrows.length >= 2 ? arrows : t.split(SLASH_SPLIT);
  if (parts.length < (arrows.length >= 2 ? 2 : 3)) return false;
  return parts.every((p) => /^\p{Lu}[\p{L}\p{N}&' -]*$/u.test(p) && p.split(' ').length <= 3);
}

export const ARROW_SPLIT = /\s+[>›»]\s+/;
export const SLASH_SPLIT = /\s+\/\s+/;
/** A breadcrumb has a ">", "›", "»" or "/" between its parts: tested before splitting on them. */
export const BREADCRUMB_MARK = /[>›»/]/;

/** Lines like "Von Max Mustermann | 24.06.2024, 14:30 Uhr · 3 Min. Lesezeit": every part is metadata. */
function metaLine(t: string, rules: CleanRules): DroppedKind | null {
  // Most lines have no separator at all: then the line is its one part (it is trimmed and not empty).
  if (t !== '' && !META_SEPARATOR.test(t)) return metaPart(t, rules);
  const parts = t.split(META_SPLIT).filter((p) => p !== '');
  if (parts.length === 0) return 'ui';
  let best: DroppedKind | null = null;
  for (const p of parts) {
    const kind = metaPart(p, rules);
    if (!kind) return null;
    if (!best || PRIORITY.indexOf(kind) < PRIORITY.indexOf(best)) best = kind;
  }
  return best;
}

export const META_SPLIT = /\s*[|·•]\s*|\s+[–—]\s+/;
/** A character that `META_SPLIT` needs: a line without one is its own one part. */
export const META_SEPARATOR = /[|·•–—]/;

const PRIORITY: readonly DroppedKind[] = ['byline', 'agency', 'credit', 'dateline', 'ui'];

function metaPart(p: string, rules: CleanRules): DroppedKind | null {
  if (isAgencyTag(p, rules)) return 'agency';
  const source = rules.sourceLabel.exec(p);
  if (source) {
    const rest = source[1] ?? '';
    if (rest === '' || isAgencyTag(rest, rules)) return 'agency';
    if (rest.length <= TUNING.maxCreditChars && !endsSentence(rest)) return 'credit';
  }
  const byline = rules.bylinePrefix.exec(p);
  if (byline && isNameList(byline[1] ?? '', rules)) return 'byline';
  if (isTimestamp(p, rules)) return 'dateline';
  if (isReadingTime(p, rules)) return 'ui';
  if (rules.ui.test(p)) return 'ui';
  // The anchored pattern first: it rules out nearly every line at its first characters.
  if (rules.photoCredit.test(p) && isCreditTail(p, rules)) return 'credit';
  return null;
}

/** "AFP", "(dpa)", "dpa/AFP", "AFP/ct", "(dpa/lno)", "Reuters": agencies, maybe with editor initials. */
export function isAgencyTag(p: string, rules: CleanRules): boolean {
  // The tag without the brackets, spaces and end marks around it (`/^[([{\s]+|[)\]}\s.:]+$/g` cut away).
  let s = 0;
  let e = p.length;
  while (s < e && isTagOpener(p.charCodeAt(s))) s++;
  while (e > s && isTagCloser(p.charCodeAt(e - 1))) e--;
  if (e === s || e - s > 60) return false;
  // Most lines are ruled out by their first word, before the tag is copied and split.
  if (!firstWordMayOpenTag(p, s, e, rules)) return false;
  const inner = p.slice(s, e);
  const tokens = inner.split(/\s*[/,+&]\s*|\s+(?:und|and|mit|with|et|y|e|en)\s+/i);
  let agency = false;
  for (const tok of tokens) {
    const low = tok.toLowerCase();
    if (rules.agencies.has(low)) agency = true;
    else if (!/^[a-z]{1,4}$/.test(tok)) return false; // editor initials are lower case: "AFP/ct"
  }
  return agency;
}

const isTagOpener = (c: number): boolean => c === 40 || c === 91 || c === 123 || (charClass(c) & SPACE) !== 0; // ( [ {
const isTagCloser = (c: number): boolean => c === 41 || c === 93 || c === 125 || c === 46 || c === 58 || (charClass(c) & SPACE) !== 0; // ) ] } . :
/** A character the tag's separators start with: a space, "/", ",", "+" or "&". */
const isTagBreak = (c: number): boolean => c === 47 || c === 44 || c === 43 || c === 38 || (charClass(c) & SPACE) !== 0;

/**
 * Whether `p[s..e)` may be an agency tag by its first word (up to the first space or separator
 * character): the tag's first token is that word, or a name with a space that starts with it
 * ("europa press"), and must be editor initials or an agency. Never false for a tag.
 */
export function firstWordMayOpenTag(p: string, s: number, e: number, rules: CleanRules): boolean {
  let q = s;
  while (q < e && !isTagBreak(p.charCodeAt(q))) q++;
  if (q - s >= 1 && q - s <= 4) {
    let lower = true;
    for (let i = s; i < q && lower; i++) lower = p.charCodeAt(i) >= 97 && p.charCodeAt(i) <= 122;
    if (lower) return true; // editor initials: /^[a-z]{1,4}$/
  }
  return rules.agencyFirstWords.has(p.slice(s, q).toLowerCase());
}

/** "Max Mustermann", "Max Mustermann, Berlin", "Anna Schmidt und Jan de Vries", "Reuters". */
function isNameList(rest: string, rules: CleanRules): boolean {
  const r = rest.replace(/[\s:,]+$/, '');
  if (r === '' || endsSentence(r) || /\d/.test(r)) return false;
  const names = r.split(rules.nameSplit).filter((n) => n !== '');
  if (names.length === 0 || names.length > TUNING.maxBylineNames * 2) return false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (isAgencyTag(name, rules)) continue;
    const words = name.split(/\s+/);
    if (words.length > TUNING.maxNameWords) return false;
    // The first name must have two words: "Von Berlin" or "By Tuesday" is no byline.
    if (i === 0 && words.length < 2) return false;
    if (!NAME_WORD.test(words[0]!)) return false;
    for (const w of words) if (!NAME_WORD.test(w) && !PARTICLES.has(w.toLowerCase())) return false;
  }
  return true;
}

const NUMERIC_DATE = /^(?:\d{1,4}(?:[./:-]\d{1,4}){0,2}\.?|\d{1,2}(?:st|nd|rd|th|er|e|\.)|\d{1,2}(?:[.:]\d{2})?(?:h|uhr|am|pm|u)|\d{1,2}h\d{2}|\d{4}-\d{2}-\d{2}t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)$/;

const DATE_TOKEN = /[^\s,|·•/]+/g;
const READING_TOKEN = /[^\s:]+/g;

/** "24.06.2024, 14:30 Uhr", "Stand: 24.06.2024", "Monday, May 18, 2015", "vor 2 Stunden". */
export function isTimestamp(p: string, rules: CleanRules): boolean {
  if (!/\d/.test(p)) return false;
  const label = rules.timestampLabel.exec(p);
  const rest = label ? p.slice(label[0].length) : p;
  // Token by token (the pieces `split(/[\s,|·•/]+/)` gives, but ""): most lines fail on the first.
  const lower = rest.toLowerCase();
  const token = DATE_TOKEN;
  token.lastIndex = 0;
  let digit = false;
  for (let m = token.exec(lower); m !== null; m = token.exec(lower)) {
    const raw = m[0];
    if (raw === '-' || raw === '–' || raw === '—') continue;
    const tok = raw.replace(/^[(]+|[),;:]+$/g, '');
    if (tok === '') continue;
    if (NUMERIC_DATE.test(tok)) {
      digit = true;
      continue;
    }
    if (!rules.dateWords.has(tok) && !rules.dateWords.has(tok.replace(/\.$/, ''))) return false;
  }
  return digit;
}

/** "4 Min. Lesezeit", "Lesezeit: 4 Minuten", "5 min read". */
export function isReadingTime(p: string, rules: CleanRules): boolean {
  if (!/\d/.test(p)) return false;
  // Token by token (the pieces `split(/[\s:]+/)` gives, but ""): most lines fail on the first.
  const lower = p.toLowerCase();
  const token = READING_TOKEN;
  token.lastIndex = 0;
  let digit = false;
  let anchor = false;
  for (let m = token.exec(lower); m !== null; m = token.exec(lower)) {
    const tok = m[0];
    if (/^(?:ca\.)?\d+(?:[-–]\d+)?$/.test(tok)) digit = true;
    else if (!rules.readingTimeWords.has(tok) && !rules.readingTimeWords.has(tok.replace(/\.$/, ''))) return false;
    else if (!READING_FILLERS.has(tok)) anchor = true;
  }
  return digit && anchor;
}

/** What follows "Foto:" is a credit when it names an agency or photographer: short, with "/" or "|" or "©". */
function isCreditTail(rest: string, rules: CleanRules): boolean {
  const r = rest.trim();
  if (r === '' || r.length > TUNING.maxCreditChars || endsSentence(r)) return false;
  if (/[/|©]/.test(r) || rules.photoCredit.test(r) || isAgencyTag(r, rules)) return true;
  // A bare photographer's name: "Foto: Max Mustermann".
  const words = r.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

function isCaption(t: string, rules: CleanRules): boolean {
  if (t.length > TUNING.maxCaptionChars || (!t.includes(':') && !t.includes('©'))) return false;
  const m = CAPTION_TAIL.exec(t);
  if (!m) return false;
  const credit = m[1] ?? m[2] ?? '';
  return isCreditTail(credit, rules) || rules.photoCredit.test(credit.trim());
}

/** "Follow @BBCNewsbeat on Twitter", "Folgen Sie uns auf Instagram". */
function isFollowUs(t: string, rules: CleanRules): boolean {
  return rules.followOpening.test(t) && rules.social.test(t);
}

/** "Übersetzung: A, Redaktion: B, Audioversion: C": every part names a role and its people. */
function isCreditsLine(t: string, rules: CleanRules): boolean {
  if (!rules.creditRole.test(t) || (endsSentence(t) && !t.endsWith('.'))) return false;
  const parts = t.replace(/\.$/, '').split(/\s*[,;|]\s*(?=\p{L}+(?:\s\p{L}+)?\s*:)/u);
  if (!parts.every((p) => rules.creditRole.test(p))) return false;
  // One "Text: …" alone could be a sentence-like label; two roles or a short name list is a credits line.
  return parts.length >= 2 || isCreditTail(parts[0]!.slice(parts[0]!.indexOf(':') + 1), rules);
}

/** Cookie banners and "external content" placeholders. */
function isNotice(t: string, rules: CleanRules): boolean {
  if (!rules.noticeOpening.test(t)) return false;
  return rules.noticeWord.test(t.slice(0, TUNING.noticeWindowChars));
}
