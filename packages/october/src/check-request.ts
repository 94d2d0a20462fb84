import type { CallCheck } from '@kybkit/core';
import { VERSION_HEADER } from './environments.js';
import type { NewRequest } from './types.js';
import { assertObjectId, invalid, isIsoDate, shown, validateNewRequest } from './validate.js';

const VERSION = VERSION_HEADER.toLowerCase();

function jsonBody(raw: unknown): unknown {
  if (typeof raw !== 'string') {
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Checks what the spec can check before a request leaves, for the typed calls too
 * (`october.POST('/requests', …)`), so bad input is a ValidationError and nothing is sent:
 * every path id and the `request` query are 24-hex ids, `October-Version` is a date, and a new
 * request's SIREN has a valid check digit. The client's `check` hook (no middleware, so calls
 * keep the fast path).
 */
export function checkRequest({ method, schemaPath, params, headers, body }: CallCheck): void {
  for (const [name, value] of Object.entries(params.path ?? {})) {
    assertObjectId(value, `params.path.${name}`);
  }
  const request = params.query?.request;
  if (request !== undefined) {
    assertObjectId(request, 'params.query.request');
  }
  const version = headers[VERSION] ?? null;
  if (!isIsoDate(version)) {
    throw invalid(VERSION_HEADER, `must be a date written YYYY-MM-DD, got ${shown(version)}`);
  }
  if (schemaPath === '/requests' && method === 'POST') {
    const parsed = jsonBody(body) as NewRequest;
    const checked = validateNewRequest(parsed);
    if (checked.code.id !== parsed.code.id) {
      throw invalid('body.code.id', 'must be written as 9 digits, without spaces or dots');
    }
  }
}
