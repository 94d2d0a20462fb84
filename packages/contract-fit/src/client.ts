import {
  type AuthStrategy,
  createFetch,
  createOperationMatcher,
  type FetchPipelineOptions,
  KybkitRequest,
} from '@kybkit/core';
import createClient, { type Client } from 'openapi-fetch';
import { checkedUrl } from './checked-url.js';
import { type ContractFitAuth, createCredentials } from './credentials.js';
import { PROVIDER, SOURCE } from './environments.js';
import { operations, securityHeaders, securityQuery } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type ContractFitHelpers, createHelpers } from './helpers.js';
import { invalid, optionalDuration, shown } from './validate.js';

type PipelineTuning = Pick<
  FetchPipelineOptions,
  'timeoutMs' | 'deadlineMs' | 'retry' | 'maxRedirects' | 'onEvent'
>;

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

function checkTuning(options: ContractFitClientOptions): void {
  optionalDuration(options.timeoutMs, 'timeoutMs');
  optionalDuration(options.deadlineMs, 'deadlineMs');
  const hops = options.maxRedirects;
  if (hops !== undefined && !(Number.isSafeInteger(hops) && hops >= 0)) {
    throw invalid('maxRedirects', `must be a whole number, 0 or more, got ${shown(hops)}`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw invalid('fetch', 'must be a fetch function');
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') {
    throw invalid('onEvent', 'must be a function');
  }
  const retry: unknown = options.retry;
  if (retry !== undefined && retry !== false && (typeof retry !== 'object' || retry === null)) {
    throw invalid('retry', 'must be false or retry options');
  }
}

/**
 * Creates a typed Contract.fit client. Every option is checked here, before any request; with
 * `auth: { type: 'token', username, password }` the first call logs in, and every later call
 * shares that token until it expires.
 */
export function createContractFitClient(options: ContractFitClientOptions): ContractFitClient {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'are required: { baseUrl, auth }');
  }
  const baseUrl = checkedUrl(options.baseUrl, 'baseUrl');
  checkTuning(options);
  const credentials = createCredentials(options.auth, baseUrl, options.fetch);
  const match = createOperationMatcher(operations, baseUrl);
  const pipeline = createFetch({
    source: SOURCE,
    provider: PROVIDER,
    auth: credentials,
    secretHeaders: [...securityHeaders],
    // The spec's api_key, and the e-mail activation secret (activateEmailIntegration's query).
    secretQuery: [...securityQuery, 'secret'],
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
