import type { AuthResult, AuthStrategy } from '@kybkit/core';
import { ValidationError } from '@kybkit/core';
import { basicCredentials } from './internal/base64.js';
import { hasControlCharacter } from './internal/control-characters.js';
import { SOURCE } from './internal/source.js';

export interface BasicAuthOptions {
  /** Must be non-empty and must not contain ':' (RFC 7617 has no way to escape it). */
  username: string;
  /** May be empty (some APIs put a key in `username` and leave the password blank). */
  password: string;
}

/** HTTP Basic (RFC 7617). A 401 is final: the credentials cannot change. */
export interface BasicAuth extends AuthStrategy {
  readonly kind: 'basic';
  onUnauthorized(): Promise<false>;
}

/**
 * `Authorization: Basic base64(utf8(username ":" password))`, computed once. Usernames and
 * passwords may be any Unicode text (UTF-8 encoded, as RFC 7617's `charset="UTF-8"` asks) but
 * not control characters, which RFC 7617 forbids.
 */
export function createBasicAuth(options: BasicAuthOptions): BasicAuth {
  const username: unknown = options?.username;
  const password: unknown = options?.password;
  if (typeof username !== 'string' || username.length === 0) {
    throw invalid('the Basic auth username is empty or not a string', 'username');
  }
  if (username.includes(':')) {
    throw invalid("the Basic auth username must not contain ':' (RFC 7617 cannot encode it)", 'username');
  }
  if (hasControlCharacter(username)) {
    throw invalid('the Basic auth username contains a control character', 'username');
  }
  if (typeof password !== 'string') {
    throw invalid('the Basic auth password is not a string', 'password');
  }
  if (hasControlCharacter(password)) {
    throw invalid('the Basic auth password contains a control character', 'password');
  }

  const encoded = basicCredentials(username, password);
  const value = `Basic ${encoded}`;
  const secretValues = Object.freeze(password.length > 0 ? [password, encoded] : [encoded]);

  return Object.freeze({
    kind: 'basic' as const,
    headerNames: Object.freeze(['authorization']),
    async authenticate(): Promise<AuthResult> {
      return { headers: { Authorization: value } };
    },
    async onUnauthorized(): Promise<false> {
      return false;
    },
    secrets: () => secretValues,
  });
}

function invalid(message: string, field: string): ValidationError {
  return new ValidationError(message, { source: SOURCE, field });
}
