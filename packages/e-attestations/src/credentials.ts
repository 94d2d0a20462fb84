import { createBearerAuth, createOAuthPasswordAuth } from '@kybkit/auth';
import { type AuthStrategy, ValidationError } from '@kybkit/core';
import { CLIENT_ID, SOURCE } from './environments.js';

interface CredentialOptions {
  username?: string;
  password?: string;
  accessToken?: string | (() => string | Promise<string>);
  auth?: AuthStrategy;
  fetch?: typeof fetch;
}

/** Exactly one way to authenticate: username + password, an access token, or a strategy. */
export function createCredentials(options: CredentialOptions, tokenUrl: string | undefined): AuthStrategy {
  const given = [
    options.username !== undefined || options.password !== undefined,
    options.accessToken !== undefined,
    options.auth !== undefined,
  ].filter(Boolean).length;
  if (given !== 1) {
    throw new ValidationError(
      given === 0
        ? 'no credentials: give username and password, accessToken, or auth'
        : 'give only one of: username and password, accessToken, auth',
      { source: SOURCE, field: 'username' },
    );
  }
  if (options.auth) {
    return options.auth;
  }
  if (options.accessToken !== undefined) {
    return createBearerAuth({ token: options.accessToken });
  }
  if (!options.username || !options.password) {
    throw new ValidationError('username and password are both required', {
      source: SOURCE,
      field: options.username ? 'password' : 'username',
    });
  }
  if (!tokenUrl) {
    throw new ValidationError('a custom baseUrl with username/password also needs tokenUrl', {
      source: SOURCE,
      field: 'tokenUrl',
    });
  }
  return createOAuthPasswordAuth({
    tokenUrl,
    clientId: CLIENT_ID,
    username: options.username,
    password: options.password,
    source: SOURCE,
    ...(options.fetch && { fetch: options.fetch }),
  });
}
