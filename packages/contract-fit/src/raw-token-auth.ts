import { createBearerAuth } from '@kybkit/auth';
import { type AuthStrategy, ValidationError } from '@kybkit/core';
import { invalid } from './validate.js';

/** A token you already have: a string, or a function returning the current one. */
export type TokenSource = string | (() => string | Promise<string>);

/** The token in `Authorization` as the spec's `token` scheme says: raw, or (a guess) `Bearer <token>`. */
export type TokenScheme = 'raw' | 'bearer';

/** `Authorization: <token>` (or `Bearer <token>`) with a token you obtained. */
export interface RawTokenAuth extends AuthStrategy {
  /** False for a fixed token (a 401 is final); true for a function, which is asked again. */
  onUnauthorized(): Promise<boolean>;
}

/**
 * A Contract.fit token you already hold (from `POST /auth`, `createToken`, `loginSso` …), sent raw
 * in `Authorization` as the spec's `token` scheme says: @kybkit/auth's bearer strategy with
 * `scheme: 'raw'`, its errors named after this client's `auth.token` option.
 */
export function createRawTokenAuth(token: TokenSource, scheme: TokenScheme = 'raw'): RawTokenAuth {
  try {
    return createBearerAuth({ token, scheme });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw invalid(
        'auth.token',
        typeof token === 'string'
          ? 'is empty or has characters a header cannot carry (spaces, control characters)'
          : 'must be a string or a function returning one',
      );
    }
    throw error;
  }
}
