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
  WaitTimeoutError,
} from '@kybkit/core';
export type { EmailActivation } from './activate-email-integration.js';
export type { CallOptions } from './call-options.js';
export {
  type ContractFitClient,
  type ContractFitClientOptions,
  createContractFitClient,
} from './client.js';
export type {
  ApiKeyCredentials,
  BasicCredentials,
  ContractFitAuth,
  LoginCredentials,
  TokenCredentials,
} from './credentials.js';
export type { PageImageOptions } from './document-files.js';
export { documentIdOf } from './document-id.js';
export { DocumentProcessingError } from './document-processing-error.js';
export { isDocumentFailed, isDocumentProcessed, reprocessedSince } from './document-state.js';
export type { DownloadedFile } from './downloaded-file.js';
export { PUBLISHED_BASE_URL } from './environments.js';
export { formData } from './form-data.js';
export { type OperationId, operations } from './generated/operations.js';
export type { ContractFitHelpers } from './helpers.js';
export type { InboxDocumentsOptions } from './inbox-documents.js';
export {
  createRawTokenAuth,
  type RawTokenAuth,
  type TokenScheme,
  type TokenSource,
} from './raw-token-auth.js';
export type { StyleUploadOptions } from './tenant-style.js';
export type * from './types.js';
export { errorCodeOf, unwrap } from './unwrap.js';
export type { UploadDocumentOptions, UploadSimpleOptions } from './upload-document.js';
export type { FileHints, UploadFile, UploadStream } from './upload-file.js';
export type { ReprocessOptions, WaitForDocumentOptions } from './wait-for-document.js';
