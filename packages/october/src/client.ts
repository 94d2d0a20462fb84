import { createApiKeyAuth } from '@kybkit/auth';
import { checkBaseUrl, createProviderClient, type PipelineTuning } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { checkRequest } from './check-request.js';
import type { ClientPaths } from './client-paths.js';
import { LATEST_VERSION, PROVIDER, SOURCE, servers, VERSION_HEADER } from './environments.js';
import { retrySafe, securityHeaders, securityQuery } from './generated/operations.js';
import { createHelpers, type OctoberHelpers } from './helpers.js';
import { assertIsoDate, invalid } from './validate.js';

export interface OctoberClientOptions extends PipelineTuning {
  /** The id of the API user, shown with the session token in the October web app. */
  userId: string;
  /** The session token (the API key) created in the web app: profile, "API token", "New token". */
  sessionToken: string;
  /** The `October-Version` sent on every request (YYYY-MM-DD). Default: the latest documented, `2024-01-25`. */
  version?: string;
  /** The API host: the testing host, a mock, a proxy. https unless loopback. Default `https://api.october.eu`. */
  baseUrl?: string;
  /** The transport, for the API and for the storage upload. Default: globalThis.fetch. */
  fetch?: typeof fetch;
}

/** openapi-fetch's typed `GET`/`POST` over the spec's paths (October-Version set for you), plus the helpers. */
export type OctoberClient = Client<ClientPaths> &
  OctoberHelpers & {
    /** The `October-Version` this client sends. */
    readonly version: string;
    readonly baseUrl: string;
  };

function requiredString(value: unknown, field: 'userId' | 'sessionToken'): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(field, 'is required: userId and sessionToken are sent together on every request');
  }
  return value;
}

/**
 * Creates a typed October X-Ray client. The credentials and options are checked here, before any
 * request; `userId` and `sessionToken` go on every API request and never to another origin, the
 * storage host included.
 */
export function createOctoberClient(options: OctoberClientOptions): OctoberClient {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'must be an object with userId and sessionToken');
  }
  const userId = requiredString(options.userId, 'userId');
  const sessionToken = requiredString(options.sessionToken, 'sessionToken');
  const version = assertIsoDate(options.version ?? LATEST_VERSION, 'version');
  const baseUrl = checkBaseUrl(options.baseUrl ?? servers.october, {
    option: 'baseUrl',
    source: SOURCE,
    provider: PROVIDER,
  });
  const auth = createApiKeyAuth({ headers: { userId, sessionToken } });
  const api = createProviderClient<Client<ClientPaths>>({
    source: SOURCE,
    provider: PROVIDER,
    baseUrl,
    auth,
    retrySafe,
    securityHeaders,
    securityQuery,
    headers: { [VERSION_HEADER]: version },
    check: checkRequest,
    options,
  });
  const transport = options.fetch;
  const storageFetch: typeof fetch = (input, init) => (transport ?? globalThis.fetch)(input, init);
  return Object.assign(api, createHelpers(api, storageFetch), { version, baseUrl });
}
