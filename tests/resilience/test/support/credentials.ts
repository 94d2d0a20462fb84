/** Where credentials travel, and how to tell which ones a recorded request carried. */
import type { FaultRequest } from '@kybkit/testing';

/** Header names any credential could travel in, lowercased. */
export const CREDENTIAL_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'userid',
  'sessiontoken',
  'x-api-key',
];
export const CREDENTIAL_QUERY = ['api_key'];

/** The credentials a request carried: header values and credential query values, `''` when none. */
export function credentialOf(request: FaultRequest): string {
  const parts = CREDENTIAL_HEADERS.map((name) => request.headers[name]).filter((v) => v !== undefined);
  const query = new URL(request.path, 'http://x').searchParams;
  for (const name of CREDENTIAL_QUERY) {
    const value = query.get(name);
    if (value !== null) {
      parts.push(`${name}=${value}`);
    }
  }
  return parts.join(' ');
}
