import { AuthError, type AuthResult, type AuthStrategy } from '@kybkit/core';
import { SOURCE } from './environments.js';
import { invalid } from './validate.js';

/** A token you already have: a string, or a function returning the current one. */
export type TokenSource = string | (() => string | Promise<string>);

/** The token in `Authorization` as the spec's `token` scheme says: raw, or (a guess) `Bearer <token>`. */
export type TokenScheme = 'raw' | 'bearer';

/** `Authorization: <token>` (or `Bearer <token>`) with a token you obtained. */
export interface RawTokenAuth extends AuthStrategy {
  readonly kind: 'token';
  /** False for a fixed token (a 401 is final); true for a function, which is asked again. */
  onUnauthorized(): Promise<boolean>;
}

/** Visible ASCII without spaces: what a token in a header can be. */
const TOKEN = /^[\x21-\x7e]+$/;

function usable(raw: unknown): string | undefined {
  if (typeof raw !== 'string') {
    return undefined;
  }
  const value = raw.replace(/^bearer +/i, '');
  return TOKEN.test(value) ? value : undefined;
}

/**
 * A strategy for a Contract.fit token you already hold (from `POST /auth`, `createToken`,
 * `loginSso` …). @kybkit/auth's bearer strategy always writes `Bearer `, while the spec's `token`
 * scheme is an API key in `Authorization`, hence this one. An accidental `Bearer ` prefix is removed.
 */
export function createRawTokenAuth(token: TokenSource, scheme: TokenScheme = 'raw'): RawTokenAuth {
  const header = (value: string) => (scheme === 'bearer' ? `Bearer ${value}` : value);
  if (typeof token === 'string') {
    const value = usable(token);
    if (value === undefined) {
      throw invalid(
        'auth.token',
        'is empty or has characters a header cannot carry (spaces, control characters)',
      );
    }
    const secrets = Object.freeze([value]);
    return Object.freeze({
      kind: 'token' as const,
      headerNames: Object.freeze(['authorization']),
      authenticate: async (): Promise<AuthResult> => ({ headers: { Authorization: header(value) } }),
      onUnauthorized: async () => false,
      secrets: () => secrets,
    });
  }
  if (typeof token !== 'function') {
    throw invalid('auth.token', 'must be a string or a function returning one');
  }
  let last: string | undefined;
  return Object.freeze({
    kind: 'token' as const,
    headerNames: Object.freeze(['authorization']),
    async authenticate(): Promise<AuthResult> {
      const value = usable(await token());
      if (value === undefined) {
        throw new AuthError('the token function returned an empty or unusable token', { source: SOURCE });
      }
      last = value;
      return { headers: { Authorization: header(value) } };
    },
    onUnauthorized: async () => true,
    secrets: () => (last === undefined ? [] : [last]),
  });
}
