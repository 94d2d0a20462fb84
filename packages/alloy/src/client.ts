import {
  type AuthStrategy,
  checkBaseUrl,
  createProviderClient,
  type PipelineTuning,
  ValidationError,
} from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type AlloyAuthMode, createCredentials } from './credentials.js';
import { type AlloyEnvironmentName, environments, PROVIDER, SOURCE } from './environments.js';
import { retrySafe, securityHeaders, securityQuery } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type AlloyHelpers, createHelpers } from './helpers.js';

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
  return checkBaseUrl(raw, { option: 'baseUrl', source: SOURCE });
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
  const tokenUrl =
    options.tokenUrl === undefined
      ? undefined
      : checkBaseUrl(options.tokenUrl, { option: 'tokenUrl', source: SOURCE });
  const credentials = createCredentials(
    {
      ...options,
      ...(tokenUrl !== undefined && { tokenUrl }),
    },
    baseUrl,
  );
  const api = createProviderClient<Client<paths>>({
    source: SOURCE,
    provider: PROVIDER,
    baseUrl,
    auth: credentials,
    retrySafe,
    securityHeaders,
    securityQuery,
    options,
  });
  return Object.assign(api, createHelpers(api), { credentials });
}
