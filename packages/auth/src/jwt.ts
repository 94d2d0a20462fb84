/**
 * Decodes the payload (claims) of a compact JWS/JWT **without verifying its signature**. Use it to
 * read claims the server already trusts, such as e-Attestations' `account_ids`; never to make an
 * authorisation decision. Returns `undefined` for anything that is not three base64url segments
 * whose middle one is UTF-8 JSON of an object; it never throws.
 */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  if (typeof token !== 'string') {
    return undefined;
  }
  const parts = token.split('.');
  if (parts.length !== 3) {
    return undefined;
  }
  const bytes = decodeBase64Url(parts[1] ?? '');
  if (bytes === undefined) {
    return undefined;
  }
  try {
    const payload: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
      return payload as Record<string, unknown>;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 7515 §2) → bytes, with the platform's `atob`. */
function decodeBase64Url(segment: string): Uint8Array | undefined {
  if (segment.length === 0 || !BASE64URL.test(segment) || segment.length % 4 === 1) {
    return undefined;
  }
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) {
      bytes[index] = binary.charCodeAt(index);
    }
    return bytes;
  } catch {
    return undefined;
  }
}
