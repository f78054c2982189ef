/**
 * Reading the model's reply: `{"bullets":[{"text":"…","sources":[1,4]}]}`, tolerating what
 * models wrap around it (code fences, "Here is the summary:", a bare array). The scan reads
 * complete bullet objects one by one, so a streamed reply yields each bullet as soon as its
 * closing brace arrives, and a reply cut off mid-way still yields the bullets before the cut.
 */

export interface ModelBullet {
  text: string;
  /** The sentence numbers as the model wrote them (1-based). */
  sources: number[];
}

export interface ScannedReply {
  bullets: ModelBullet[];
  /** The bullet list was closed: the reply is complete, not cut off. */
  complete: boolean;
}

/** Index just past the JSON value (object or array) that opens at `start`, or -1 if it does not close. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function toSource(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/^\s*\[?\s*|\s*\]?\s*$/g, '')) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** A parsed object as a bullet, or null when it has no text. */
function toBullet(value: unknown): ModelBullet | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text.trim() : '';
  if (!text) return null;
  const raw = Array.isArray(o.sources) ? o.sources : o.sources === undefined ? [] : [o.sources];
  const sources = [...new Set(raw.map(toSource).filter((n): n is number => n !== null))];
  return { text, sources };
}

/** Where the list of bullets opens: after `"bullets":`, else the first `[` that holds an object. */
function listStart(text: string): number {
  const key = /"bullets"\s*:\s*\[/.exec(text);
  if (key) return key.index + key[0].length;
  const bare = /\[\s*\{/.exec(text);
  return bare ? bare.index + 1 : -1;
}

/** Every complete bullet in `reply` so far. Call again with more text as it streams in. */
export function scanReply(reply: string): ScannedReply {
  const bullets: ModelBullet[] = [];
  let i = listStart(reply);
  if (i < 0) return { bullets, complete: false };
  while (i < reply.length) {
    const ch = reply[i]!;
    if (ch === ']') return { bullets, complete: true };
    if (ch !== '{') {
      i++;
      continue;
    }
    const end = valueEnd(reply, i);
    if (end < 0) break;
    try {
      const bullet = toBullet(JSON.parse(reply.slice(i, end)));
      if (bullet) bullets.push(bullet);
    } catch {
      // A malformed object is skipped; the next one may be fine.
    }
    i = end;
  }
  return { bullets, complete: false };
}
