/**
 * Step 2: structures that span several lines and go as a whole:
 * - a summary box already on the page ("ribbon Zusammenfassung" + "•" items), at the start or the end;
 * - a footer after a `---` rule made of "Quelle: …", "Lizenz: …" lines (Wikinews copies, wire archives).
 * Each becomes one Dropped span from its first to its last line.
 */
import type { Dropped } from '../types.js';
import type { CleanRules } from './data/index.js';
import type { Line } from './01-lines.js';
import { TUNING } from './tuning.js';
import { bulletLength } from './util.js';

const RULE_LINE = /^(?:-{3,}|_{3,}|\*{3,}|={3,}|–{3,}|—{2,}|(?:\*\s){2,}\*|(?:-\s){2,}-)$/;

export function isRuleLine(t: string): boolean {
  return RULE_LINE.test(t);
}

/**
 * Finds summary boxes and footers. Marks their lines in `consumed` and returns the drops.
 * A box heading only counts when items follow: "•"-marked lines (blank lines between them are fine),
 * or unmarked lines directly below it that form a short group of their own. A lone "Zusammenfassung"
 * line stays in the text, as a crosshead.
 */
export function findBoxes(text: string, lines: readonly Line[], rules: CleanRules, consumed: boolean[]): Dropped[] {
  const out: Dropped[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (consumed[i]) continue;
    if (head.text.length <= TUNING.maxMetaLineChars && rules.summaryHeading.test(head.text)) {
      const last = boxEnd(lines, i);
      if (last > i) {
        for (let k = i; k <= last; k++) consumed[k] = true;
        const end = lines[last]!.end;
        out.push({ kind: 'summary-box', start: head.start, end, text: text.slice(head.start, end) });
        i = last;
      }
      continue;
    }
    if (isRuleLine(head.text)) {
      const last = footerEnd(lines, i, rules);
      const end = lines[last]!.end;
      for (let k = i; k <= last; k++) consumed[k] = true;
      out.push({ kind: last > i ? 'credit' : 'ui', start: head.start, end, text: text.slice(head.start, end) });
      i = last;
    }
  }
  return out;
}

/** Index of the box's last item line, or `i` when no items follow the heading. */
function boxEnd(lines: readonly Line[], i: number): number {
  const head = lines[i]!;
  const first = lines[i + 1];
  if (!first) return i;
  if (bulletLength(first.text) > 0) {
    let j = i;
    while (j + 1 < lines.length && j - i < TUNING.maxBoxItems) {
      const next = lines[j + 1]!;
      if (bulletLength(next.text) === 0 || next.text.length > TUNING.maxBoxItemChars) break;
      j++;
    }
    return j;
  }
  // Unmarked items (list markers lost in copying): only a short group right below the heading that
  // ends with a blank line or the text, so a crosshead "Zusammenfassung" over paragraphs is not eaten.
  if (first.group !== head.group) return i;
  let j = i + 1;
  while (j + 1 < lines.length && lines[j + 1]!.group === head.group) j++;
  const items = j - i;
  if (items > TUNING.maxBoxItems) return i;
  for (let k = i + 1; k <= j; k++) if (lines[k]!.text.length > TUNING.maxBoxItemChars) return i;
  return j;
}

/** A footer runs from the rule to the end of the text and holds only "Label: value" lines. */
function footerEnd(lines: readonly Line[], i: number, rules: CleanRules): number {
  const rest = lines.length - 1 - i;
  if (rest < 1 || rest > TUNING.maxFooterLines) return i;
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (!rules.footerLabel.test(t) && !isRuleLine(t)) return i;
  }
  return lines.length - 1;
}
