import { bindUnwrap } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

interface CodeCarrier {
  code?: unknown;
  messages?: { error?: Array<{ code?: unknown }> };
}

/**
 * The provider error code of an e-Attestations error body: the first `messages.error[].code`
 * (business codes E001–E302), else a top-level `code` (e.g. `NOT_FOUND`).
 */
export function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const carrier = body as CodeCarrier;
  const code = carrier.messages?.error?.[0]?.code ?? carrier.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Data of a successful call, or an ApiError carrying the status, the E-code and the request id.
 * `unwrap(await ea.GET('/account'), 'getAccount')`.
 */
export const unwrap = bindUnwrap({ provider: PROVIDER, source: SOURCE, codeOf: errorCodeOf });
