import { ValidationError } from '@kybkit/core';
import { SOURCE } from './environments.js';
import type { DocumentDescription, DocumentType } from './types.js';

/** The document types Alloy allows (the help article's list; the spec's `DocumentType`). */
export const DOCUMENT_TYPES = [
  'contract',
  'license',
  'passport',
  'utility',
  'other',
  'internal',
] as const satisfies readonly DocumentType[];

/** What the describe step says about a file. */
export interface DocumentDetails {
  /** The file's name without its extension, e.g. `driver_license`. */
  name: string;
  /** The file type without a dot, e.g. `pdf`, `jpg`. */
  extension: string;
  type: DocumentType;
  /** A note stored with the document. */
  note?: string;
  /** The note's author: the email of a user of your Alloy dashboard. */
  noteAuthorAgentEmail?: string;
}

const EXTENSION = /^[A-Za-z0-9]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalid(message: string, field: string): ValidationError {
  return new ValidationError(message, { source: SOURCE, field });
}

/** Validates the details and returns the describe body (`{ name, extension, type, note?, note_author_agent_email? }`). */
export function documentDescription(details: DocumentDetails): DocumentDescription {
  if (typeof details !== 'object' || details === null) {
    throw invalid('the document details are missing: give { name, extension, type }', 'details');
  }
  const { name, extension, type, note, noteAuthorAgentEmail } = details;
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalid('name is missing or blank', 'details.name');
  }
  if (typeof extension !== 'string' || extension === '') {
    throw invalid('extension is missing or empty (e.g. pdf)', 'details.extension');
  }
  if (extension.startsWith('.')) {
    throw invalid(`extension must not start with a dot: give "${extension.slice(1)}"`, 'details.extension');
  }
  if (!EXTENSION.test(extension)) {
    throw invalid('extension must be letters and digits only, e.g. pdf or jpg', 'details.extension');
  }
  if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    throw invalid(`type must be one of ${DOCUMENT_TYPES.join(', ')}`, 'details.type');
  }
  if (note !== undefined && typeof note !== 'string') {
    throw invalid('note must be a string', 'details.note');
  }
  if (
    noteAuthorAgentEmail !== undefined &&
    !(typeof noteAuthorAgentEmail === 'string' && EMAIL.test(noteAuthorAgentEmail))
  ) {
    throw invalid('noteAuthorAgentEmail must be an email address', 'details.noteAuthorAgentEmail');
  }
  const body: DocumentDescription = { name, extension, type };
  if (note !== undefined) {
    body.note = note;
  }
  if (noteAuthorAgentEmail !== undefined) {
    body.note_author_agent_email = noteAuthorAgentEmail;
  }
  return body;
}
