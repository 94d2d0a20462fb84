import type { AuthResult, AuthStrategy } from '@kybkit/core';
import { ValidationError } from '@kybkit/core';
import { hasControlCharacter } from './internal/control-characters.js';
import { SOURCE } from './internal/source.js';

export interface ApiKeyAuthOptions {
  /** Header name → value, sent on every request, e.g. October's `{ userId, sessionToken }`. */
  headers?: Record<string, string> | undefined;
  /** Query parameter name → value, e.g. Contract.fit's `{ api_key }`. */
  query?: Record<string, string> | undefined;
}

/** Static API keys in headers and/or the query string. A 401 is final: the keys cannot change. */
export interface ApiKeyAuth extends AuthStrategy {
  readonly kind: 'api-key';
  readonly queryNames: readonly string[];
  onUnauthorized(): Promise<false>;
}

/** RFC 9110 `token`: the characters a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Static API keys sent as headers (October sends `userId` and `sessionToken` together) and/or as
 * query parameters (Contract.fit's `api_key`). Values are checked once, here: an empty value, a
 * control character (CR, LF, TAB…) or, for headers, a character `fetch` refuses or silently trims,
 * is a {@link ValidationError} naming the key, never the value.
 */
export function createApiKeyAuth(options: ApiKeyAuthOptions): ApiKeyAuth {
  const headers = entries(options?.headers, 'headers');
  const query = entries(options?.query, 'query');
  if (headers.length === 0 && query.length === 0) {
    throw new ValidationError('createApiKeyAuth needs at least one header or query key', {
      source: SOURCE,
      field: 'headers',
    });
  }
  const seen = new Set<string>();
  for (const [name, value] of headers) {
    const field = `headers.${name}`;
    if (!HEADER_NAME.test(name)) {
      throw invalid(`api key header name "${safeName(name)}" is not a valid HTTP header name`, field);
    }
    if (seen.has(name.toLowerCase())) {
      throw invalid(`api key header "${name}" is given twice (header names are case-insensitive)`, field);
    }
    seen.add(name.toLowerCase());
    checkValue(value, `api key header "${name}"`, field, true);
  }
  for (const [name, value] of query) {
    const field = `query.${name}`;
    if (name.length === 0 || hasControlCharacter(name)) {
      throw invalid('an api key query parameter name is empty or contains a control character', field);
    }
    checkValue(value, `api key query parameter "${name}"`, field, false);
  }

  const headerNames = Object.freeze(headers.map(([name]) => name.toLowerCase()));
  const queryNames = Object.freeze(query.map(([name]) => name));
  const secretValues = Object.freeze([...headers, ...query].map(([, value]) => value));

  return Object.freeze({
    kind: 'api-key' as const,
    headerNames,
    queryNames,
    async authenticate(): Promise<AuthResult> {
      const result: AuthResult = {};
      if (headers.length > 0) {
        result.headers = Object.fromEntries(headers);
      }
      if (query.length > 0) {
        result.query = Object.fromEntries(query);
      }
      return result;
    },
    async onUnauthorized(): Promise<false> {
      return false;
    },
    secrets: () => secretValues,
  });
}

function entries(record: Record<string, string> | undefined, field: string): [string, string][] {
  if (record === undefined) {
    return [];
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw invalid(`createApiKeyAuth option "${field}" must be an object of name → value`, field);
  }
  return Object.entries(record);
}

function checkValue(value: unknown, what: string, field: string, isHeader: boolean): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(`${what} is empty or not a string`, field);
  }
  if (hasControlCharacter(value)) {
    throw invalid(`${what} contains a control character (CR, LF, TAB or other)`, field);
  }
  if (!isHeader) {
    return;
  }
  if (value.trim() !== value) {
    throw invalid(`${what} starts or ends with whitespace, which fetch would silently strip`, field);
  }
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) > 0xff) {
      throw invalid(`${what} contains a character outside Latin-1, which fetch refuses in a header`, field);
    }
  }
}

/** A header name is not a secret, but an invalid one could still carry junk: cut it short. */
function safeName(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

function invalid(message: string, field: string): ValidationError {
  return new ValidationError(message, { source: SOURCE, field });
}
