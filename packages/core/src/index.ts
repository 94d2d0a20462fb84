import './request-init-options.js';

export type { AuthContext, AuthResult, AuthStrategy } from './auth-strategy.js';
export { type CheckBaseUrlOptions, checkBaseUrl } from './check-base-url.js';
export { filenameFromContentDisposition } from './content-disposition.js';
export {
  createFetch,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type FetchPipelineOptions,
  type PipelineEvent,
  type TransportFetch,
} from './create-fetch.js';
export { createProviderClient, type ProviderClientOptions } from './create-provider-client.js';
export { createProviderFetch, type ProviderFetchOptions } from './create-provider-fetch.js';
export { type DownloadedFile, downloadedFile } from './downloaded-file.js';
export * from './errors.js';
export {
  type AssertIdentifierOptions,
  assertFrenchVat,
  assertSiren,
  assertSiret,
  frenchVatFromSiren,
  isValidFrenchVat,
  isValidSiren,
  isValidSiret,
  normalizeIdentifier,
} from './french-identifiers.js';
export {
  isReplayableBody,
  type KybkitBody,
  KybkitRequest,
  type KybkitRequestInit,
  type PerCallOptions,
} from './kybkit-request.js';
export {
  createMultipartBody,
  type MultipartBody,
  type MultipartBodyOptions,
  type MultipartFile,
} from './multipart-body.js';
export { createOperationMatcher, type MatchedOperation, type OperationInfo } from './operation-matcher.js';
export { collect, type Page, type PaginateOptions, paginate } from './paginate.js';
export { createPathSerializer, serializePath } from './path-serializer.js';
export { checkPipelineTuning, type PipelineTuning, type TuningContext } from './pipeline-tuning.js';
export {
  createQuerySerializer,
  defaultQuerySerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from './query-serializer.js';
export {
  DEFAULT_SENSITIVE_HEADERS,
  DEFAULT_SENSITIVE_QUERY,
  REDACTED,
  redactText,
  redactUrl,
} from './redact.js';
export {
  backoffDelay,
  DEFAULT_RETRY,
  isIdempotentMethod,
  isRetryableStatus,
  parseRetryAfter,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from './retry-policy.js';
export { type SizedStreamOptions, sizedStream } from './sized-stream.js';
export { type Sleep, sleep } from './sleep.js';
export {
  type BodySerializer,
  type CallCheck,
  type ClientMiddleware,
  createTypedClient,
  type HeadersOption,
  type TypedCallInit,
  type TypedClientOptions,
} from './typed-client.js';
export {
  apiErrorFrom,
  bindUnwrap,
  type ResultLike,
  type SuccessData,
  type UnwrapContext,
  unwrap,
} from './unwrap.js';
export { type WaitForOptions, type WaitForPoll, waitFor } from './wait-for.js';
