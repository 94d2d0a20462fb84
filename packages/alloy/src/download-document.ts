import { filenameFromContentDisposition } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { checkDocumentToken } from './document-token.js';
import { type EntityRef, entityParams } from './entity-ref.js';
import type { paths } from './generated/schema.js';
import { unwrap } from './unwrap.js';

export interface DownloadedDocument {
  /** The bytes as they arrive: pipe them somewhere, never buffer a large file whole. */
  stream: ReadableStream<Uint8Array>;
  contentType: string | undefined;
  /** From Content-Length, when sent. */
  size: number | undefined;
  /** From Content-Disposition, without any directory part; undefined when none is sent. */
  filename: string | undefined;
}

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
  // openapi-fetch gives no body for `Content-Length: 0`: that is an empty file, not a failure.
  const stream = data ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const headers = result.response.headers;
  const length = Number(headers.get('content-length'));
  return {
    stream,
    contentType: headers.get('content-type') ?? undefined,
    size: headers.has('content-length') && Number.isSafeInteger(length) ? length : undefined,
    filename: filenameFromContentDisposition(headers.get('content-disposition')),
  };
}
