import { KybkitError, ResponseError } from './errors.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Call = (url: string, init?: unknown) => Promise<unknown>;

/**
 * Wraps an openapi-fetch client's methods (in place) so that a 2xx body that is not valid JSON throws
 * a ResponseError naming the request, instead of openapi-fetch's SyntaxError, whose message quotes the body.
 */
export function guardJson<C extends object>(client: C, context: { source: string; provider: string }): C {
  const target = client as unknown as Record<string, Call>;
  const wrap = (method: string, url: string, run: () => Promise<unknown>) =>
    run().catch((error: unknown) => {
      if (error instanceof SyntaxError && !(error instanceof KybkitError)) {
        throw new ResponseError(`${method} ${url}: the response body is not valid JSON`, context);
      }
      throw error;
    });
  for (const method of METHODS) {
    const original = target[method] as Call;
    target[method] = (url, init) => wrap(method, url, () => original(url, init));
  }
  const request = target.request as unknown as (
    method: string,
    url: string,
    init?: unknown,
  ) => Promise<unknown>;
  (target as unknown as Record<string, unknown>).request = (method: string, url: string, init?: unknown) =>
    wrap(method.toUpperCase(), url, () => request(method, url, init));
  return client;
}
