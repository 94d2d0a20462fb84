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
export type { CallOptions } from './call-options.js';
export { type AlloyClient, type AlloyClientOptions, createAlloyClient } from './client.js';
export type { AlloyAuthMode } from './credentials.js';
export { DOCUMENT_TYPES, type DocumentDetails, documentDescription } from './document-description.js';
export type { DocumentFile } from './document-file.js';
export { DocumentUploadError } from './document-upload-error.js';
export type { DownloadedDocument } from './download-document.js';
export { type EntityParams, type EntityRef, entityParams } from './entity-ref.js';
export {
  type AlloyEnvironment,
  type AlloyEnvironmentName,
  EXTERNAL_ENTITY_ID_HEADER,
  environments,
} from './environments.js';
export { type OperationId, operations } from './generated/operations.js';
export type { AlloyHelpers } from './helpers.js';
export type * from './types.js';
export { type AlloyErrorInfo, alloyApiError, alloyErrorOf, errorCodeOf, unwrap } from './unwrap.js';
