import { ValidationError } from './errors.js';

/** Hosts where plain http is allowed: this machine (a local mock, a test server). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface CheckBaseUrlOptions {
  /** The option being checked, e.g. `baseUrl` or `tokenUrl`: starts the message and is the error's `field`. */
  option: string;
  /** The package raising the error, e.g. `@kybkit/alloy`. */
  source: string;
  /** Provider slug, set on the error when given. */
  provider?: string;
  /**
   * The whole message when the value is missing (undefined, null or empty), e.g.
   * `baseUrl is required: your tenant's API URL`. Default: `<option> is required`.
   */
  requiredMessage?: string;
}

/**
 * Checks a base URL given to a client and returns it without its trailing slashes: an absolute
 * URL, https unless the host is loopback (`127.0.0.1`, `localhost`, `[::1]`), with no credentials,
 * query or fragment (the client appends paths to it). Anything else is a ValidationError naming
 * the option, thrown before any request is sent.
 */
export function checkBaseUrl(value: unknown, options: CheckBaseUrlOptions): string {
  const { option } = options;
  const fail = (message: string) =>
    new ValidationError(message, {
      source: options.source,
      field: option,
      ...(options.provider !== undefined && { provider: options.provider }),
    });
  if (value === undefined || value === null || value === '') {
    throw fail(options.requiredMessage ?? `${option} is required`);
  }
  const text = typeof value === 'string' || value instanceof URL ? String(value) : undefined;
  let url: URL | undefined;
  try {
    url = text === undefined ? undefined : new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined) {
    throw fail(`${option} is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw fail(`${option} must use https (plain http is allowed for loopback only)`);
  }
  // A bare `?` or `#` leaves `search`/`hash` empty but would still end up in every request URL.
  if (url.username || url.password || url.search || url.hash || /[?#]/.test(text ?? '')) {
    throw fail(`${option} must not carry credentials, a query or a fragment`);
  }
  return url.href.replace(/\/+$/, '');
}
