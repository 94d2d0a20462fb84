import type { Client } from 'openapi-fetch';
import { activateEmailIntegration, type EmailActivation } from './activate-email-integration.js';
import type { CallOptions } from './call-options.js';
import { downloadOriginalFile, downloadPageImage, type PageImageOptions } from './document-files.js';
import type { DownloadedFile } from './downloaded-file.js';
import type { paths } from './generated/schema.js';
import { type InboxDocumentsOptions, inboxDocuments } from './inbox-documents.js';
import {
  downloadLogo,
  downloadStyleSheet,
  type StyleUploadOptions,
  uploadLogo,
  uploadStyleSheet,
} from './tenant-style.js';
import type { Document, KeyValuePrediction } from './types.js';
import {
  type UploadDocumentOptions,
  type UploadSimpleOptions,
  uploadDocument,
  uploadDocumentSimple,
} from './upload-document.js';
import type { UploadFile } from './upload-file.js';
import {
  type ReprocessOptions,
  reprocess,
  type WaitForDocumentOptions,
  waitForDocument,
} from './wait-for-document.js';

/** The flows on top of the raw typed calls. Input is checked before anything is sent. */
export interface ContractFitHelpers {
  /**
   * Uploads a file to an inbox as a streamed multipart body. By default asynchronously
   * (`sync: false`): resolves to the new document's id, for `waitForDocument`.
   */
  uploadDocument(file: UploadFile, options: UploadDocumentOptions & { sync?: false }): Promise<string>;
  /** Synchronously with `keyValueFlag: true`: resolves to the field → value map. */
  uploadDocument(
    file: UploadFile,
    options: UploadDocumentOptions & { sync: true; keyValueFlag: true },
  ): Promise<KeyValuePrediction>;
  /** Synchronously: resolves to the processed document (raise `timeoutMs`: the call waits for the processing). */
  uploadDocument(
    file: UploadFile,
    options: UploadDocumentOptions & { sync: true; keyValueFlag?: false },
  ): Promise<Document>;
  uploadDocument(
    file: UploadFile,
    options: UploadDocumentOptions,
  ): Promise<string | Document | KeyValuePrediction>;
  /** The simple upload (always synchronous): the field → value map, or the document with `keyValueFlag: false`. */
  uploadDocumentSimple(
    file: UploadFile,
    options: UploadSimpleOptions & { keyValueFlag: false },
  ): Promise<Document>;
  uploadDocumentSimple(file: UploadFile, options?: UploadSimpleOptions): Promise<KeyValuePrediction>;
  /** Polls the document until it is processed (see `isDocumentProcessed`) and returns it. */
  waitForDocument(id: string, options?: WaitForDocumentOptions): Promise<Document>;
  /** Schedules another processing and, by default, waits for the new version. */
  reprocess(id: string, options?: ReprocessOptions): Promise<Document>;
  /** Every document of an inbox, across the pages of `listInboxDocumentsPaginated`, lazily. */
  inboxDocuments(inboxId: string, options?: InboxDocumentsOptions): AsyncIterableIterator<Document>;
  /** The uploaded file, streamed, with its media type and name. */
  downloadOriginalFile(id: string, options?: CallOptions): Promise<DownloadedFile>;
  /** Pages (`1`, `1-2`) as an image, or their thumbnail with `{ thumbnail: true }`, streamed. */
  downloadPageImage(id: string, pages: number | string, options?: PageImageOptions): Promise<DownloadedFile>;
  /** The tenant's style sheet, streamed; undefined when there is none. */
  downloadStyleSheet(options?: CallOptions): Promise<DownloadedFile | undefined>;
  /** The tenant's logo, streamed. */
  downloadLogo(options?: CallOptions): Promise<DownloadedFile>;
  /** Replaces the tenant's style sheet (streamed multipart). */
  uploadStyleSheet(file: UploadFile, options?: StyleUploadOptions): Promise<void>;
  /** Replaces the tenant's logo (streamed multipart). */
  uploadLogo(file: UploadFile, options?: StyleUploadOptions): Promise<void>;
  /** Follows an e-mail integration's activation link without following its redirect: the Location is returned. */
  activateEmailIntegration(
    integrationId: string,
    secret: string,
    options?: CallOptions,
  ): Promise<EmailActivation>;
}

export function createHelpers(api: Client<paths>): ContractFitHelpers {
  return {
    uploadDocument: ((file: UploadFile, options: UploadDocumentOptions) =>
      uploadDocument(api, file, options)) as ContractFitHelpers['uploadDocument'],
    uploadDocumentSimple: ((file: UploadFile, options?: UploadSimpleOptions) =>
      uploadDocumentSimple(api, file, options)) as ContractFitHelpers['uploadDocumentSimple'],
    waitForDocument: (id, options) => waitForDocument(api, id, options),
    reprocess: (id, options) => reprocess(api, id, options),
    inboxDocuments: (inboxId, options) => inboxDocuments(api, inboxId, options),
    downloadOriginalFile: (id, options) => downloadOriginalFile(api, id, options),
    downloadPageImage: (id, pages, options) => downloadPageImage(api, id, pages, options),
    downloadStyleSheet: (options) => downloadStyleSheet(api, options),
    downloadLogo: (options) => downloadLogo(api, options),
    uploadStyleSheet: (file, options) => uploadStyleSheet(api, file, options),
    uploadLogo: (file, options) => uploadLogo(api, file, options),
    activateEmailIntegration: (integrationId, secret, options) =>
      activateEmailIntegration(api, integrationId, secret, options),
  };
}
