import type { AuthStrategy } from './auth-strategy.js';
import { AttemptTimers } from './internal/attempt-timers.js';
import type { PipelineConfig } from './internal/call.js';
import { prepareRequest } from './internal/prepare-request.js';
import { runPipeline } from './internal/run-pipeline.js';
import type { KybkitRequest } from './kybkit-request.js';
import { DEFAULT_SENSITIVE_HEADERS, DEFAULT_SENSITIVE_QUERY } from './redact.js';
import { DEFAULT_RETRY, type RetryOptions, resolveRetryOptions } from './retry-policy.js';
import { sleep as defaultSleep, type Sleep } from './sleep.js';
/** The fetch handed to openapi-fetch (`createClient({ fetch })`); also callable like `fetch(url, init)`. */
export type FetchLike = (
  input: Request | KybkitRequest | string | URL,
  init?: RequestInit,
) => Promise<Response>;

/** The transport the pipeline calls once per attempt; `globalThis.fetch` fits. */
export type TransportFetch = (input: string, init: RequestInit) => Promise<Response>;

/** What the pipeline reports. URLs are redacted; headers and bodies are never included. */
export interface PipelineEvent {
  type: 'retry' | 'redirect' | 'refresh' | 'timeout';
  provider: string;
  method: string;
  /** The redacted URL of the attempt that caused the event. */
  url: string;
  /** 1-based number of the attempt that caused the event (redirect hops and refreshes do not count). */
  attempt: number;
  status?: number;
  /** For `retry`: the wait before the next attempt. */
  delayMs?: number;
  /** For `retry`: what failed. */
  reason?: 'status' | 'network' | 'timeout';
  /** For `redirect`: the redacted target. */
  location?: string;
  /** For `timeout`: the limit that was hit. */
  timeoutMs?: number;
}

export interface FetchPipelineOptions {
  /** Transport; default `globalThis.fetch`, looked up at call time. */
  fetch?: TransportFetch;
  /** Package name for error messages, e.g. `@kybkit/e-attestations`. */
  source: string;
  /** Provider slug, e.g. `e-attestations`. */
  provider: string;
  auth?: AuthStrategy;
  /** Timeout of one attempt, until the response headers arrive. Default 30 000 ms. */
  timeoutMs?: number;
  /** Budget of a whole call, retries and waits included. Default 120 000 ms. */
  deadlineMs?: number;
  /** `false` disables retries. */
  retry?: false | RetryOptions;
  /** Operations the spec marks safe to repeat (lets a POST/PATCH be retried). */
  isRetrySafe?: (method: string, url: URL) => boolean;
  /** A request carrying this header may be retried even if it is a POST; `idempotencyKey` sets it. */
  idempotencyHeader?: string;
  /** Default 5. */
  maxRedirects?: number;
  /** Extra credential headers to strip on a cross-origin redirect and to redact. */
  secretHeaders?: readonly string[];
  /** Extra credential query parameters to strip on a cross-origin redirect and to redact. */
  secretQuery?: readonly string[];
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  onEvent?: (event: PipelineEvent) => void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const lower = (names: readonly string[] | undefined): string[] => (names ?? []).map((n) => n.toLowerCase());

/** createFetch's options resolved once: what `runCall` reads on every call. */
export function resolvePipelineConfig(options: FetchPipelineOptions): PipelineConfig {
  const auth = options.auth;
  const stripQuery = [...new Set([...(auth?.queryNames ?? []), ...(options.secretQuery ?? [])])];
  const now = options.now ?? Date.now;
  return {
    transport: options.fetch,
    source: options.source,
    provider: options.provider,
    auth,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    retry: options.retry === false ? false : resolveRetryOptions(options.retry ?? {}, DEFAULT_RETRY),
    isRetrySafe: options.isRetrySafe,
    idempotencyHeader: options.idempotencyHeader?.toLowerCase(),
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    sensitiveHeaders: [
      ...new Set([
        ...DEFAULT_SENSITIVE_HEADERS,
        ...lower(auth?.headerNames),
        ...lower(options.secretHeaders),
      ]),
    ],
    stripQuery,
    redactQuery: [...new Set([...DEFAULT_SENSITIVE_QUERY, ...lower(stripQuery)])],
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now,
    onEvent: options.onEvent,
    timers: new AttemptTimers(),
  };
}

/**
 * The fetch behind every kybkit client: per-attempt timeout and overall deadline, safe retries with
 * Retry-After, 401 → refresh once, and manual redirects that never carry credentials to another origin.
 */
export function createFetch(options: FetchPipelineOptions): FetchLike {
  const config = resolvePipelineConfig(options);
  return (input, init) => runPipeline(config, prepareRequest(input, init));
}
