import { RedirectError } from '../errors.js';
import type { Call } from './call.js';
import { describeUrl } from './pipeline-support.js';

export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Headers that describe a body, dropped when a redirect turns the request into a bodyless GET. */
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
  'transfer-encoding',
];

/** A RedirectError naming the (redacted) request, the reason and, when known, the (redacted) target. */
export function redirectRefused(call: Call, reason: string, target?: string): RedirectError {
  const secrets = call.secrets();
  const to = target === undefined ? '' : ` to ${describeUrl(target, call.config.redactQuery, secrets)}`;
  return new RedirectError(
    `${call.describe(call.url, secrets)}: redirect${to} refused: ${reason}`,
    call.errorOptions(),
  );
}

/**
 * Moves the call to the next hop of a redirect (RFC 9110 §15.4, Fetch "HTTP-redirect fetch"), or throws
 * a RedirectError: too many hops, a malformed or non-HTTP Location, an https → http downgrade, or a
 * 307/308 that would need a streamed body a second time. On a hop to another origin (scheme, host, port),
 * credential headers and credential query parameters are removed and authentication is skipped.
 */
export function followRedirect(call: Call, status: number, location: string): void {
  const config = call.config;
  call.hops++;
  if (call.hops > config.maxRedirects) {
    throw redirectRefused(call, `more than ${config.maxRedirects} redirects`);
  }
  let next: URL;
  try {
    next = new URL(location, call.url);
  } catch {
    throw redirectRefused(call, 'malformed Location header');
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') {
    throw redirectRefused(call, `unsupported scheme ${next.protocol}`);
  }
  if (next.protocol === 'http:' && call.url.startsWith('https:')) {
    throw redirectRefused(call, 'https → http downgrade', next.href);
  }
  const method = call.method;
  const toGet =
    status === 303
      ? method !== 'GET' && method !== 'HEAD'
      : (status === 301 || status === 302) && method !== 'GET' && method !== 'HEAD';
  if (toGet) {
    call.method = 'GET';
    call.body = null;
    call.replayable = true;
    call.retrySafe = call.retry !== false;
    const headers = call.headers;
    for (const name of BODY_HEADERS) {
      delete headers[name];
    }
  } else if (call.body !== null && call.body !== undefined && !call.replayable) {
    throw redirectRefused(
      call,
      `a ${status} needs the body again and a streamed body cannot be sent twice`,
      next.href,
    );
  }
  call.originalOrigin ??= new URL(call.req.url).origin;
  const sameOrigin = next.origin === call.originalOrigin;
  if (!sameOrigin) {
    stripCredentials(call, next);
  }
  call.sameOrigin = sameOrigin;
  call.url = next.href;
}

function stripCredentials(call: Call, next: URL): void {
  const headers = call.headers;
  for (const name of call.config.sensitiveHeaders) {
    delete headers[name];
  }
  const used = call.lastAuth;
  if (used?.headers !== undefined) {
    for (const name in used.headers) {
      delete headers[name.toLowerCase()];
    }
  }
  const params = next.searchParams;
  for (const name of call.config.stripQuery) {
    if (params.has(name)) {
      params.delete(name);
    }
  }
  if (used?.query !== undefined) {
    for (const name in used.query) {
      if (params.has(name)) {
        params.delete(name);
      }
    }
  }
}
