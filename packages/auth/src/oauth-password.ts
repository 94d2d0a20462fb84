import type { AuthContext, AuthResult, AuthStrategy } from '@kybkit/core';
import { AuthError } from '@kybkit/core';
import { bearerOf } from './internal/bearer-of.js';
import { checkText, checkTimeout, checkTokenUrl } from './internal/option-checks.js';
import { SOURCE } from './internal/source.js';
import { type FetchLike, requestToken, type TokenResponse } from './internal/token-endpoint.js';
import { decodeJwtPayload } from './jwt.js';
import { TokenCache } from './token-cache.js';

export interface OAuthPasswordAuthOptions {
  /** The token endpoint, e.g. Keycloak's `…/realms/<realm>/protocol/openid-connect/token`. https (http only for loopback). */
  tokenUrl: string | URL;
  /** `client_id`, e.g. `ea-api-edge` for e-Attestations. Public client: no secret is sent. */
  clientId: string;
  username: string;
  password: string;
  /** Space-separated scopes, sent with the password grant only. */
  scope?: string | undefined;
  /** Default `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike | undefined;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: (() => number) | undefined;
  /** See {@link TokenCache}. Default `min(60 s, 20 % of the token lifetime)`. */
  refreshMarginMs?: number | undefined;
  /** Timeout of one token request. Default 30 000 ms. */
  timeoutMs?: number | undefined;
  /** Package named in error messages, e.g. `@kybkit/e-attestations`. Default `@kybkit/auth`. */
  source?: string | undefined;
}

/** What `getToken()` reveals. The refresh token stays inside. Times are epoch ms on the `now()` clock. */
export interface OAuthTokenInfo {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  /** `now()` when the request that produced the token started. */
  readonly obtainedAt: number;
  /** `obtainedAt + expires_in`: conservative, since the server started counting later. */
  readonly expiresAt: number;
  /** When the refresh token stops working; undefined when unknown or unlimited (no refresh token, or `refresh_expires_in` absent or 0). */
  readonly refreshExpiresAt: number | undefined;
  readonly scope: string | undefined;
}

/** The OAuth2 resource owner password grant, with refresh tokens and a single-flight token cache. */
export interface OAuthPasswordAuth extends AuthStrategy {
  readonly kind: 'oauth2-password';
  /** Drops the token that got the 401 (if still current); always true: a new token will be fetched. */
  onUnauthorized(context: AuthContext & { used: AuthResult }): Promise<true>;
  /** A valid access token, logging in or refreshing if needed. */
  getToken(signal?: AbortSignal): Promise<OAuthTokenInfo>;
  /**
   * The UNVERIFIED JWT payload of the access token held now (the last one obtained, even if it has
   * expired since). Never fetches: undefined before the first `authenticate()`/`getToken()`, or when
   * the token is not a JWT.
   */
  claims(): Record<string, unknown> | undefined;
}

interface StoredToken extends OAuthTokenInfo {
  readonly refreshToken: string | undefined;
}

/** Do not start a refresh grant with less than this left on the refresh token: log in instead. */
const REFRESH_TOKEN_SAFETY_MS = 5_000;

/**
 * Logs in with `grant_type=password`, then renews with `grant_type=refresh_token` while the
 * refresh token is valid, falling back to a fresh password login when it is refused (400/401).
 * Tokens live in a {@link TokenCache}: one request however many callers, refreshed ahead of expiry.
 */
export function createOAuthPasswordAuth(options: OAuthPasswordAuthOptions): OAuthPasswordAuth {
  const source = options?.source ?? SOURCE;
  const tokenUrl = checkTokenUrl(options?.tokenUrl, source);
  const clientId = checkText(options?.clientId, 'clientId', source, true);
  const username = checkText(options?.username, 'username', source, true);
  const password = checkText(options?.password, 'password', source, false);
  const scope = options.scope === undefined ? undefined : checkText(options.scope, 'scope', source, true);
  const timeoutMs = checkTimeout(options.timeoutMs, source);
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;

  const grant = async (
    kind: 'password' | 'refresh_token',
    form: Record<string, string>,
    secrets: string[],
  ): Promise<[TokenResponse, number]> => {
    const startedAt = now();
    const response = await requestToken({
      url: tokenUrl,
      grant: kind,
      form,
      fetch: fetchImpl,
      timeoutMs,
      source,
      secrets,
    });
    return [response, startedAt];
  };

  const login = async (previous: StoredToken | undefined): Promise<StoredToken> => {
    const form: Record<string, string> = { grant_type: 'password', client_id: clientId, username, password };
    if (scope !== undefined) {
      form.scope = scope;
    }
    const [response, startedAt] = await grant('password', form, secretsOf(password, previous));
    return store(response, startedAt, undefined);
  };

  const fetchToken = async (previous: StoredToken | undefined): Promise<StoredToken> => {
    const refreshToken = previous?.refreshToken;
    const refreshUsable =
      previous?.refreshExpiresAt === undefined || now() < previous.refreshExpiresAt - REFRESH_TOKEN_SAFETY_MS;
    if (previous === undefined || refreshToken === undefined || !refreshUsable) {
      return login(previous);
    }
    try {
      const form = { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken };
      const [response, startedAt] = await grant('refresh_token', form, secretsOf(password, previous));
      return store(response, startedAt, previous);
    } catch (error) {
      // Refused (Keycloak: 400 invalid_grant "Token is not active" / "Session not active"): log in again.
      if (error instanceof AuthError && (error.status === 400 || error.status === 401)) {
        return login(previous);
      }
      throw error;
    }
  };

  const cache = new TokenCache<StoredToken>({ fetchToken, now, refreshMarginMs: options.refreshMarginMs });

  const info = (token: StoredToken): OAuthTokenInfo => ({
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    obtainedAt: token.obtainedAt,
    expiresAt: token.expiresAt,
    refreshExpiresAt: token.refreshExpiresAt,
    scope: token.scope,
  });

  return Object.freeze({
    kind: 'oauth2-password' as const,
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
    async getToken(signal?: AbortSignal): Promise<OAuthTokenInfo> {
      return info(await cache.get(signal));
    },
    claims(): Record<string, unknown> | undefined {
      const token = cache.peek();
      return token === undefined ? undefined : decodeJwtPayload(token.accessToken);
    },
    secrets: () => secretsOf(password, cache.peek()),
  });
}

/**
 * Builds the stored token. A refresh answer without `refresh_token` keeps the previous one (RFC 6749
 * §6 lets the server keep it); a new refresh token replaces the old one and its expiry atomically.
 */
function store(response: TokenResponse, startedAt: number, previous: StoredToken | undefined): StoredToken {
  const rotated = response.refreshToken !== undefined;
  return {
    accessToken: response.accessToken,
    tokenType: 'Bearer',
    obtainedAt: startedAt,
    expiresAt: startedAt + response.expiresInMs,
    refreshToken: rotated ? response.refreshToken : previous?.refreshToken,
    refreshExpiresAt: rotated
      ? response.refreshExpiresInMs === undefined
        ? undefined
        : startedAt + response.refreshExpiresInMs
      : previous?.refreshExpiresAt,
    scope: response.scope ?? previous?.scope,
  };
}

function secretsOf(password: string, token: StoredToken | undefined): string[] {
  const values = [password, token?.accessToken, token?.refreshToken];
  return values.filter((value): value is string => typeof value === 'string' && value.length > 0);
}
