import { ApiError, KybkitError, NetworkError, TimeoutError } from '@kybkit/core';
import type { EntityRef } from './entity-ref.js';
import { PROVIDER, SOURCE } from './environments.js';
import type { Document } from './types.js';

/**
 * Step 2 of an upload failed after step 1 created the document: the file was not (or not surely)
 * received. The document exists, so send the file again to the same token with
 * `uploadDocumentContent(error.entity, error.documentToken, file)` rather than describing it anew.
 * `cause` is the ApiError, NetworkError or TimeoutError of the upload.
 */
export class DocumentUploadError extends KybkitError {
  override readonly name: string = 'DocumentUploadError';
  /** The token of the described document, to retry the upload with. */
  readonly documentToken: string;
  /** The entity the document belongs to; undefined for a document described without an entity. */
  readonly entity: EntityRef | undefined;
  /** The HTTP status of the failed upload, when the API answered. */
  readonly status: number | undefined;
  /** Alloy's minor code, when the API answered with one. */
  readonly code: string | undefined;
  /** Whether sending the file again may succeed. */
  readonly retryable: boolean;
  /** The document as step 1 returned it (`uploaded: false`). Non-enumerable, like ApiError.body. */
  declare readonly document: Document;

  constructor(document: Document, entity: EntityRef | undefined, operation: string, cause: unknown) {
    const status = cause instanceof ApiError ? cause.status : undefined;
    const what = describe(cause);
    super(
      `the file of document ${document.document_token} was not uploaded (${what}); ` +
        'send it again with uploadDocumentContent and this documentToken',
      { source: SOURCE, provider: PROVIDER, operation, cause },
    );
    this.documentToken = document.document_token;
    this.entity = entity;
    this.status = status;
    this.code = cause instanceof ApiError ? cause.code : undefined;
    this.retryable =
      (cause instanceof ApiError && cause.retryable) ||
      cause instanceof NetworkError ||
      cause instanceof TimeoutError;
    Object.defineProperty(this, 'document', { value: document, enumerable: false });
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      documentToken: this.documentToken,
      status: this.status,
      code: this.code,
      retryable: this.retryable,
    };
  }
}

/** The cause in a few words: kybkit messages are already free of secrets, others give their class only. */
function describe(cause: unknown): string {
  if (cause instanceof KybkitError) {
    return cause.message.replace(/^\[[^\]]+\] /, '');
  }
  return cause instanceof Error ? cause.name : 'unknown failure';
}
