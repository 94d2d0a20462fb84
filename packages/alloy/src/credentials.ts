import { createBasicAuth, createClientCredentialsAuth } from '@kybkit/auth';
import { type AuthStrategy, ValidationError } from '@kybkit/core';
import { SOURCE, TOKEN_PATH } from './environments.js';

/** How the client authenticates: Basic on every request, or a bearer token from `POST /oauth/bearer`. */
export type AlloyAuthMode = 'basic' | 'oauth';

interface CredentialOptions {
  token?: string;
  secret?: string;
  auth?: AlloyAuthMode | AuthStrategy;
  tokenUrl?: string;
  fetch?: typeof fetch;
}

function required(value: unknown, field: 'token' | 'secret'): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ValidationError(`${field} is missing or empty (the API ${field} from the Alloy dashboard)`, {
      source: SOURCE,
      field,
    });
  }
  return value;
}

/**
 * The strategy for the client: `basic` sends `Authorization: Basic base64(token:secret)` with every
 * request; `oauth` exchanges the same pair for a one-hour bearer token (refreshed ahead of expiry,
 * one token request however many concurrent calls); or any @kybkit/auth strategy as given.
 */
export function createCredentials(options: CredentialOptions, baseUrl: string): AuthStrategy {
  const mode = options.auth ?? 'basic';
  if (typeof mode === 'object' && mode !== null) {
    if (options.token !== undefined || options.secret !== undefined) {
      throw new ValidationError('give token and secret, or an auth strategy, not both', {
        source: SOURCE,
        field: 'auth',
      });
    }
    return mode;
  }
  if (mode !== 'basic' && mode !== 'oauth') {
    throw new ValidationError(`unknown auth "${String(mode)}" (basic, oauth, or an AuthStrategy)`, {
      source: SOURCE,
      field: 'auth',
    });
  }
  const token = required(options.token, 'token');
  const secret = required(options.secret, 'secret');
  if (mode === 'basic') {
    return createBasicAuth({ username: token, password: secret });
  }
  return createClientCredentialsAuth({
    tokenUrl: options.tokenUrl ?? `${baseUrl}${TOKEN_PATH}`,
    clientId: token,
    clientSecret: secret,
    // Alloy: the pair goes in a Basic header and the body is JSON {"grant_type":"client_credentials"}.
    credentialsIn: 'basic-header',
    bodyFormat: 'json',
    source: SOURCE,
    ...(options.fetch && { fetch: options.fetch }),
  });
}
