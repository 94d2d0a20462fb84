import { KybkitError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import type { Document } from './types.js';

/** The document was processed without success (`status_data.success` false). `document` is the last state read. */
export class DocumentProcessingError extends KybkitError {
  override readonly name: string = 'DocumentProcessingError';
  readonly documentId: string;
  readonly document: Document;
  constructor(document: Document) {
    super(`document ${document.id} was processed without success (status_data.success is false)`, {
      source: SOURCE,
      provider: PROVIDER,
      operation: 'getDocument',
    });
    this.documentId = document.id;
    this.document = document;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), documentId: this.documentId };
  }
}
