import type { FetchPipelineOptions } from '@kybkit/core';
import {
  type AuthStrategy,
  createFetch,
  createOperationMatcher,
  KybkitRequest,
  ValidationError,
} from '@kybkit/core';
import createClient, { type Client } from 'openapi-fetch';
import { createCredentials } from './credentials.js';
import { type EAttestationsEnvironmentName, environments, PROVIDER, SOURCE } from './environments.js';
import { operations, securityHeaders } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { createHelpers, type EAttestationsHelpers } from './helpers.js';

type PipelineTuning = Pick<
  FetchPipelineOptions,
  'timeoutMs' | 'deadlineMs' | 'retry' | 'maxRedirects' | 'onEvent'
>;

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

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function checkedUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(`${option} is not a URL`, { source: SOURCE, field: option });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new ValidationError(`${option} must use https (plain http is allowed for loopback only)`, {
      source: SOURCE,
      field: option,
    });
  }
  return url.href.replace(/\/+$/, '');
}

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
  const baseUrl = checkedUrl(options.baseUrl ?? (env?.baseUrl as string), 'baseUrl');
  const tokenUrl = options.tokenUrl ?? env?.tokenUrl;
  const credentials = createCredentials(options, tokenUrl && checkedUrl(tokenUrl, 'tokenUrl'));
  if (
    options.accountId !== undefined &&
    !(Number.isSafeInteger(options.accountId) && options.accountId > 0)
  ) {
    throw new ValidationError('accountId must be a positive integer', { source: SOURCE, field: 'accountId' });
  }
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
    Request: KybkitRequest as unknown as typeof Request,
  });
  const helpers = createHelpers(api, credentials, options.accountId);
  return Object.assign(api, helpers, { credentials });
}
