import type { AuthContext, AuthResult, AuthStrategy } from '@kybkit/core';
import { isVisibleAscii } from './internal/control-characters.js';
import { checkText, checkTimeout, checkTokenUrl } from './internal/option-checks.js';
import { SOURCE } from './internal/source.js';
import { type FetchLike, requestToken } from './internal/token-endpoint.js';
import { decodeJwtPayload } from './jwt.js';
import { TokenCache } from './token-cache.js';

export interface LoginTokenAuthOptions {
  /** The login endpoint, e.g. Contract.fit's `https://<host>/api/auth`. https (http only for loopback). */
  loginUrl: string | URL;
  username: string;
  password: string;
  /** The field of the JSON answer holding the token. Default `authentication_token`. */
  tokenField?: string;
  /** How the token is sent: `raw` (`Authorization: <token>`, default) or `bearer` (`Authorization: Bearer <token>`). */
  scheme?: 'raw' | 'bearer';
  /** Lifetime assumed when the token is not a JWT with an `exp` claim. Default 1 hour. */
  lifetimeMs?: number;
  /** Default `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike;
  now?: () => number;
  refreshMarginMs?: number;
  /** Timeout of one login request. Default 30 000 ms. */
  timeoutMs?: number;
  source?: string;
}

/** Log in once with a username and password (JSON), share the token, log in again on expiry or a 401. */
export interface LoginTokenAuth extends AuthStrategy {
  readonly kind: 'login-token';
  onUnauthorized(context: AuthContext & { used: AuthResult }): Promise<true>;
  getToken(signal?: AbortSignal): Promise<{ readonly token: string; readonly expiresAt: number }>;
}

interface Held {
  accessToken: string;
  expiresAt: number;
}

/**
 * `POST loginUrl {username, password}` → `{ authentication_token }`, obtained once and shared by
 * every caller (single flight), renewed before the JWT `exp` (or `lifetimeMs`) and after a 401.
 */
export function createLoginTokenAuth(options: LoginTokenAuthOptions): LoginTokenAuth {
  const source = options?.source ?? SOURCE;
  const url = checkTokenUrl(options?.loginUrl, source);
  const username = checkText(options?.username, 'username', source, true);
  const password = checkText(options?.password, 'password', source, false);
  const field = options.tokenField ?? 'authentication_token';
  const timeoutMs = checkTimeout(options.timeoutMs, source);
  const lifetimeMs = options.lifetimeMs ?? 3_600_000;
  const bearer = options.scheme === 'bearer';
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;

  const cache = new TokenCache<Held>({
    now,
    refreshMarginMs: options.refreshMarginMs,
    fetchToken: async (previous) => {
      const startedAt = now();
      const token = await requestToken({
        url,
        grant: 'login',
        form: {},
        json: { username, password },
        fetch: fetchImpl,
        timeoutMs,
        source,
        secrets: previous ? [password, previous.accessToken] : [password],
        parse: (body, unusable) => {
          const value = body[field];
          if (typeof value !== 'string' || !isVisibleAscii(value)) {
            throw unusable(`${field} is missing, empty, or has characters a header cannot carry`);
          }
          const exp = decodeJwtPayload(value)?.exp;
          const untilExp = typeof exp === 'number' ? exp * 1000 - startedAt : undefined;
          const expiresInMs = untilExp !== undefined && untilExp > 0 ? untilExp : lifetimeMs;
          return {
            accessToken: value,
            expiresInMs,
            refreshToken: undefined,
            refreshExpiresInMs: undefined,
            scope: undefined,
          };
        },
      });
      return { accessToken: token.accessToken, expiresAt: startedAt + token.expiresInMs };
    },
  });
  const header = (token: string) => (bearer ? `Bearer ${token}` : token);

  return Object.freeze({
    kind: 'login-token' as const,
    headerNames: Object.freeze(['authorization']),
    async authenticate(context: AuthContext): Promise<AuthResult> {
      const held = await cache.get(context?.signal);
      return { headers: { Authorization: header(held.accessToken) } };
    },
    async onUnauthorized(context: AuthContext & { used: AuthResult }): Promise<true> {
      const sent = Object.entries(context?.used?.headers ?? {}).find(
        ([n]) => n.toLowerCase() === 'authorization',
      )?.[1];
      if (sent !== undefined) {
        cache.invalidate(bearer ? sent.replace(/^Bearer\s+/i, '') : sent);
      }
      return true;
    },
    async getToken(signal?: AbortSignal) {
      const held = await cache.get(signal);
      return { token: held.accessToken, expiresAt: held.expiresAt };
    },
    secrets: () => {
      const held = cache.peek()?.accessToken;
      return held === undefined ? [password] : [password, held];
    },
  });
}
