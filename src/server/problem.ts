/**
 * Every error response is RFC 9457 problem details (`application/problem+json`) with a stable
 * `code`. `toProblem()` is the one place that turns a thrown value into a status and a body;
 * it looks at codes and classes only, never at message text.
 */
import { STATUS_CODES } from 'node:http';
import { HTTP_STATUS, isKernpunkteError, type ErrorCode } from '../errors.js';

/** Codes only the HTTP shell produces (the library's own codes come from ErrorCode). */
export type ServerErrorCode =
  | 'UNAUTHORIZED'
  | 'NOT_FOUND'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BODY_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'REQUEST_TIMEOUT'
  | 'SHUTTING_DOWN';

export type ProblemCode = ErrorCode | ServerErrorCode;

const SERVER_STATUS: Readonly<Record<ServerErrorCode, number>> = Object.freeze({
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  TIMEOUT: 504,
  REQUEST_TIMEOUT: 408,
  SHUTTING_DOWN: 503,
});

/** An error raised by the server shell itself (auth, limits, routing). */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  readonly code: ServerErrorCode;
  readonly status: number;
  /** Response headers the problem needs (Retry-After, WWW-Authenticate). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ServerErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.status = SERVER_STATUS[code];
    this.headers = Object.freeze({ ...headers });
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  requestId: string;
  errors?: Array<{ path: string; message: string }>;
  details?: Record<string, unknown>;
}

export interface ProblemResponse {
  status: number;
  headers: Record<string, string>;
  body: ProblemBody;
}

/** Fastify's own error codes (body parsing, routing) → our codes. */
const FASTIFY_CODES: Readonly<Record<string, ProblemCode>> = Object.freeze({
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_INPUT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_INPUT',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_INPUT',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_NOT_FOUND: 'NOT_FOUND',
  // A path that is not valid percent-encoding (`/%`, `/%zz`, `/%c0`).
  FST_ERR_BAD_URL: 'INVALID_INPUT',
  FST_ERR_MAX_PARAM_LENGTH: 'INVALID_INPUT',
});

/** An issue list, as zod's `error.issues` has it. */
export interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** A request failed schema validation; carries the issues for the `errors` member. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly code: 'INVALID_INPUT' | 'INVALID_OPTION';
  readonly issues: ReadonlyArray<Issue>;
  constructor(issues: ReadonlyArray<Issue>) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
    super(first ? `${where}${first.message}` : 'invalid request');
    this.issues = issues;
    // An issue on an option field is INVALID_OPTION; anything about the article itself is INVALID_INPUT.
    const OPTION_FIELDS = ['bullets', 'type', 'length', 'method', 'lang', 'maxWordsPerBullet', 'wholeSentences'];
    this.code = issues.every((i) => OPTION_FIELDS.includes(String(i.path[0]))) ? 'INVALID_OPTION' : 'INVALID_INPUT';
  }
}

function hasStringCode(e: unknown): e is { code: string; message?: unknown; statusCode?: unknown } {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
}

/**
 * Map anything thrown to a problem response. `path` and `requestId` fill `instance` and `requestId`.
 * Unknown errors become 500 INTERNAL with a generic detail (their message may leak internals).
 */
export function toProblem(
  error: unknown,
  path: string,
  requestId: string,
  /** Details to use instead of Fastify's terse texts, by code (they say what to do next). */
  hints: Partial<Record<ProblemCode, string>> = {},
): ProblemResponse {
  let code: ProblemCode = 'INTERNAL';
  let status = 500;
  let detail = 'internal error; see the server log for this request id';
  let headers: Record<string, string> = {};
  let errors: ProblemBody['errors'];
  let details: Record<string, unknown> | undefined;

  if (isKernpunkteError(error)) {
    code = error.code;
    status = HTTP_STATUS[error.code];
    if (code !== 'INTERNAL') detail = error.message;
    if (Object.keys(error.details).length > 0) details = { ...error.details };
  } else if (error instanceof ServerError) {
    code = error.code;
    status = error.status;
    detail = error.message;
    headers = { ...error.headers };
  } else if (error instanceof ValidationError) {
    code = error.code;
    status = 400;
    detail = error.message;
    errors = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  } else if (hasStringCode(error) && FASTIFY_CODES[error.code] !== undefined) {
    code = FASTIFY_CODES[error.code] as ProblemCode;
    status = code === 'BODY_TOO_LARGE' ? 413 : code === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : code === 'NOT_FOUND' ? 404 : 400;
    detail = hints[code] ?? (typeof error.message === 'string' ? error.message : detail);
  } else if (hasStringCode(error) && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    // Another client error Fastify raised (e.g. malformed headers): keep its status, call it invalid input.
    code = 'INVALID_INPUT';
    status = error.statusCode;
    detail = typeof error.message === 'string' ? error.message : 'invalid request';
  }

  const body: ProblemBody = {
    type: `urn:kernpunkte:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: path,
    code,
    requestId,
  };
  if (errors) body.errors = errors;
  if (details) body.details = details;
  return { status, headers, body };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
