import { bindUnwrap } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/**
 * A provider error code from an error body, when it has one. The published reference declares no
 * error bodies; the spec's ErrorModel allows Flask-RESTX `{message, errors}` and Flask's
 * `{code, name, description}`, where `code` is the HTTP status. Only a string `code` is a provider
 * code; the human `message` is left in `ApiError.body`, never in the error message.
 */
export function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const code = (body as { code?: unknown }).code;
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
}

/**
 * Data of a successful call, or an ApiError carrying the status, the code and the request id:
 * `unwrap(await cf.GET('/inboxes'), 'listInboxes')`.
 */
export const unwrap = bindUnwrap({ provider: PROVIDER, source: SOURCE, codeOf: errorCodeOf });
