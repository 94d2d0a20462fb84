import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import type { DocumentDetails } from './document-description.js';
import type { DocumentFile } from './document-file.js';
import { type DownloadedDocument, downloadDocument } from './download-document.js';
import { type EntityRef, entityParams } from './entity-ref.js';
import type { paths } from './generated/schema.js';
import type { Document } from './types.js';
import { unwrap } from './unwrap.js';
import { describeAndUpload, uploadDocumentContent } from './upload-document.js';

/** The document flows on top of the raw typed calls. An entity is a token or `{ externalEntityId }`. */
export interface AlloyHelpers {
  /**
   * Describes the document, then streams its file: returns the document with `uploaded: true`.
   * Input is checked before anything is sent. If the file fails to go up, a DocumentUploadError
   * carries the new `documentToken` for `uploadDocumentContent`.
   */
  uploadDocument(
    entity: EntityRef,
    file: DocumentFile,
    details: DocumentDetails,
    options?: CallOptions,
  ): Promise<Document>;
  /** The same for a document described before its entity exists (`POST /documents`, `PUT /documents/{token}`). */
  uploadDocumentWithoutEntity(
    file: DocumentFile,
    details: DocumentDetails,
    options?: CallOptions,
  ): Promise<Document>;
  /** Step 2 alone, for a document already described; `entity` undefined for one described without an entity. */
  uploadDocumentContent(
    entity: EntityRef | undefined,
    documentToken: string,
    file: DocumentFile,
    options?: CallOptions,
  ): Promise<Document>;
  /** The file of a document, as a stream. */
  downloadDocument(
    entity: EntityRef,
    documentToken: string,
    options?: CallOptions,
  ): Promise<DownloadedDocument>;
  /** Every document of the entity (metadata only). */
  listDocuments(entity: EntityRef, options?: CallOptions): Promise<Document[]>;
}

export function createHelpers(api: Client<paths>): AlloyHelpers {
  const context = { api };
  return {
    uploadDocument: (entity, file, details, options) =>
      describeAndUpload(context, entity, file, details, options),
    uploadDocumentWithoutEntity: (file, details, options) =>
      describeAndUpload(context, undefined, file, details, options),
    uploadDocumentContent: (entity, documentToken, file, options) =>
      uploadDocumentContent(context, entity, documentToken, file, options),
    downloadDocument: (entity, documentToken, options) =>
      downloadDocument(api, entity, documentToken, options),
    listDocuments: async (entity, options) =>
      unwrap(
        await api.GET('/entities/{entity_token}/documents', {
          params: entityParams(entity),
          ...callInit(options),
        }),
        'listDocuments',
      ),
  };
}
