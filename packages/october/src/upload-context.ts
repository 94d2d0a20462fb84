import type { Client } from 'openapi-fetch';
import type { ClientPaths } from './client-paths.js';
import type { FileHints } from './upload-file.js';

/** What the upload steps need from the client. */
export interface UploadContext {
  api: Client<ClientPaths>;
  /** The raw transport (the client's `fetch` option or globalThis.fetch), without credentials. */
  storageFetch: typeof fetch;
}

/** Options of the storage step (2), shared by `uploadMedium` and `resumeUpload`. */
export interface StorageStepOptions extends FileHints {
  signal?: AbortSignal;
  /** Time for the storage to accept the whole file (step 2). Default 5 minutes. */
  storageTimeoutMs?: number;
}
