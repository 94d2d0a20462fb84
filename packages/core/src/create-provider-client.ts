import { type ProviderFetchOptions, providerPipelineOptions } from './create-provider-fetch.js';
import { createTypedClient, type HeadersOption, type TypedClientOptions } from './typed-client.js';

/** {@link ProviderFetchOptions} with the spec's retry-safe operations instead of the whole table. */
export interface ProviderClientOptions extends Omit<ProviderFetchOptions, 'operations'> {
  /** The generated `retrySafe` list: `METHOD /path/{template}` of the operations safe to repeat. */
  retrySafe: readonly string[];
  /** Headers sent with every call (October's `October-Version`); a call's own headers win. */
  headers?: HeadersOption;
  /** Checks every call before it is sent (see {@link TypedClientOptions.check}). */
  check?: TypedClientOptions['check'];
}

/**
 * Builds a provider's typed client the same way for every provider: kybkit's runtime behind
 * openapi-fetch's typed surface ({@link createTypedClient}) on the pipeline of
 * {@link createProviderFetch}, with a path serializer that refuses dot segments and non-JSON 2xx
 * bodies turned into a ResponseError. `C` is the provider's `Client<paths>` (openapi-fetch's type).
 */
export function createProviderClient<C extends object>(config: ProviderClientOptions): C {
  return createTypedClient<C>({
    baseUrl: config.baseUrl,
    pipeline: providerPipelineOptions(config),
    retrySafe: config.retrySafe,
    ...(config.headers !== undefined && { headers: config.headers }),
    ...(config.check !== undefined && { check: config.check }),
  });
}
