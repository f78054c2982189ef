/**
 * One error class for everything the library refuses. Shells (CLI, server, batch, queue)
 * branch on `code`, never on the message. `exit` and `status` say how each shell reports it.
 */
export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'UNKNOWN_METHOD'
  | 'NO_ARTICLE'
  | 'TOO_SHORT'
  | 'BAD_ENCODING'
  | 'UNSUPPORTED_CONTENT_TYPE'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'PRIVATE_ADDRESS'
  | 'INVALID_URL'
  | 'QUEUE_UNAVAILABLE'
  | 'UNKNOWN_BACKEND'
  | 'BACKEND_UNAVAILABLE'
  | 'MODEL_FAILED'
  | 'ABORTED'
  | 'INTERNAL';

/** HTTP status a server answers each code with. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = Object.freeze({
  EMPTY_INPUT: 400,
  BINARY_INPUT: 400,
  INPUT_TOO_LARGE: 413,
  INVALID_INPUT: 400,
  INVALID_OPTION: 400,
  UNKNOWN_METHOD: 400,
  NO_ARTICLE: 422,
  TOO_SHORT: 422,
  BAD_ENCODING: 422,
  UNSUPPORTED_CONTENT_TYPE: 422,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 504,
  FETCH_TOO_LARGE: 413,
  TOO_MANY_REDIRECTS: 502,
  PRIVATE_ADDRESS: 400,
  INVALID_URL: 400,
  QUEUE_UNAVAILABLE: 503,
  UNKNOWN_BACKEND: 400,
  BACKEND_UNAVAILABLE: 501,
  MODEL_FAILED: 502,
  // nginx's "client closed request": nobody is left to read it.
  ABORTED: 499,
  INTERNAL: 500,
});

export class KernpunkteError extends Error {
  override readonly name = 'KernpunkteError';
  readonly code: ErrorCode;
  /** Extra facts for the caller (valid method names, limits, …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }

  /** True for errors caused by the input or options (CLI exit 2), false for processing failures (exit 1). */
  get isInputError(): boolean {
    return this.code !== 'INTERNAL' && this.code !== 'QUEUE_UNAVAILABLE' && this.code !== 'MODEL_FAILED' && this.code !== 'ABORTED';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  toJSON(): { code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: { ...this.details } };
  }
}

export function isKernpunkteError(e: unknown): e is KernpunkteError {
  return e instanceof KernpunkteError;
}
