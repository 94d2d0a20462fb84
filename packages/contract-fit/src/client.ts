import { type AuthStrategy, checkBaseUrl, createProviderClient, type PipelineTuning } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type ContractFitAuth, createCredentials } from './credentials.js';
import { PROVIDER, SOURCE } from './environments.js';
import { retrySafe, securityHeaders, securityQuery } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type ContractFitHelpers, createHelpers } from './helpers.js';
import { invalid } from './validate.js';

export interface ContractFitClientOptions extends PipelineTuning {
  /**
   * Your tenant's API base URL, including `/api` (e.g. `https://cfportal.contract-p.fit/api`, the
   * published portal: `PUBLISHED_BASE_URL`). Required: tenants may have their own hosts. https
   * unless loopback.
   */
  baseUrl: string;
  /**
   * `{ type: 'basic', username, password }`, `{ type: 'token', username, password }` (log in at
   * `POST /auth` once, then send the token), `{ type: 'token', token }` (a token you hold),
   * `{ type: 'apiKey', key, in?: 'header' | 'query' }`, or any @kybkit/auth strategy.
   */
  auth: ContractFitAuth;
  /** The transport (API calls and the login). Default: globalThis.fetch. */
  fetch?: typeof fetch;
}

/** openapi-fetch's typed `GET`/`POST`… over the spec's paths, plus the document helpers. */
export type ContractFitClient = Client<paths> & ContractFitHelpers & { readonly credentials: AuthStrategy };

/**
 * Creates a typed Contract.fit client. Every option is checked here, before any request; with
 * `auth: { type: 'token', username, password }` the first call logs in, and every later call
 * shares that token until it expires.
 */
export function createContractFitClient(options: ContractFitClientOptions): ContractFitClient {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'are required: { baseUrl, auth }');
  }
  const baseUrl = checkBaseUrl(options.baseUrl, {
    option: 'baseUrl',
    source: SOURCE,
    provider: PROVIDER,
    requiredMessage: "baseUrl is required: your tenant's API URL, e.g. https://cfportal.contract-p.fit/api",
  });
  const credentials = createCredentials(options.auth, baseUrl, options.fetch);
  const api = createProviderClient<Client<paths>>({
    source: SOURCE,
    provider: PROVIDER,
    baseUrl,
    auth: credentials,
    retrySafe,
    securityHeaders,
    securityQuery,
    // The e-mail activation secret (activateEmailIntegration's query).
    extraSecretQuery: ['secret'],
    options,
  });
  return Object.assign(api, createHelpers(api), { credentials });
}
