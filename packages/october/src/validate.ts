import { assertSiren, ValidationError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import type { NewRequest } from './types.js';

const OBJECT_ID = /^[0-9a-f]{24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`${field} ${message}`, { source: SOURCE, provider: PROVIDER, field });
}

/** A short, printable rendering of a value for an error message (ids and dates, never secrets). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}

/** A 24-hex October id (request, medium, business, report, user). */
export function assertObjectId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !OBJECT_ID.test(value)) {
    throw invalid(field, `must be an October id (24 lowercase hex characters), got ${shown(value)}`);
  }
  return value;
}

/** A calendar date written YYYY-MM-DD (the `October-Version` header, a document's date). */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function assertIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) {
    throw invalid(field, `must be a date written YYYY-MM-DD, got ${shown(value)}`);
  }
  return value;
}

/**
 * Checks a `createRequest` body before it is sent: the code must be a SIREN whose check digit is
 * right, the optional name non-empty, the optional creator an email address. Returns the body with
 * the SIREN normalised (spaces and dots removed).
 */
export function validateNewRequest(body: NewRequest): NewRequest {
  if (typeof body !== 'object' || body === null) {
    throw invalid('body', 'must be an object with a `code`');
  }
  const code = body.code as { type?: unknown; id?: unknown } | undefined;
  if (typeof code !== 'object' || code === null) {
    throw invalid('body.code', 'is required: { type: "siren", id: "<9 digits>" }');
  }
  if (code.type !== 'siren') {
    throw invalid('body.code.type', `must be "siren" (the only documented type), got ${shown(code.type)}`);
  }
  const id = assertSiren(String(code.id ?? ''), { field: 'body.code.id', source: SOURCE });
  if (
    body.businessName !== undefined &&
    (typeof body.businessName !== 'string' || !body.businessName.trim())
  ) {
    throw invalid('body.businessName', 'must be a non-empty string when given');
  }
  if (body.creator !== undefined && (typeof body.creator !== 'string' || !EMAIL.test(body.creator))) {
    throw invalid('body.creator', 'must be an email address when given');
  }
  return { ...body, code: { type: 'siren', id } };
}
