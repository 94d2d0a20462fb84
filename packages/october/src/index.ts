export {
  AbortedError,
  ApiError,
  isAuthError,
  isRetryable,
  KybkitError,
  NetworkError,
  RedirectError,
  TimeoutError,
  ValidationError,
  WaitTimeoutError,
} from '@kybkit/core';
export { createOctoberClient, type OctoberClient, type OctoberClientOptions } from './client.js';
export {
  KNOWN_VERSIONS,
  LATEST_VERSION,
  type OctoberServerName,
  servers,
  VERSION_HEADER,
} from './environments.js';
export { type OperationId, operations } from './generated/operations.js';
export type { OctoberHelpers } from './helpers.js';
export type { MarkOnlineOptions } from './mark-medium-online.js';
export {
  type ParseWebhookOptions,
  parseWebhook,
  type WebhookHeaders,
  type WebhookVerifier,
} from './parse-webhook.js';
export { timingSafeEqual } from './timing-safe-equal.js';
export type * from './types.js';
export { errorCodeOf, unwrap } from './unwrap.js';
export type { StorageStepOptions } from './upload-context.js';
export { type DeclaredFile, type OnlineUpdate, UploadError, type UploadStep } from './upload-error.js';
export {
  DEFAULT_ALLOWED_TYPES,
  MAX_MEDIUM_BYTES,
  type UploadFile,
  type UploadStream,
} from './upload-file.js';
export type { UploadMediumOptions } from './upload-medium.js';
export type { WaitForReportsOptions } from './wait-for-reports.js';
export { WebhookError, type WebhookProblem } from './webhook-error.js';
