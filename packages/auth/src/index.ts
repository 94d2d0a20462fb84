/**
 * @kybkit/auth: credential strategies for kybkit clients. Every strategy is made by a
 * `create<Scheme>Auth(options)` factory and implements `AuthStrategy` from @kybkit/core.
 */
export type { AuthContext, AuthResult, AuthStrategy } from '@kybkit/core';
export { type ApiKeyAuth, type ApiKeyAuthOptions, createApiKeyAuth } from './api-key.js';
export { type BasicAuth, type BasicAuthOptions, createBasicAuth } from './basic.js';
export {
  type BearerAuth,
  type BearerAuthOptions,
  type BearerTokenProvider,
  createBearerAuth,
} from './bearer.js';
export {
  type ClientCredentialsAuth,
  type ClientCredentialsAuthOptions,
  type ClientCredentialsTokenInfo,
  createClientCredentialsAuth,
} from './client-credentials.js';
export type { FetchLike } from './internal/token-endpoint.js';
export { decodeJwtPayload } from './jwt.js';
export { createLoginTokenAuth, type LoginTokenAuth, type LoginTokenAuthOptions } from './login-token.js';
export {
  createOAuthPasswordAuth,
  type OAuthPasswordAuth,
  type OAuthPasswordAuthOptions,
  type OAuthTokenInfo,
} from './oauth-password.js';
export { type CachedToken, TokenCache, type TokenCacheOptions } from './token-cache.js';
