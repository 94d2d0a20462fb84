import type { AuthStrategy } from '../auth-strategy.js';
import { redactText, redactUrl } from '../redact.js';

const ignore = (): void => undefined;

/** Releases the connection of a response that will not be returned. */
export function cancelBody(response: Response): void {
  if (response.body !== null && !response.bodyUsed) {
    response.body.cancel().catch(ignore);
  }
}

/** The body needs `duplex: 'half'` (a stream or an async iterable). */
export function isStreamBody(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body instanceof ReadableStream || Symbol.asyncIterator in body)
  );
}

/**
 * Every secret a message about this request could contain: the strategy's, sensitive header values, the
 * URL's userinfo and sensitive query values.
 */
export function collectSecrets(
  auth: AuthStrategy | undefined,
  headers: Readonly<Record<string, string>>,
  sensitiveHeaders: readonly string[],
  url: string,
  queryNames: readonly string[],
): string[] {
  const secrets: string[] = auth ? [...auth.secrets()] : [];
  for (const name of sensitiveHeaders) {
    const value = headers[name];
    if (value) {
      secrets.push(value);
      const space = value.indexOf(' ');
      if (space > 0 && space < value.length - 1) {
        secrets.push(value.slice(space + 1));
      }
    }
  }
  if (url.includes('?') || url.includes('@')) {
    try {
      const parsed = new URL(url);
      for (const part of [parsed.username, parsed.password]) {
        if (part) {
          secrets.push(part, safeDecode(part));
        }
      }
      for (const [name, value] of parsed.searchParams) {
        if (value && queryNames.includes(name.toLowerCase())) {
          secrets.push(value);
        }
      }
    } catch {
      // not an absolute URL: redactUrl drops its query anyway
    }
  }
  return secrets;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `GET https://host/path?api_key=[REDACTED]`: safe to put in a message or an event. */
export function describeUrl(url: string, queryNames: readonly string[], secrets: readonly string[]): string {
  return redactText(redactUrl(url, queryNames), secrets);
}

const COPIED_FIELDS = ['code', 'errno', 'syscall', 'address', 'port'];

/**
 * The transport's error as a safe `cause`: kept as is when there is no secret to hide; otherwise a plain
 * Error copy with the secrets redacted from its message and stack, its primitive diagnostic fields (code,
 * errno, syscall, address, port) and a sanitised cause chain. Other properties (which could hold request
 * headers) are dropped.
 */
export function sanitizeCause(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (secrets.length === 0) {
    return error;
  }
  if (typeof error === 'string') {
    return redactText(error, secrets);
  }
  if (!(error instanceof Error)) {
    return error === null || typeof error !== 'object' ? error : redactText(String(error), secrets);
  }
  const message = redactText(error.message, secrets);
  const copy = error instanceof TypeError ? new TypeError(message) : new Error(message);
  copy.name = error.name;
  copy.stack = redactText(error.stack ?? `${error.name}: ${error.message}`, secrets);
  const source = error as unknown as Record<string, unknown>;
  for (const field of COPIED_FIELDS) {
    const value = source[field];
    if (typeof value === 'number') {
      Object.defineProperty(copy, field, { value, enumerable: true });
    } else if (typeof value === 'string') {
      Object.defineProperty(copy, field, { value: redactText(value, secrets), enumerable: true });
    }
  }
  if (error.cause !== undefined && depth < 4) {
    copy.cause = sanitizeCause(error.cause, secrets, depth + 1);
  }
  return copy;
}

/** Short text of a transport error for a message: `fetch failed (connect ECONNREFUSED 127.0.0.1:9)`. */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause = error.cause;
  if (cause instanceof Error && cause.message && cause.message !== error.message) {
    return `${error.message} (${cause.message})`;
  }
  return error.message;
}

/** Calls the user's event listener; a throwing listener must not break the request. */
export function emitSafely<E>(listener: ((event: E) => void) | undefined, event: E): void {
  if (listener === undefined) {
    return;
  }
  try {
    listener(event);
  } catch {
    // listeners are observers: their failures are theirs
  }
}
