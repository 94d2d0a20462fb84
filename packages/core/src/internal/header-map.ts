import { ValidationError } from '../errors.js';

/** Request headers inside the pipeline: lowercase names, one string each (repeats joined by `, `). */
export type HeaderMap = Record<string, string>;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What fetch refuses in a value: CR, LF, NUL, and any character past Latin-1 (not a ByteString). */
const BAD_VALUE = /[\r\n\0\u0100-\uffff]/;

/** Any headers init as a fresh {@link HeaderMap} (the platform's `Headers` normalises it). */
export function headerMap(source: HeadersInit | undefined | null): HeaderMap {
  const map: HeaderMap = {};
  if (source !== undefined && source !== null) {
    new Headers(source).forEach((value, name) => {
      map[name] = value;
    });
  }
  return map;
}

/**
 * Sets one header (`append` joins a repeat), after checking it as fetch would, so a bad name or value
 * is a ValidationError before anything is sent rather than a TypeError from the transport.
 */
export function putHeader(
  map: HeaderMap,
  name: string,
  value: string,
  append: boolean,
  context: { source: string; provider: string },
): void {
  if (!TOKEN.test(name) || BAD_VALUE.test(value)) {
    const field = `headers.${TOKEN.test(name) ? name : '?'}`;
    throw new ValidationError(`${field} is not a valid HTTP header ${TOKEN.test(name) ? 'value' : 'name'}`, {
      ...context,
      field,
    });
  }
  const key = name.toLowerCase();
  const trimmed = value.trim();
  const held = map[key];
  map[key] = append && held !== undefined ? `${held}, ${trimmed}` : trimmed;
}
