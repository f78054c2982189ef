/**
 * Step 4: the kept lines become blocks. Lines of one group stay apart (a pasted page often puts a
 * paragraph, a crosshead or a list item on each line) unless the text is hard-wrapped: then a line that
 * ends mid-sentence continues on the next. A list marker ("• ") is left out of the block's span.
 */
import type { Block } from '../types.js';
import type { Line } from './01-lines.js';
import { TUNING } from './tuning.js';
import { bulletLength, endsSentence, startsLower } from './util.js';

/** A kept run of lines, before it gets its kind. */
export type RawBlock = Omit<Block, 'kind'>;

export function buildBlocks(text: string, lines: readonly Line[], kept: readonly boolean[]): RawBlock[] {
  // Asked only when two kept lines of one group meet: most texts put a blank line between paragraphs.
  let wrapped: Set<number> | undefined;
  const isWrapped = (group: number): boolean => (wrapped ??= wrappedGroups(lines, kept)).has(group);
  const out: RawBlock[] = [];
  let start = -1;
  let end = -1;
  let last: Line | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!kept[i]) {
      // A dropped line between two kept ones always ends the block.
      last = undefined;
      continue;
    }
    if (last && last.group === line.group && joins(last, line, isWrapped)) {
      end = line.end;
      out[out.length - 1] = { start, end, text: text.slice(start, end) };
    } else {
      start = line.start + bulletLength(line.text);
      end = line.end;
      out.push({ start, end, text: text.slice(start, end) });
    }
    last = line;
  }
  return out;
}

function joins(prev: Line, next: Line, isWrapped: (group: number) => boolean): boolean {
  if (endsSentence(prev.text) || bulletLength(next.text) > 0) return false;
  return startsLower(next.text) || (prev.text.length >= TUNING.minWrappedLineChars && isWrapped(next.group));
}

/**
 * Groups that look hard-wrapped: at least three lines, and most lines before the last end mid-sentence
 * while being long. A column of one-paragraph-per-line text ends its lines with full stops instead.
 */
function wrappedGroups(lines: readonly Line[], kept: readonly boolean[]): Set<number> {
  const stats = new Map<number, { lines: number; open: number }>();
  for (let i = 0; i < lines.length; i++) {
    if (!kept[i]) continue;
    const line = lines[i]!;
    const s = stats.get(line.group) ?? { lines: 0, open: 0 };
    s.lines++;
    if (!endsSentence(line.text) && line.text.length >= TUNING.minWrappedLineChars) s.open++;
    stats.set(line.group, s);
  }
  const out = new Set<number>();
  for (const [g, s] of stats) if (s.lines >= 3 && s.open >= 0.6 * (s.lines - 1)) out.add(g);
  return out;
}
