import type { AuthStrategy } from './auth-strategy.js';
import {
  createFetch,
  type FetchLike,
  type FetchPipelineOptions,
  type TransportFetch,
} from './create-fetch.js';
import { createOperationMatcher, type OperationInfo } from './operation-matcher.js';
import { checkPipelineTuning, type PipelineTuning } from './pipeline-tuning.js';

export interface ProviderFetchOptions {
  /** Package name for error messages, e.g. `@kybkit/alloy`. */
  source: string;
  /** Provider slug, e.g. `alloy`. */
  provider: string;
  /** The checked base URL (see `checkBaseUrl`): operations are matched under its path. */
  baseUrl: string;
  auth: AuthStrategy;
  /** The generated operation table (`src/generated/operations.ts`): which calls are safe to repeat. */
  operations: Readonly<Record<string, OperationInfo>>;
  /** The spec's credential headers (generated `securityHeaders`): redacted, stripped cross-origin. */
  securityHeaders: readonly string[];
  /** The spec's credential query parameters (generated `securityQuery`). */
  securityQuery?: readonly string[];
  /** More query parameters that carry a secret (e.g. a one-time activation secret). */
  extraSecretQuery?: readonly string[];
  /** The client's own options: the tuning is checked, then passed through when given. */
  options: PipelineTuning & { fetch?: TransportFetch | undefined };
}

/**
 * The fetch pipeline of a generated provider client, wired the same way for every provider:
 * retries allowed where the spec marks an operation safe to repeat, the spec's credential headers
 * and query parameters treated as secrets, and the client's tuning options (`timeoutMs`,
 * `deadlineMs`, `retry`, `maxRedirects`, `onEvent`, `fetch`) checked with
 * {@link checkPipelineTuning} (a ValidationError naming the field) and passed through.
 */
export function createProviderFetch(config: ProviderFetchOptions): FetchLike {
  const match = createOperationMatcher(config.operations, config.baseUrl);
  return createFetch({
    ...providerPipelineOptions(config),
    isRetrySafe: (method, url) => match(method, url)?.retrySafe === true,
  });
}

/**
 * {@link createProviderFetch}'s pipeline options without the URL matcher, for clients that know
 * each call's operation (createProviderClient), so the matcher stays out of their bundle.
 */
export function providerPipelineOptions(
  config: Omit<ProviderFetchOptions, 'operations'>,
): FetchPipelineOptions {
  const { source, provider, options } = config;
  checkPipelineTuning(options, { source, provider });
  const secretQuery = [...(config.securityQuery ?? []), ...(config.extraSecretQuery ?? [])];
  return {
    source,
    provider,
    auth: config.auth,
    secretHeaders: [...config.securityHeaders],
    ...(secretQuery.length > 0 && { secretQuery }),
    ...(options.fetch !== undefined && { fetch: options.fetch }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.deadlineMs !== undefined && { deadlineMs: options.deadlineMs }),
    ...(options.retry !== undefined && { retry: options.retry }),
    ...(options.maxRedirects !== undefined && { maxRedirects: options.maxRedirects }),
    ...(options.onEvent !== undefined && { onEvent: options.onEvent }),
  };
}
