/** Reading a typed call's init: headers merged into the call's record, the body, per-call options, extras. */
import type { PerCallOptions } from '../kybkit-request.js';
import { type HeaderMap, putHeader } from './header-map.js';

type HeaderValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;
/** Headers as openapi-fetch takes them: `null` deletes, an array repeats the header. */
export type HeadersOption = Headers | readonly (readonly [string, string])[] | Record<string, HeaderValue>;

const OWN_KEYS = new Set(
  'params body parseAs headers bodySerializer querySerializer pathSerializer baseUrl middleware signal redirect duplex method timeoutMs deadlineMs retry idempotencyKey fetch Request'.split(
    ' ',
  ),
);
const NO_OPTIONS: PerCallOptions = Object.freeze({});

type Context = { source: string; provider: string };

/** Sets one header source into `target` (null deletes, arrays append); true when it names Content-Type. */
export function mergeInto(target: HeaderMap, source: HeadersOption | undefined, context: Context): boolean {
  if (source === undefined || source === null) {
    return false;
  }
  let typed = false;
  const entries = source instanceof Headers || Array.isArray(source) ? source : Object.entries(source);
  for (const [name, value] of entries as Iterable<[string, HeaderValue]>) {
    // `undefined` leaves a header as it was (openapi-fetch), so it does not stop the JSON default.
    typed ||= value !== undefined && name.length === 12 && name.toLowerCase() === 'content-type';
    if (value === null) {
      delete target[name.toLowerCase()];
    } else if (Array.isArray(value)) {
      delete target[name.toLowerCase()];
      for (const item of value) {
        putHeader(target, name, String(item), true, context);
      }
    } else if (value !== undefined) {
      putHeader(target, name, String(value), false, context);
    }
  }
  return typed;
}

export function defaultBodySerializer(body: unknown, headers: HeaderMap): unknown {
  if (body instanceof FormData) {
    return body;
  }
  if (headers['content-type'] === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(body as Record<string, string>).toString();
  }
  return JSON.stringify(body);
}

export function perCallOptions(init: Readonly<Record<string, unknown>> & PerCallOptions): PerCallOptions {
  const { timeoutMs, deadlineMs, retry, idempotencyKey } = init;
  if (
    timeoutMs === undefined &&
    deadlineMs === undefined &&
    retry === undefined &&
    idempotencyKey === undefined
  ) {
    return NO_OPTIONS;
  }
  const options: PerCallOptions = {};
  if (timeoutMs !== undefined) {
    options.timeoutMs = timeoutMs;
  }
  if (deadlineMs !== undefined) {
    options.deadlineMs = deadlineMs;
  }
  if (retry !== undefined) {
    options.retry = retry;
  }
  if (idempotencyKey !== undefined) {
    options.idempotencyKey = idempotencyKey;
  }
  return options;
}

export function extrasOf(
  init: Readonly<Record<string, unknown>> & PerCallOptions,
): Record<string, unknown> | undefined {
  let extras: Record<string, unknown> | undefined;
  for (const key in init) {
    if (!OWN_KEYS.has(key) && init[key] !== undefined) {
      extras ??= {};
      extras[key] = init[key];
    }
  }
  return extras;
}
