import type { AuthResult, AuthStrategy } from '@kybkit/core';
import { AuthError, ValidationError } from '@kybkit/core';
import { isVisibleAscii } from './internal/control-characters.js';
import { SOURCE } from './internal/source.js';

/** Returns the current token; called before every request, so cache inside it if fetching is costly. */
export type BearerTokenProvider = () => string | Promise<string>;

export interface BearerAuthOptions {
  /** A static token, or a function returning the current one. An accidental `Bearer ` prefix is removed. */
  token: string | BearerTokenProvider;
  /**
   * `bearer` (default): `Authorization: Bearer <token>`. `raw`: `Authorization: <token>`, for APIs
   * whose spec declares the token as an API key in the Authorization header (Contract.fit).
   */
  scheme?: 'bearer' | 'raw';
}

/** `Authorization: Bearer <token>` (or the raw token) with a static token or one supplied by your code. */
export interface BearerAuth extends AuthStrategy {
  readonly kind: 'bearer';
  /** False for a static token (a 401 is final); true for a provider, which is asked again. */
  onUnauthorized(): Promise<boolean>;
}

const PREFIX = /^bearer +/i;

/**
 * A static bearer token, or a provider function called before every request. With a provider, a
 * 401 makes `onUnauthorized` return true so that the pipeline retries once with what the provider
 * returns next. Errors thrown by the provider propagate unchanged.
 */
export function createBearerAuth(options: BearerAuthOptions): BearerAuth {
  const token: unknown = options?.token;
  const format = options?.scheme === 'raw' ? (value: string) => value : (value: string) => `Bearer ${value}`;
  if (typeof token === 'string') {
    const value = normalise(token);
    if (value === undefined) {
      throw new ValidationError(
        'the bearer token is empty or contains characters not allowed in a token (spaces, control characters, non-ASCII)',
        { source: SOURCE, field: 'token' },
      );
    }
    const header = format(value);
    const secretValues = Object.freeze([value]);
    return Object.freeze({
      kind: 'bearer' as const,
      headerNames: Object.freeze(['authorization']),
      async authenticate(): Promise<AuthResult> {
        return { headers: { Authorization: header } };
      },
      async onUnauthorized(): Promise<boolean> {
        return false;
      },
      secrets: () => secretValues,
    });
  }
  if (typeof token !== 'function') {
    throw new ValidationError('the bearer token must be a string or a function returning one', {
      source: SOURCE,
      field: 'token',
    });
  }

  const provider = token as BearerTokenProvider;
  let last: string | undefined;
  return Object.freeze({
    kind: 'bearer' as const,
    headerNames: Object.freeze(['authorization']),
    async authenticate(): Promise<AuthResult> {
      const provided: unknown = await provider();
      const value = typeof provided === 'string' ? normalise(provided) : undefined;
      if (value === undefined) {
        throw new AuthError(
          'the bearer token provider returned an empty token, a non-string, or one with characters not allowed in a token',
          { source: SOURCE },
        );
      }
      last = value;
      return { headers: { Authorization: format(value) } };
    },
    async onUnauthorized(): Promise<boolean> {
      return true;
    },
    secrets: () => (last === undefined ? [] : [last]),
  });
}

/** Strips an accidental `Bearer ` prefix; undefined when what remains is not a usable token. */
function normalise(raw: string): string | undefined {
  const value = raw.replace(PREFIX, '');
  return isVisibleAscii(value) ? value : undefined;
}
