import { type DownloadedFile, downloadedFile } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { checkDocumentToken } from './document-token.js';
import { type EntityRef, entityParams } from './entity-ref.js';
import type { paths } from './generated/schema.js';
import { unwrap } from './unwrap.js';

/** The document's file as a stream, with its media type, size and file name from the headers. */
export type DownloadedDocument = DownloadedFile;

/** Downloads the file of a document as a stream. */
export async function downloadDocument(
  api: Client<paths>,
  entity: EntityRef,
  documentToken: string,
  options?: CallOptions,
): Promise<DownloadedDocument> {
  const params = entityParams(entity, { document_token: checkDocumentToken(documentToken) });
  const result = await api.GET('/entities/{entity_token}/documents/{document_token}', {
    params,
    parseAs: 'stream',
    ...callInit(options),
  });
  const data = unwrap(result, 'downloadDocument') as ReadableStream<Uint8Array> | null | undefined;
  return downloadedFile(data, result.response.headers);
}
