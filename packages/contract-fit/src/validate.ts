import { ValidationError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/** A ValidationError naming the field, e.g. `inbox must be …`. */
export function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`${field} ${message}`, { source: SOURCE, provider: PROVIDER, field });
}

/** A short, printable rendering of a value for an error message (ids, names; never secrets). */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}

const OBJECT_ID = /^[A-Za-z0-9]{24}$/;

/** A Contract.fit id: 24 letters or digits (a MongoDB ObjectId), as the spec's `ObjectId`. */
export function assertObjectId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !OBJECT_ID.test(value)) {
    throw invalid(field, `must be a Contract.fit id (24 letters or digits), got ${shown(value)}`);
  }
  return value;
}

/** A positive whole number (page sizes, item limits), or undefined when not given. */
export function optionalPositiveInteger(value: unknown, field: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw invalid(field, `must be a whole number above 0, got ${shown(value)}`);
  }
  return value;
}

/** A duration in ms (timeouts, intervals), or undefined when not given. */
export function optionalDuration(value: unknown, field: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalid(field, `must be a number of milliseconds above 0, got ${shown(value)}`);
  }
  return value;
}

/** A date-time for a query (a Date or an RFC 3339 string), sent as an ISO string. */
export function optionalDateTime(value: unknown, field: string): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString();
  }
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  ) {
    return value;
  }
  throw invalid(field, `must be a Date or an RFC 3339 date-time (2026-12-01T00:00:00Z), got ${shown(value)}`);
}
