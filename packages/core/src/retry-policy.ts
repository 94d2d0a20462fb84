/** Retry options of the fetch pipeline; every field is optional and falls back to {@link DEFAULT_RETRY}. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (three attempts in all). */
  maxRetries?: number;
  /** Base of the exponential backoff. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling of one backoff delay. Default 8 000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the response is returned as is. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Statuses to retry, replacing the default (408, 425, 429 and 5xx except 501 and 505). */
  statuses?: readonly number[];
}

export interface ResolvedRetryOptions {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  statuses: readonly number[] | undefined;
}

export const DEFAULT_RETRY: Readonly<ResolvedRetryOptions> = Object.freeze({
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  statuses: undefined,
});

/** Merges retry options over a base (the client's options, or the defaults). */
export function resolveRetryOptions(
  options: RetryOptions,
  base: Readonly<ResolvedRetryOptions> = DEFAULT_RETRY,
): ResolvedRetryOptions {
  return {
    maxRetries: options.maxRetries ?? base.maxRetries,
    baseDelayMs: options.baseDelayMs ?? base.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? base.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? base.maxRetryAfterMs,
    statuses: options.statuses ?? base.statuses,
  };
}

/** GET, HEAD, OPTIONS, PUT and DELETE: methods whose repetition has the effect of one call (RFC 9110 §9.2.2). */
export function isIdempotentMethod(method: string): boolean {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
    case 'OPTIONS':
    case 'PUT':
    case 'DELETE':
      return true;
    default:
      return false;
  }
}

/** 408, 425, 429 and 5xx except 501 (Not Implemented) and 505 (HTTP Version Not Supported), or `statuses`. */
export function isRetryableStatus(status: number, statuses?: readonly number[]): boolean {
  if (statuses !== undefined) {
    return statuses.includes(status);
  }
  if (status >= 500 && status <= 599) {
    return status !== 501 && status !== 505;
  }
  return status === 408 || status === 425 || status === 429;
}

const SECONDS = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * The delay a response asks for, in ms: `retry-after-ms` first, then `Retry-After` as seconds or as an
 * HTTP date (against `nowMs`). A date in the past gives 0. Unparseable values give undefined.
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && SECONDS.test(ms)) {
    return Number(ms);
  }
  const value = headers.get('retry-after');
  if (value === null) {
    return undefined;
  }
  if (SECONDS.test(value)) {
    return Number(value) * 1000;
  }
  // An HTTP date always names its month; this keeps Date.parse from reading "-3" as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - nowMs);
}

/**
 * Full-jitter exponential backoff: `random() × min(maxDelayMs, baseDelayMs × 2^attempt)`, where `attempt`
 * is 0 before the first retry.
 */
export function backoffDelay(
  attempt: number,
  options: { baseDelayMs: number; maxDelayMs: number },
  random: () => number = Math.random,
): number {
  return random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
}
