import {
  type AuthStrategy,
  checkBaseUrl,
  createProviderClient,
  type PipelineTuning,
  ValidationError,
} from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { createCredentials } from './credentials.js';
import { type EAttestationsEnvironmentName, environments, PROVIDER, SOURCE } from './environments.js';
import { retrySafe, securityHeaders, securityQuery } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createHelpers, type EAttestationsHelpers } from './helpers.js';

export interface EAttestationsClientOptions extends PipelineTuning {
  /** `test` or `production`: picks the API host and the Keycloak token endpoint. */
  environment?: EAttestationsEnvironmentName;
  /** Another API base URL (a mock, a proxy). Overrides the environment's. https unless loopback. */
  baseUrl?: string;
  /** Another token endpoint for the password grant. Overrides the environment's. */
  tokenUrl?: string;
  /** API username and password (from the e-Attestations Tech'Desk): the client runs the OIDC password grant. */
  username?: string;
  password?: string;
  /** Or a bearer token you obtained yourself, or a function returning a fresh one. */
  accessToken?: string | (() => string | Promise<string>);
  /** Or any @kybkit/auth strategy. */
  auth?: AuthStrategy;
  /** The account to work on. Default: the token's `account_ids` claim, else `GET /account`. */
  accountId?: number;
  /** The transport. Default: globalThis.fetch. */
  fetch?: typeof fetch;
}

/** openapi-fetch's typed `GET`/`POST`… over the spec's paths, plus the helpers. */
export type EAttestationsClient = Client<paths> &
  EAttestationsHelpers & { readonly credentials: AuthStrategy };

/**
 * Creates a typed e-Attestations client. Credentials are checked here, before any request; the
 * token is fetched on the first call and refreshed before it expires.
 */
export function createEAttestationsClient(options: EAttestationsClientOptions): EAttestationsClient {
  const env = options.environment === undefined ? undefined : environments[options.environment];
  if (options.environment !== undefined && !env) {
    throw new ValidationError(`unknown environment "${options.environment}" (test or production)`, {
      source: SOURCE,
      field: 'environment',
    });
  }
  if (!env && !options.baseUrl) {
    throw new ValidationError("give environment: 'test' | 'production', or a baseUrl", {
      source: SOURCE,
      field: 'environment',
    });
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? env?.baseUrl, { option: 'baseUrl', source: SOURCE });
  const tokenUrl = options.tokenUrl ?? env?.tokenUrl;
  const credentials = createCredentials(
    options,
    tokenUrl && checkBaseUrl(tokenUrl, { option: 'tokenUrl', source: SOURCE }),
  );
  if (
    options.accountId !== undefined &&
    !(Number.isSafeInteger(options.accountId) && options.accountId > 0)
  ) {
    throw new ValidationError('accountId must be a positive integer', { source: SOURCE, field: 'accountId' });
  }
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
  const helpers = createHelpers(api, credentials, options.accountId);
  return Object.assign(api, helpers, { credentials });
}
