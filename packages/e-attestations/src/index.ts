export {
  AbortedError,
  ApiError,
  AuthError,
  isAuthError,
  isRetryable,
  KybkitError,
  NetworkError,
  RedirectError,
  TimeoutError,
  ValidationError,
} from '@kybkit/core';
export { accountIdFromClaims } from './account-id.js';
export {
  createEAttestationsClient,
  type EAttestationsClient,
  type EAttestationsClientOptions,
} from './client.js';
export type { CreateDossierOptions, DossierCreated, WaitOptions } from './create-dossier.js';
export { DossierProcessError } from './dossier-process-error.js';
export type { DownloadedFile, FileRef } from './download-file.js';
export {
  CLIENT_ID,
  type EAttestationsEnvironment,
  type EAttestationsEnvironmentName,
  environments,
} from './environments.js';
export { type OperationId, operations } from './generated/operations.js';
export type { EAttestationsHelpers } from './helpers.js';
export type { IterateOptions } from './iterate.js';
export type * from './types.js';
export { errorCodeOf, unwrap } from './unwrap.js';
