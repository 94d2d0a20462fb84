import type { PerCallOptions } from './kybkit-request.js';

/**
 * Makes the per-call pipeline options type-check where openapi-fetch takes its fetch options
 * (`client.GET(path, { params, timeoutMs: 5_000, retry: false })`): openapi-fetch builds them from
 * `RequestInit`, so the optional fields are added there. Plain fetch ignores them.
 */
declare global {
  interface RequestInit extends PerCallOptions {}
}
