const encoder = new TextEncoder();

const bytesOf = (value: string | Uint8Array): Uint8Array =>
  typeof value === 'string' ? encoder.encode(value) : value;

/**
 * Compares two secrets (strings are compared as UTF-8 bytes) without stopping at the first
 * difference: the time taken depends on the lengths only, not on where the values differ. For
 * webhook verifiers; decode hex or base64 signatures to bytes (or compare both in the same
 * encoding) before calling it. Plain JS, so it runs in browsers and edge runtimes too.
 */
export function timingSafeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = bytesOf(a);
  const y = bytesOf(b);
  const length = Math.max(x.length, y.length);
  let difference = x.length ^ y.length;
  for (let i = 0; i < length; i++) {
    difference |= (i < x.length ? (x[i] as number) : 0) ^ (i < y.length ? (y[i] as number) : 0);
  }
  return difference === 0;
}
