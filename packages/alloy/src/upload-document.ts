import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { type DocumentDetails, documentDescription } from './document-description.js';
import { type DocumentFile, type UploadBody, uploadBody } from './document-file.js';
import { checkDocumentToken } from './document-token.js';
import { DocumentUploadError } from './document-upload-error.js';
import { type EntityParams, type EntityRef, entityParams } from './entity-ref.js';
import type { paths } from './generated/schema.js';
import type { Document } from './types.js';
import { unwrap } from './unwrap.js';

/** The typed client the upload runs on. */
export interface UploadContext {
  api: Client<paths>;
}

/**
 * Step 2 alone: PUTs the bytes as `application/octet-stream`, with Content-Length when the size is
 * known. The body is handed to fetch as it is (a Blob, bytes or a stream), never copied or buffered.
 * A stream is sent once and never retried (the pipeline cannot replay it); a Blob or bytes may be
 * sent again on a retryable failure, since a PUT of the same bytes is idempotent.
 */
async function sendContent(
  { api }: UploadContext,
  params: EntityParams | undefined,
  documentToken: string,
  upload: UploadBody,
  options: CallOptions | undefined,
): Promise<Document> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
  if (upload.length !== undefined) {
    headers['Content-Length'] = String(upload.length);
  }
  const common = {
    // The generated type of an octet-stream body is `string`; the pipeline sends whatever body it gets.
    body: upload.body as unknown as string,
    bodySerializer: (body: unknown) => body,
    headers,
    ...callInit(options),
  };
  const result =
    params === undefined
      ? await api.PUT('/documents/{document_token}', {
          params: { path: { document_token: documentToken } },
          ...common,
        })
      : await api.PUT('/entities/{entity_token}/documents/{document_token}', {
          params: { path: { ...params.path, document_token: documentToken }, header: params.header },
          ...common,
        });
  return unwrap(result, params === undefined ? 'uploadDocumentWithoutEntity' : 'uploadDocument');
}

/**
 * Describes the document (step 1), then uploads its file (step 2). Everything is checked before the
 * first request. A failure of step 1 is the ApiError of `describeDocument`; a failure of step 2 is a
 * DocumentUploadError carrying the new document's token. `entity` undefined: the entity-less endpoints.
 */
export async function describeAndUpload(
  context: UploadContext,
  entity: EntityRef | undefined,
  file: DocumentFile,
  details: DocumentDetails,
  options?: CallOptions,
): Promise<Document> {
  const params = entity === undefined ? undefined : entityParams(entity);
  const description = documentDescription(details);
  const upload = uploadBody(file);
  const { api } = context;
  const described =
    params === undefined
      ? unwrap(
          await api.POST('/documents', { body: description, ...callInit(options) }),
          'describeDocumentWithoutEntity',
        )
      : unwrap(
          await api.POST('/entities/{entity_token}/documents', {
            params,
            body: description,
            ...callInit(options),
          }),
          'describeDocument',
        );
  try {
    return await sendContent(context, params, described.document_token, upload, options);
  } catch (error) {
    throw new DocumentUploadError(
      described,
      entity,
      params === undefined ? 'uploadDocumentWithoutEntity' : 'uploadDocument',
      error,
    );
  }
}

/** Step 2 for a document already described (e.g. to retry after a DocumentUploadError). */
export async function uploadDocumentContent(
  context: UploadContext,
  entity: EntityRef | undefined,
  documentToken: string,
  file: DocumentFile,
  options?: CallOptions,
): Promise<Document> {
  const params = entity === undefined ? undefined : entityParams(entity);
  const token = checkDocumentToken(documentToken);
  return sendContent(context, params, token, uploadBody(file), options);
}
