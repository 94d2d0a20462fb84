import { bindUnwrap } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/** The provider error code of an October error body: its `code`, when it is a string. */
export function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const code = (body as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Data of a successful call, or an ApiError carrying the status, the code and the request id.
 * `unwrap(await october.GET('/requests/{requestId}', { params }), 'getRequest')`.
 */
export const unwrap = bindUnwrap({ provider: PROVIDER, source: SOURCE, codeOf: errorCodeOf });
