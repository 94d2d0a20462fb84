import { createApiKeyAuth, createBasicAuth, createLoginTokenAuth } from '@kybkit/auth';
import type { AuthStrategy } from '@kybkit/core';
import { SOURCE } from './environments.js';
import { createRawTokenAuth, type TokenScheme, type TokenSource } from './raw-token-auth.js';
import { invalid, optionalDuration, shown } from './validate.js';

/** HTTP Basic with a Contract.fit username and password, on every request (`basic` scheme). */
export interface BasicCredentials {
  type: 'basic';
  username: string;
  password: string;
}

/** Log in once at `POST <baseUrl>/auth`, then send the token in `Authorization` (`token` scheme). */
export interface LoginCredentials {
  type: 'token';
  username: string;
  password: string;
  /** `raw` (default, as the spec's `token` scheme): `Authorization: <token>`; `bearer` is a guess. */
  scheme?: TokenScheme;
  /** Lifetime assumed for a token that is not a JWT with `exp`. Default 1 hour. */
  lifetimeMs?: number;
  token?: never;
}

/** A token you already hold, fixed or from a function (`token` scheme). */
export interface TokenCredentials {
  type: 'token';
  token: TokenSource;
  scheme?: TokenScheme;
  username?: never;
  password?: never;
}

/** An API key (from `createApiKey`): `X-API-Key` header (default) or `api_key` in the query. */
export interface ApiKeyCredentials {
  type: 'apiKey';
  key: string;
  in?: 'header' | 'query';
}

export type ContractFitAuth =
  | BasicCredentials
  | LoginCredentials
  | TokenCredentials
  | ApiKeyCredentials
  | AuthStrategy;

const isStrategy = (auth: object): auth is AuthStrategy =>
  typeof (auth as AuthStrategy).authenticate === 'function' &&
  Array.isArray((auth as AuthStrategy).headerNames);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(field, 'is missing or empty');
  }
  return value;
}

function scheme(value: unknown): TokenScheme {
  if (value === undefined || value === 'raw' || value === 'bearer') {
    return value ?? 'raw';
  }
  throw invalid('auth.scheme', `must be 'raw' or 'bearer', got ${shown(value)}`);
}

/** The strategy for `auth`, checked here so that nothing is sent with bad credentials. */
export function createCredentials(
  auth: ContractFitAuth | undefined,
  baseUrl: string,
  transport: typeof fetch | undefined,
): AuthStrategy {
  if (typeof auth !== 'object' || auth === null) {
    throw invalid('auth', "is required: { type: 'basic' | 'token' | 'apiKey', … } or an AuthStrategy");
  }
  if (isStrategy(auth)) {
    return auth;
  }
  const given = auth as unknown as Record<string, unknown>;
  switch (given.type) {
    case 'basic':
      return createBasicAuth({
        username: text(given.username, 'auth.username'),
        password: text(given.password, 'auth.password'),
      });
    case 'token': {
      const login = given.username !== undefined || given.password !== undefined;
      if (login === (given.token !== undefined)) {
        throw invalid(
          'auth.token',
          'give either token, or username and password (to log in), not both or neither',
        );
      }
      if (!login) {
        return createRawTokenAuth(given.token as TokenSource, scheme(given.scheme));
      }
      const lifetimeMs = optionalDuration(given.lifetimeMs, 'auth.lifetimeMs');
      return createLoginTokenAuth({
        loginUrl: `${baseUrl}/auth`,
        username: text(given.username, 'auth.username'),
        password: text(given.password, 'auth.password'),
        scheme: scheme(given.scheme),
        source: SOURCE,
        ...(lifetimeMs !== undefined && { lifetimeMs }),
        ...(transport && { fetch: transport }),
      });
    }
    case 'apiKey': {
      const key = text(given.key, 'auth.key');
      if (given.in === undefined || given.in === 'header') {
        return createApiKeyAuth({ headers: { 'X-API-Key': key } });
      }
      if (given.in === 'query') {
        return createApiKeyAuth({ query: { api_key: key } });
      }
      throw invalid('auth.in', `must be 'header' or 'query', got ${shown(given.in)}`);
    }
    default:
      throw invalid('auth.type', `must be 'basic', 'token' or 'apiKey', got ${shown(given.type)}`);
  }
}
