import { createProviderFetch, type ProviderFetchOptions } from './create-provider-fetch.js';
import { guardJson } from './guard-json.js';
import { KybkitRequest } from './kybkit-request.js';
import { createPathSerializer } from './path-serializer.js';

/** What a generated client's `createClient` (openapi-fetch) is handed by {@link createProviderClient}. */
export interface ProviderClientInit {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  Request: typeof Request;
  pathSerializer: (template: string, params: Record<string, unknown>) => string;
}

/**
 * Builds a provider's typed client the same way for every provider: the fetch pipeline of
 * {@link createProviderFetch}, `KybkitRequest` so bodies are never re-wrapped, a path serializer
 * that refuses dot segments, and non-JSON 2xx bodies turned into a ResponseError. `create` is the
 * provider's `(init) => createClient<paths>(init)`, so core needs no openapi-fetch dependency.
 */
export function createProviderClient<C extends object>(
  create: (init: ProviderClientInit) => C,
  config: ProviderFetchOptions,
): C {
  const context = { source: config.source, provider: config.provider };
  const client = create({
    baseUrl: config.baseUrl,
    fetch: createProviderFetch(config) as (request: Request) => Promise<Response>,
    Request: KybkitRequest.asRequestClass,
    pathSerializer: createPathSerializer(context),
  });
  return guardJson(client, context);
}
