import type { FetchPipelineOptions } from '@kybkit/core';
import {
  type AuthStrategy,
  createFetch,
  createOperationMatcher,
  KybkitRequest,
  ValidationError,
} from '@kybkit/core';
import createClient, { type Client } from 'openapi-fetch';
import { checkedUrl } from './checked-url.js';
import { type AlloyAuthMode, createCredentials } from './credentials.js';
import { type AlloyEnvironmentName, environments, PROVIDER, SOURCE } from './environments.js';
import { operations, securityHeaders } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type AlloyHelpers, createHelpers } from './helpers.js';

type PipelineTuning = Pick<
  FetchPipelineOptions,
  'timeoutMs' | 'deadlineMs' | 'retry' | 'maxRedirects' | 'onEvent'
>;

export interface AlloyClientOptions extends PipelineTuning {
  /** `sandbox` or `production`: picks the API host. */
  environment?: AlloyEnvironmentName;
  /** Another base URL (a mock, a proxy), including `/v1`. Overrides the environment's. https unless loopback. */
  baseUrl?: string;
  /** The API token and secret from the Alloy dashboard (account-level keys, or a workflow's). */
  token?: string;
  secret?: string;
  /**
   * `basic` (default): the token and secret as HTTP Basic on every request. `oauth`: exchanged for a
   * one-hour bearer token at `POST /oauth/bearer`, refreshed before it expires. Or any @kybkit/auth
   * strategy (then no token or secret).
   */
  auth?: AlloyAuthMode | AuthStrategy;
  /** With `auth: 'oauth'`: another token endpoint. Default `<baseUrl>/oauth/bearer`. */
  tokenUrl?: string;
  /** The transport (API calls and token requests). Default: globalThis.fetch. */
  fetch?: typeof fetch;
}

/** openapi-fetch's typed `GET`/`POST`… over the spec's paths, plus the document helpers. */
export type AlloyClient = Client<paths> & AlloyHelpers & { readonly credentials: AuthStrategy };

function resolveBaseUrl(options: AlloyClientOptions): string {
  const env = options.environment === undefined ? undefined : environments[options.environment];
  if (options.environment !== undefined && !env) {
    throw new ValidationError(`unknown environment "${options.environment}" (sandbox or production)`, {
      source: SOURCE,
      field: 'environment',
    });
  }
  const raw = options.baseUrl ?? env?.baseUrl;
  if (raw === undefined) {
    throw new ValidationError("give environment: 'sandbox' | 'production', or a baseUrl", {
      source: SOURCE,
      field: 'environment',
    });
  }
  return checkedUrl(raw, 'baseUrl');
}

/**
 * Creates a typed Alloy client. Options and credentials are checked here, before any request; with
 * `auth: 'oauth'` the first call fetches the bearer token.
 */
export function createAlloyClient(options: AlloyClientOptions): AlloyClient {
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError('options are required: { environment, token, secret }', {
      source: SOURCE,
      field: 'options',
    });
  }
  const baseUrl = resolveBaseUrl(options);
  const tokenUrl = options.tokenUrl === undefined ? undefined : checkedUrl(options.tokenUrl, 'tokenUrl');
  const credentials = createCredentials(
    {
      ...options,
      ...(tokenUrl !== undefined && { tokenUrl }),
    },
    baseUrl,
  );
  const match = createOperationMatcher(operations, baseUrl);
  const pipeline = createFetch({
    source: SOURCE,
    provider: PROVIDER,
    auth: credentials,
    secretHeaders: [...securityHeaders],
    isRetrySafe: (method, url) => match(method, url)?.retrySafe === true,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.deadlineMs !== undefined && { deadlineMs: options.deadlineMs }),
    ...(options.retry !== undefined && { retry: options.retry }),
    ...(options.maxRedirects !== undefined && { maxRedirects: options.maxRedirects }),
    ...(options.onEvent && { onEvent: options.onEvent }),
  });
  const api = createClient<paths>({
    baseUrl,
    fetch: pipeline as (request: Request) => Promise<Response>,
    Request: KybkitRequest.asRequestClass,
  });
  return Object.assign(api, createHelpers(api), { credentials });
}
