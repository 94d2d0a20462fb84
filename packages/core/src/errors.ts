/**
 * One error hierarchy for every kybkit package, so that `instanceof` works across providers.
 * Messages start with the package in brackets (`[@kybkit/e-attestations] …`) and never contain a
 * secret: callers pass already-redacted text, and nothing here copies headers or bodies verbatim.
 */

export interface KybkitErrorOptions {
  /** The package that raised it, e.g. `@kybkit/e-attestations`. Defaults to `@kybkit/core`. */
  source?: string;
  /** Provider slug, e.g. `e-attestations`. */
  provider?: string;
  /** Operation id from the spec, when known. */
  operation?: string;
  cause?: unknown;
}

export class KybkitError extends Error {
  override readonly name: string = 'KybkitError';
  readonly source: string;
  readonly provider: string | undefined;
  readonly operation: string | undefined;

  constructor(message: string, options: KybkitErrorOptions = {}) {
    const source = options.source ?? '@kybkit/core';
    super(`[${source}] ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.source = source;
    this.provider = options.provider;
    this.operation = options.operation;
  }

  /** Serialises without `cause` chains, which could hold foreign objects. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, provider: this.provider, operation: this.operation };
  }
}

/** Bad input caught before anything was sent (an invalid SIREN, a file too large, a missing option). */
export class ValidationError extends KybkitError {
  override readonly name: string = 'ValidationError';
  /** The option or field at fault, e.g. `body.companyIdValue`. */
  readonly field: string | undefined;
  constructor(message: string, options: KybkitErrorOptions & { field?: string } = {}) {
    super(message, options);
    this.field = options.field;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}

/** An attempt exceeded its timeout, or the whole call exceeded its deadline. */
export class TimeoutError extends KybkitError {
  override readonly name: string = 'TimeoutError';
  readonly timeoutMs: number;
  readonly kind: 'attempt' | 'deadline';
  constructor(
    message: string,
    options: KybkitErrorOptions & { timeoutMs: number; kind: 'attempt' | 'deadline' },
  ) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.kind = options.kind;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, kind: this.kind };
  }
}

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortedError extends KybkitError {
  override readonly name: string = 'AbortedError';
}

/** The connection failed (refused, reset, DNS) and retries, if allowed, were exhausted. */
export class NetworkError extends KybkitError {
  override readonly name: string = 'NetworkError';
  readonly attempts: number;
  constructor(message: string, options: KybkitErrorOptions & { attempts: number }) {
    super(message, options);
    this.attempts = options.attempts;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), attempts: this.attempts };
  }
}

/** A redirect was refused: too many hops, a downgrade from https, or a malformed Location. */
export class RedirectError extends KybkitError {
  override readonly name: string = 'RedirectError';
}

/** Credentials were refused or could not be obtained (token endpoint error, bad password). */
export class AuthError extends KybkitError {
  override readonly name: string = 'AuthError';
  readonly status: number | undefined;
  /** The provider's error code, e.g. OAuth2 `invalid_grant`. */
  readonly code: string | undefined;
  constructor(message: string, options: KybkitErrorOptions & { status?: number; code?: string } = {}) {
    super(message, options);
    this.status = options.status;
    this.code = options.code;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, code: this.code };
  }
}

export interface ApiErrorOptions extends KybkitErrorOptions {
  status: number;
  /** Provider error code (e.g. e-Attestations `E102`, Alloy minor code). */
  code?: string;
  requestId?: string;
  retryable: boolean;
  retryAfterMs?: number;
  /** The parsed error body, typed from the spec by the provider package. Never logged by kybkit. */
  body?: unknown;
}

/** The API answered with an error status. Thrown by `unwrap()`; the plain result shape returns it. */
export class ApiError extends KybkitError {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  /** The parsed error body. Non-enumerable, so that logging the error never prints provider data. */
  declare readonly body: unknown;
  constructor(message: string, options: ApiErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.code = options.code;
    this.requestId = options.requestId;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    Object.defineProperty(this, 'body', { value: options.body, enumerable: false });
  }
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export const isKybkitError = (value: unknown): value is KybkitError => value instanceof KybkitError;
export const isRetryable = (value: unknown): boolean =>
  (value instanceof ApiError && value.retryable) ||
  value instanceof NetworkError ||
  value instanceof TimeoutError;
export const isAuthError = (value: unknown): boolean =>
  value instanceof AuthError || (value instanceof ApiError && (value.status === 401 || value.status === 403));

/**
 * `waitFor` ran out of time before its condition held. `lastValue` is the last value polled (kept off
 * `toJSON` and non-enumerable, so that logging the error does not print a provider payload).
 */
export class WaitTimeoutError extends TimeoutError {
  override readonly name: string = 'WaitTimeoutError';
  declare readonly lastValue: unknown;
  /** Polls made. */
  readonly attempts: number;
  constructor(
    message: string,
    options: KybkitErrorOptions & { timeoutMs: number; attempts: number; lastValue: unknown },
  ) {
    super(message, { ...options, kind: 'deadline' });
    this.attempts = options.attempts;
    Object.defineProperty(this, 'lastValue', {
      value: options.lastValue,
      enumerable: false,
      writable: false,
    });
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), attempts: this.attempts };
  }
}

/**
 * A 2xx answer whose body is not what the spec promises (not JSON). The message names the request,
 * never the body: openapi-fetch's SyntaxError quotes the body, so it is not kept as the cause.
 */
export class ResponseError extends KybkitError {
  override readonly name: string = 'ResponseError';
}
