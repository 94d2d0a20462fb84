import { KybkitRequest, type PerCallOptions } from '../kybkit-request.js';
import { type HeaderMap, headerMap } from './header-map.js';

/** One call as the pipeline sees it, whatever the input was (KybkitRequest, Request, string or URL). */
export interface PreparedRequest {
  url: string;
  method: string;
  /** A fresh map the pipeline may change. */
  headers: HeaderMap;
  body: unknown;
  signal: AbortSignal | undefined;
  redirect: RequestRedirect;
  duplex: 'half' | undefined;
  options: PerCallOptions;
  /** Other init keys (e.g. undici's `dispatcher`, `keepalive`, `credentials`), passed to every attempt. */
  extras: Record<string, unknown> | undefined;
  /** Set by a typed client that knows the operation: whether the spec marks it safe to repeat. */
  retrySafe?: boolean;
}

const OWN_KEYS = new Set([
  'method',
  'headers',
  'body',
  'signal',
  'redirect',
  'duplex',
  'timeoutMs',
  'deadlineMs',
  'retry',
  'idempotencyKey',
]);

type InitLike = RequestInit & PerCallOptions & Record<string, unknown>;

/** Reads a call's pieces once, copying the headers and leaving the body as given. `init` overrides the input. */
export function prepareRequest(
  input: Request | KybkitRequest | string | URL,
  rawInit: RequestInit | undefined,
): PreparedRequest {
  const init = rawInit as InitLike | undefined;
  let url: string;
  let method: string;
  let headers: HeadersInit | undefined;
  let body: unknown;
  let signal: AbortSignal | undefined;
  let redirect: RequestRedirect;
  let duplex: 'half' | undefined;
  let fromInput: PerCallOptions | undefined;
  let passthrough: Readonly<Record<string, unknown>> | undefined;
  if (input instanceof KybkitRequest) {
    url = input.url;
    method = input.method;
    headers = input.headers;
    body = input.bodyInit;
    signal = input.signal ?? undefined;
    redirect = input.redirect;
    duplex = input.duplex;
    fromInput = input;
    passthrough = input.passthrough;
  } else if (typeof input === 'string' || input instanceof URL) {
    url = typeof input === 'string' ? input : input.href;
    method = 'GET';
    headers = init?.headers;
    body = null;
    redirect = 'follow';
  } else {
    url = input.url;
    method = input.method.toUpperCase();
    headers = input.headers;
    body = input.body;
    signal = input.signal;
    redirect = input.redirect;
    fromInput = input as unknown as PerCallOptions;
  }
  let extras: Record<string, unknown> | undefined = passthrough as Record<string, unknown> | undefined;
  let options: PerCallOptions = fromInput ?? {};
  if (init !== undefined) {
    if (init.method !== undefined) {
      method = init.method.toUpperCase();
    }
    if (init.headers !== undefined) {
      headers = init.headers;
    }
    if (init.body !== undefined) {
      body = init.body;
    }
    signal = init.signal ?? signal;
    redirect = init.redirect ?? redirect;
    duplex = (init.duplex as 'half' | undefined) ?? duplex;
    options = mergeOptions(fromInput, init);
    for (const key in init) {
      if (!OWN_KEYS.has(key) && init[key] !== undefined) {
        if (extras === undefined || extras === passthrough) {
          extras = { ...extras };
        }
        extras[key] = init[key];
      }
    }
  }
  return { url, method, headers: headerMap(headers), body, signal, redirect, duplex, options, extras };
}

function mergeOptions(a: PerCallOptions | undefined, b: PerCallOptions): PerCallOptions {
  const merged: PerCallOptions = {};
  const timeoutMs = b.timeoutMs ?? a?.timeoutMs;
  if (timeoutMs !== undefined) {
    merged.timeoutMs = timeoutMs;
  }
  const deadlineMs = b.deadlineMs ?? a?.deadlineMs;
  if (deadlineMs !== undefined) {
    merged.deadlineMs = deadlineMs;
  }
  const retry = b.retry ?? a?.retry;
  if (retry !== undefined) {
    merged.retry = retry;
  }
  const idempotencyKey = b.idempotencyKey ?? a?.idempotencyKey;
  if (idempotencyKey !== undefined) {
    merged.idempotencyKey = idempotencyKey;
  }
  return merged;
}
