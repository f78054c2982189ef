/**
 * What crosses the thread boundary between the pool and its workers. Plain, structured-clone
 * safe data only: a thrown KernpunkteError would lose its class and `code` on the way, so the
 * worker answers with a tagged result and the pool re-throws on this side.
 */
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { HTTP_STATUS, KernpunkteError, type ErrorCode } from '../errors.js';

export interface PoolTask {
  input: SummarizeInput;
  options?: SummarizeOptions;
}

export interface PlainError {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}

export type PoolResult = { ok: true; summary: Summary } | { ok: false; error: PlainError };

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(HTTP_STATUS, code);
}

/** Details may hold anything; a JSON round trip keeps only what survives structured clone anyway. */
function plainDetails(details: unknown): Record<string, unknown> {
  if (details === null || typeof details !== 'object') return {};
  try {
    const copy: unknown = JSON.parse(JSON.stringify(details));
    return copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? (copy as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Any thrown value → the plain error shape. Unknown errors become INTERNAL. */
export function toPlainError(e: unknown): PlainError {
  if (e instanceof KernpunkteError) {
    return { code: e.code, message: e.message, details: plainDetails(e.details) };
  }
  // Another copy of the class (e.g. dist vs. src loaded side by side) still carries a valid code.
  if (e !== null && typeof e === 'object' && 'code' in e && isErrorCode(e.code)) {
    const message = 'message' in e && typeof e.message === 'string' ? e.message : String(e.code);
    return { code: e.code, message, details: plainDetails('details' in e ? e.details : undefined) };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `summarize failed: ${message}`, details: {} };
}

/** The plain error shape → a KernpunkteError with the same code. */
export function fromPlainError(error: PlainError): KernpunkteError {
  const code: ErrorCode = isErrorCode(error.code) ? error.code : 'INTERNAL';
  return new KernpunkteError(code, error.message, error.details);
}
