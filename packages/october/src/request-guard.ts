import type { Middleware } from 'openapi-fetch';
import { VERSION_HEADER } from './environments.js';
import type { NewRequest } from './types.js';
import { assertObjectId, invalid, isIsoDate, shown, validateNewRequest } from './validate.js';

interface WithBody {
  bodyInit?: unknown;
}

function jsonBody(request: Request & WithBody): unknown {
  const raw = request.bodyInit;
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
 * request's SIREN has a valid check digit.
 */
export const requestGuard: Middleware = {
  onRequest({ request, schemaPath, params }) {
    for (const [name, value] of Object.entries(params.path ?? {})) {
      assertObjectId(value, `params.path.${name}`);
    }
    if (params.query?.request !== undefined) {
      assertObjectId(params.query.request, 'params.query.request');
    }
    const version = request.headers.get(VERSION_HEADER);
    if (!isIsoDate(version)) {
      throw invalid(VERSION_HEADER, `must be a date written YYYY-MM-DD, got ${shown(version)}`);
    }
    if (schemaPath === '/requests' && request.method === 'POST') {
      const body = jsonBody(request) as NewRequest;
      const checked = validateNewRequest(body);
      if (checked.code.id !== body.code.id) {
        throw invalid('body.code.id', 'must be written as 9 digits, without spaces or dots');
      }
    }
    return undefined;
  },
};
