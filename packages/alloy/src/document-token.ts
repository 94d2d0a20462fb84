import { ValidationError } from '@kybkit/core';
import { SOURCE } from './environments.js';

const DOCUMENT_TOKEN = /^D-[A-Za-z0-9_-]+$/;

/** Checks a document token (`D-…`) before it is put in a path. */
export function checkDocumentToken(value: unknown, field = 'documentToken'): string {
  if (typeof value !== 'string' || !DOCUMENT_TOKEN.test(value)) {
    throw new ValidationError('the document token must look like D-… (letters, digits, _ or -)', {
      source: SOURCE,
      field,
    });
  }
  return value;
}
