/**
 * One JSONL line → what to summarize, or why not. Pure; shared by batch and `queue add`.
 * A record is `{id, text | html, title?, lang?, url?}`; `url` only as the base of `html`
 * (batch never fetches).
 */
import type { SummarizeInput } from '../types.js';
import type { ErrorCode } from '../errors.js';

export type RecordId = string | number;

export interface BatchRecord {
  id: RecordId;
  input: SummarizeInput;
}

export interface RecordError {
  /** Input line, counting from 1. */
  line: number;
  id?: RecordId;
  code: ErrorCode;
  message: string;
}

export type ParsedLine = { ok: true; record: BatchRecord } | { ok: false; error: RecordError } | { ok: 'blank' };

/**
 * The key a record id is matched by (resume, queue jobs and results): its JSON text, so that
 * the number 1 and the string "1" are two records, as they are two values in the input.
 * @example idKey(1) // '1'; idKey('1') // '"1"'
 */
export function idKey(id: RecordId): string {
  return JSON.stringify(id);
}

function isRecordId(value: unknown): value is RecordId {
  return (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined | null {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : null;
}

export function parseRecordLine(text: string, line: number): ParsedLine {
  if (text.trim() === '') return { ok: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { line, code: 'INVALID_INPUT', message: `line ${line} is not valid JSON (${why})` } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { line, code: 'INVALID_INPUT', message: `line ${line} must be a JSON object like {"id": …, "text": …}` } };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (!isRecordId(id)) {
    return {
      ok: false,
      error: { line, code: 'INVALID_INPUT', message: `line ${line} needs an "id" (a non-empty string or a number)` },
    };
  }
  const fail = (message: string, code: ErrorCode = 'INVALID_INPUT'): ParsedLine => ({
    ok: false,
    error: { line, id, code, message: `line ${line} (id ${JSON.stringify(id)}): ${message}` },
  });

  const title = optionalString(record, 'title');
  const lang = optionalString(record, 'lang');
  const url = optionalString(record, 'url');
  if (title === null) return fail('"title" must be a string');
  if (lang === null) return fail('"lang" must be a string');
  if (url === null) return fail('"url" must be a string');
  const extra = { ...(title !== undefined ? { title } : {}), ...(lang !== undefined ? { lang } : {}) };

  if (typeof record.text === 'string') {
    return { ok: true, record: { id, input: { text: record.text, ...extra } } };
  }
  if (typeof record.html === 'string') {
    return { ok: true, record: { id, input: { html: record.html, ...(url !== undefined ? { url } : {}), ...extra } } };
  }
  if (record.text !== undefined || record.html !== undefined) return fail('"text" or "html" must be a string');
  return fail('needs "text" or "html"');
}
