import {
  ApiError,
  type ApiErrorOptions,
  apiErrorFrom,
  type ResultLike,
  type SuccessData,
} from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/** The `error` member of Alloy's error body, as far as kybkit reads it. */
export interface AlloyErrorInfo {
  /** Unique per handled error: 4001, 4002, 4011, 4012 (expired bearer token)… */
  minorCode: number | undefined;
  /** A short name, e.g. `Unauthorized`. */
  type: string | undefined;
  /** The id of this occurrence, to quote to Alloy support. */
  errorToken: string | undefined;
}

const ERROR_TOKEN = /^[A-Za-z0-9-]{1,128}$/;

/** Reads `error.minor_code`, `error.type` and `error.error_token` of an Alloy error body; undefined if it is not one. */
export function alloyErrorOf(body: unknown): AlloyErrorInfo | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { minor_code: minor, type, error_token: token } = error as Record<string, unknown>;
  return {
    minorCode: typeof minor === 'number' && Number.isInteger(minor) ? minor : undefined,
    type: typeof type === 'string' ? type : undefined,
    // Only an id-shaped value is kept: it ends up in the error's toJSON.
    errorToken: typeof token === 'string' && ERROR_TOKEN.test(token) ? token : undefined,
  };
}

/** The provider error code of an Alloy error body: the minor code as a string (`"4012"`). */
export function errorCodeOf(body: unknown): string | undefined {
  const minor = alloyErrorOf(body)?.minorCode;
  return minor === undefined ? undefined : String(minor);
}

/**
 * The ApiError for an Alloy error response: `code` is the minor code and `requestId` the body's
 * `error_token` (Alloy documents no request-id header; the error token is what its support asks for),
 * falling back to a request-id header when the body has none.
 */
export function alloyApiError(response: Response, body: unknown, operation?: string): ApiError {
  const base = apiErrorFrom(response, body, {
    provider: PROVIDER,
    source: SOURCE,
    codeOf: errorCodeOf,
    ...(operation !== undefined && { operation }),
  });
  const errorToken = alloyErrorOf(body)?.errorToken;
  if (errorToken === undefined) {
    return base;
  }
  const options: ApiErrorOptions = {
    status: base.status,
    retryable: base.retryable,
    requestId: errorToken,
    body: base.body,
    source: SOURCE,
    provider: PROVIDER,
  };
  if (base.code !== undefined) {
    options.code = base.code;
  }
  if (base.retryAfterMs !== undefined) {
    options.retryAfterMs = base.retryAfterMs;
  }
  if (operation !== undefined) {
    options.operation = operation;
  }
  return new ApiError(base.message.slice(`[${SOURCE}] `.length), options);
}

/**
 * Data of a successful call, or an ApiError carrying the status, the minor code and the error token.
 * `unwrap(await alloy.GET('/entities/{entity_token}', { params }), 'getEntity')`.
 */
export function unwrap<R extends ResultLike>(result: R, operation?: string): SuccessData<R> {
  if (result.response.ok) {
    return result.data as SuccessData<R>;
  }
  throw alloyApiError(result.response, result.error, operation);
}
