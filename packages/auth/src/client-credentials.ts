import type { AuthContext, AuthResult, AuthStrategy } from '@kybkit/core';
import { ValidationError } from '@kybkit/core';
import { basicCredentials } from './internal/base64.js';
import { bearerOf } from './internal/bearer-of.js';
import { checkText, checkTimeout, checkTokenUrl } from './internal/option-checks.js';
import { SOURCE } from './internal/source.js';
import { type FetchLike, requestToken } from './internal/token-endpoint.js';
import { TokenCache } from './token-cache.js';

export interface ClientCredentialsAuthOptions {
  /** The token endpoint, e.g. Alloy's `https://sandbox.alloy.co/v1/oauth/bearer`. https (http only for loopback). */
  tokenUrl: string | URL;
  clientId: string;
  clientSecret: string;
  /** Where the client id and secret go: an `Authorization: Basic` header (RFC 6749 §2.3.1, default) or the body. */
  credentialsIn?: 'basic-header' | 'body';
  /** `form` (RFC 6749, default) or `json` (Alloy: `{"grant_type":"client_credentials"}`). */
  bodyFormat?: 'form' | 'json';
  scope?: string;
  /** Default `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** See {@link TokenCache}. Default `min(60 s, 20 % of the token lifetime)`. */
  refreshMarginMs?: number;
  /** Timeout of one token request. Default 30 000 ms. */
  timeoutMs?: number;
  /** Package named in error messages. Default `@kybkit/auth`. */
  source?: string;
}

export interface ClientCredentialsTokenInfo {
  readonly accessToken: string;
  readonly obtainedAt: number;
  readonly expiresAt: number;
}

/** OAuth2 client credentials (RFC 6749 §4.4) with a single-flight, proactively refreshed token. */
export interface ClientCredentialsAuth extends AuthStrategy {
  readonly kind: 'oauth2-client-credentials';
  /** Drops the token that got the 401 (if still current): a new one will be fetched once. */
  onUnauthorized(context: AuthContext & { used: AuthResult }): Promise<true>;
  getToken(signal?: AbortSignal): Promise<ClientCredentialsTokenInfo>;
}

/**
 * Fetches a bearer token with the client credentials grant, caches it, and fetches the next one
 * ahead of expiry; concurrent callers share one token request. A 401 on the token request is an
 * AuthError that never carries the secret.
 */
export function createClientCredentialsAuth(options: ClientCredentialsAuthOptions): ClientCredentialsAuth {
  const source = options?.source ?? SOURCE;
  const tokenUrl = checkTokenUrl(options?.tokenUrl, source);
  const clientId = checkText(options?.clientId, 'clientId', source, true);
  const clientSecret = checkText(options?.clientSecret, 'clientSecret', source, true);
  const scope = options.scope === undefined ? undefined : checkText(options.scope, 'scope', source, true);
  const timeoutMs = checkTimeout(options.timeoutMs, source);
  const credentialsIn = options.credentialsIn ?? 'basic-header';
  const bodyFormat = options.bodyFormat ?? 'form';
  if (credentialsIn === 'basic-header' && clientId.includes(':')) {
    throw new ValidationError("clientId must not contain ':' when sent in a Basic header", {
      source,
      field: 'clientId',
    });
  }
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const encoded = basicCredentials(clientId, clientSecret);

  const fields: Record<string, string> = { grant_type: 'client_credentials' };
  if (credentialsIn === 'body') {
    Object.assign(fields, { client_id: clientId, client_secret: clientSecret });
  }
  if (scope !== undefined) {
    fields.scope = scope;
  }

  const cache = new TokenCache<ClientCredentialsTokenInfo>({
    now,
    refreshMarginMs: options.refreshMarginMs,
    fetchToken: async (previous) => {
      const obtainedAt = now();
      const token = await requestToken({
        url: tokenUrl,
        grant: 'client_credentials',
        form: fields,
        ...(bodyFormat === 'json' && { json: fields }),
        ...(credentialsIn === 'basic-header' && { headers: { authorization: `Basic ${encoded}` } }),
        fetch: fetchImpl,
        timeoutMs,
        source,
        secrets: [clientSecret, encoded, ...(previous ? [previous.accessToken] : [])],
      });
      return { accessToken: token.accessToken, obtainedAt, expiresAt: obtainedAt + token.expiresInMs };
    },
  });

  return Object.freeze({
    kind: 'oauth2-client-credentials' as const,
    headerNames: Object.freeze(['authorization']),
    async authenticate(context: AuthContext): Promise<AuthResult> {
      const token = await cache.get(context?.signal);
      return { headers: { Authorization: `Bearer ${token.accessToken}` } };
    },
    async onUnauthorized(context: AuthContext & { used: AuthResult }): Promise<true> {
      const used = bearerOf(context?.used?.headers);
      if (used !== undefined) {
        cache.invalidate(used);
      }
      return true;
    },
    async getToken(signal?: AbortSignal): Promise<ClientCredentialsTokenInfo> {
      const token = await cache.get(signal);
      return { accessToken: token.accessToken, obtainedAt: token.obtainedAt, expiresAt: token.expiresAt };
    },
    secrets: () => {
      const held = cache.peek()?.accessToken;
      return held === undefined ? [clientSecret, encoded] : [clientSecret, encoded, held];
    },
  });
}
