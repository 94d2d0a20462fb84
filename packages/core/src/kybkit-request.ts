import type { RetryOptions } from './retry-policy.js';

/** Body types a {@link KybkitRequest} carries as given (never teed, wrapped or re-streamed). */
export type KybkitBody =
  | string
  | Uint8Array
  | ArrayBuffer
  | Blob
  | FormData
  | URLSearchParams
  | ReadableStream<Uint8Array>
  | null;

/**
 * Per-call options read by `createFetch` from the request object. openapi-fetch copies unknown init keys
 * onto the request (`client.GET(path, { timeoutMs: 5_000 })`); `KybkitRequest` also reads them from `init`.
 */
export interface PerCallOptions {
  /** Timeout of each attempt, until the response headers arrive. */
  timeoutMs?: number;
  /** Budget of the whole call: attempts, redirects, refreshes and waits. */
  deadlineMs?: number;
  /** `false` disables retries for this call; an object overrides the client's retry options. */
  retry?: false | RetryOptions;
  /** Sets the client's `idempotencyHeader` and makes a POST/PATCH safe to retry. */
  idempotencyKey?: string;
}

export type KybkitRequestInit = RequestInit & PerCallOptions & Record<string, unknown>;

/**
 * Whether a body can be sent twice: strings, bytes, Blob, URLSearchParams and FormData can; a
 * ReadableStream or an (async) iterable cannot, and neither can anything unknown.
 */
export function isReplayableBody(body: unknown): boolean {
  if (body === null || body === undefined || typeof body === 'string') {
    return true;
  }
  if (typeof body !== 'object') {
    return false;
  }
  return (
    body instanceof Uint8Array ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof Blob ||
    body instanceof URLSearchParams ||
    body instanceof FormData
  );
}

const PER_CALL_KEYS = ['timeoutMs', 'deadlineMs', 'retry', 'idempotencyKey'] as const;
const PASSTHROUGH_KEYS = [
  'cache',
  'credentials',
  'integrity',
  'keepalive',
  'mode',
  'priority',
  'referrer',
  'referrerPolicy',
] as const;

/**
 * A light stand-in for `Request`, for openapi-fetch's `Request` option. It stores the URL, method,
 * headers and the body exactly as given, so that `createFetch` can send `fetch(url, init)` per attempt
 * and replay the body without cloning. It is not a full `Request`: `instanceof Request` is false and the
 * body readers below are conveniences for middleware (they consume a stream body).
 */
export class KybkitRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | null;
  readonly redirect: RequestRedirect;
  /** The body exactly as given to the constructor. */
  readonly bodyInit: KybkitBody;
  readonly duplex: 'half' | undefined;
  readonly bodyUsed = false;
  /** Standard init fields the pipeline forwards to every attempt (`credentials`, `keepalive`, `cache`…). */
  readonly passthrough: Readonly<Record<string, unknown>> | undefined;
  declare timeoutMs?: number;
  declare deadlineMs?: number;
  declare retry?: false | RetryOptions;
  declare idempotencyKey?: string;

  /** The same class typed as `typeof Request`, for openapi-fetch's `createClient({ Request })`. */
  static get asRequestClass(): typeof Request {
    return KybkitRequest as unknown as typeof Request;
  }

  /** See {@link isReplayableBody}. */
  static isReplayable(body: unknown): boolean {
    return isReplayableBody(body);
  }

  constructor(input: string | URL | KybkitRequest, init: KybkitRequestInit = {}) {
    const base = input instanceof KybkitRequest ? input : undefined;
    this.url = base ? base.url : typeof input === 'string' ? input : (input as URL).href;
    this.method = (init.method ?? base?.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers ?? base?.headers);
    this.signal = init.signal ?? base?.signal ?? null;
    this.redirect = init.redirect ?? base?.redirect ?? 'follow';
    this.bodyInit = init.body === undefined ? (base?.bodyInit ?? null) : (init.body as KybkitBody);
    this.duplex = (init.duplex as 'half' | undefined) ?? base?.duplex;
    const self = this as unknown as Record<string, unknown>;
    for (const key of PER_CALL_KEYS) {
      const value = init[key] ?? base?.[key];
      if (value !== undefined) {
        self[key] = value;
      }
    }
    let passthrough: Record<string, unknown> | undefined = base?.passthrough && { ...base.passthrough };
    for (const key of PASSTHROUGH_KEYS) {
      const value = init[key];
      if (value !== undefined) {
        passthrough ??= {};
        passthrough[key] = value;
      }
    }
    this.passthrough = passthrough;
  }

  /** A copy sharing the body; a stream body cannot be copied and is shared as is. */
  clone(): KybkitRequest {
    return new KybkitRequest(this);
  }

  text(): Promise<string> {
    return new Response(this.bodyInit as BodyInit | null).text();
  }

  json(): Promise<unknown> {
    return new Response(this.bodyInit as BodyInit | null).json();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this.bodyInit as BodyInit | null).arrayBuffer();
  }

  blob(): Promise<Blob> {
    return new Response(this.bodyInit as BodyInit | null).blob();
  }
}
