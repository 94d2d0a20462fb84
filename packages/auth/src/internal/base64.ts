/** Standard base64 of bytes with the platform's `btoa` (no Buffer, so it runs in browsers and edge). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/** The value of an `Authorization: Basic …` header for a user/secret pair (RFC 7617, UTF-8). */
export function basicCredentials(username: string, password: string): string {
  return base64(new TextEncoder().encode(`${username}:${password}`));
}
