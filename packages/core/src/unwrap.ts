import { ApiError, type ApiErrorOptions } from './errors.js';
import { isRetryableStatus, parseRetryAfter } from './retry-policy.js';

/** What `unwrap` needs of openapi-fetch's `{ data, error, response }`. */
export interface ResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The success data of an openapi-fetch result union: the `data` of the members where it is required.
 * A 204 (or any response without content in the spec) contributes `undefined`, as it does at run time.
 */
export type SuccessData<R> = R extends { data: infer D } ? D : never;

export interface UnwrapContext {
  /** Operation id, used as the message's subject: `getDossier failed: 404 Not Found (E200)`. */
  operation?: string;
  provider?: string;
  /** Package raising the error, e.g. `@kybkit/e-attestations`. */
  source?: string;
  /** Extracts the provider's error code from the parsed error body. */
  codeOf?: (body: unknown) => string | undefined;
  /** Clock for `Retry-After` HTTP dates; default `Date.now`. */
  now?: () => number;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'];

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  425: 'Too Early',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) {
      return value;
    }
  }
  return undefined;
}

function codeOf(context: UnwrapContext | undefined, body: unknown): string | undefined {
  if (context?.codeOf === undefined || body === undefined) {
    return undefined;
  }
  try {
    const code = context.codeOf(body);
    return typeof code === 'string' && code !== '' ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns `data` when the response is ok (2xx), or throws an {@link ApiError} carrying the status, the
 * provider's error code, the request id, whether a retry may help, `Retry-After` and the parsed body.
 * The message names the operation and the status only: no body text, URL or header.
 *
 * @example const dossier = unwrap(await client.GET('/dossiers/{id}', { params }), { operation: 'getDossier' });
 */
export function unwrap<R extends ResultLike>(result: R, context?: UnwrapContext): SuccessData<R> {
  const response = result.response;
  if (response.ok) {
    return result.data as SuccessData<R>;
  }
  throw apiErrorFrom(response, result.error, context);
}

/**
 * A provider's `unwrap`: the context (provider, source, error-code reader) bound once, the
 * operation id optional per call. `export const unwrap = bindUnwrap({ provider, source, codeOf })`.
 */
export function bindUnwrap(context: Omit<UnwrapContext, 'operation'>) {
  return <R extends ResultLike>(result: R, operation?: string): SuccessData<R> =>
    unwrap(result, operation === undefined ? context : { ...context, operation });
}

/** The ApiError `unwrap` throws, for callers who keep the result shape but want the error object. */
export function apiErrorFrom(response: Response, body: unknown, context?: UnwrapContext): ApiError {
  const status = response.status;
  const reason = response.statusText || REASONS[status] || '';
  const code = codeOf(context, body);
  const subject = context?.operation ?? 'request';
  const message = `${subject} failed: ${status}${reason ? ` ${reason}` : ''}${code ? ` (${code})` : ''}`;
  const options: ApiErrorOptions = { status, retryable: isRetryableStatus(status) };
  if (code !== undefined) {
    options.code = code;
  }
  const requestId = requestIdOf(response.headers);
  if (requestId !== undefined) {
    options.requestId = requestId;
  }
  const retryAfterMs = parseRetryAfter(response.headers, (context?.now ?? Date.now)());
  if (retryAfterMs !== undefined) {
    options.retryAfterMs = retryAfterMs;
  }
  if (body !== undefined) {
    options.body = body;
  }
  if (context?.source !== undefined) {
    options.source = context.source;
  }
  if (context?.provider !== undefined) {
    options.provider = context.provider;
  }
  if (context?.operation !== undefined) {
    options.operation = context.operation;
  }
  return new ApiError(message, options);
}
