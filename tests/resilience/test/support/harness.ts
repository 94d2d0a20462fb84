/**
 * One provider client wired to a fault server, with everything the secret scan needs: the events it
 * emitted, what it logged, the outcomes of its calls, and every secret it held (configured ones, and
 * tokens as the token endpoint issued them).
 */
import { inspect } from 'node:util';
import type { PipelineEvent, RetryOptions } from '@kybkit/core';
import { type FaultRequest, type FaultServer, startFaultServer } from '@kybkit/testing';
import { afterEach, expect, vi } from 'vitest';
import { CREDENTIAL_HEADERS, CREDENTIAL_QUERY } from './credentials.js';
import type { Built, ProviderCase, Result } from './provider-case.js';
import { leakedSecrets } from './secrets.js';

export interface HarnessOptions {
  /** Attempt timeout. Default 5 000 ms. */
  timeoutMs?: number;
  /** Whole-call deadline. Default 15 000 ms. */
  deadlineMs?: number;
  /** Default: 2 retries, 1–4 ms backoff. */
  retry?: RetryOptions;
  /** Lifetime of issued tokens. Default 1 hour. */
  tokenLifetimeMs?: number;
}

export interface Outcome {
  result?: Result;
  error?: unknown;
}

export interface Harness extends Pick<Built, 'client' | 'base' | 'get' | 'post' | 'safePost' | 'grants'> {
  readonly provider: ProviderCase;
  readonly api: FaultServer;
  readonly events: PipelineEvent[];
  readonly secrets: ReadonlySet<string>;
  /** Requests that reached the API (the token endpoint excluded). */
  apiRequests(): FaultRequest[];
  /** `https://<api>/<base><path>`: a URL on the API's origin. */
  url(path: string): string;
  /** Awaits a call; the result, its error, and the ApiError `unwrap` makes of it join the scan. */
  outcome(call: Promise<Result>): Promise<Outcome>;
  /** The provider's `unwrap` error for a result (also scanned). */
  apiError(result: Result | undefined): unknown;
  /** More values for the scan (errors, bodies another server received…). */
  scan(...values: unknown[]): void;
}

export const TINY_RETRY: RetryOptions = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 4 };

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Registers an afterEach that closes every harness started in the test and fails it when a secret
 * appears in an event, a console line, a recorded outcome, a scanned value or `inspect(client)`.
 */
export function useHarness(provider: ProviderCase): (options?: HarnessOptions) => Promise<Harness> {
  const open: Array<() => Promise<void>> = [];
  afterEach(async () => {
    const closing = open.splice(0);
    for (const close of closing) {
      await close();
    }
  });
  return async (options = {}) => {
    const api = await startFaultServer();
    const secrets = new Set<string>();
    const events: PipelineEvent[] = [];
    const scanned: unknown[] = [];
    const logged: unknown[][] = [];
    const spies = CONSOLE.map((name) =>
      vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    const secret = (value: string | null | undefined) => {
      if (value) {
        secrets.add(value);
        const space = value.indexOf(' ');
        if (space > 0) {
          secrets.add(value.slice(space + 1));
        }
      }
    };
    let built: Built | undefined;
    const transport: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers = new Headers(init?.headers);
      for (const name of CREDENTIAL_HEADERS) {
        secret(headers.get(name));
      }
      for (const name of CREDENTIAL_QUERY) {
        secret(url.searchParams.get(name));
      }
      const response = await globalThis.fetch(input, init);
      if (built?.isTokenEndpoint(url) && response.ok) {
        const body = (await response
          .clone()
          .json()
          .catch(() => ({}))) as Record<string, unknown>;
        for (const field of ['access_token', 'refresh_token', 'authentication_token']) {
          secret(typeof body[field] === 'string' ? body[field] : undefined);
        }
      }
      return response;
    };
    built = await provider.build({
      api,
      transport,
      onEvent: (event) => void events.push(event),
      timeoutMs: options.timeoutMs ?? 5_000,
      deadlineMs: options.deadlineMs ?? 15_000,
      retry: options.retry ?? TINY_RETRY,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 3_600_000,
      secret,
    });
    const b = built;
    const harness: Harness = {
      provider,
      api,
      events,
      secrets,
      client: b.client,
      base: b.base,
      get: b.get,
      post: b.post,
      safePost: b.safePost,
      grants: b.grants,
      apiRequests: () => api.requests.filter((r) => !r.routed),
      url: (path) => `${api.url}${b.base}${path}`,
      async outcome(call) {
        try {
          const result = await call;
          scanned.push(result.data, result.error);
          return { result };
        } catch (error) {
          scanned.push(error);
          return { error };
        }
      },
      apiError(result) {
        if (result === undefined) {
          return undefined;
        }
        try {
          b.unwrap(result as Result);
          return undefined;
        } catch (error) {
          scanned.push(error);
          return error;
        }
      },
      scan: (...values) => void scanned.push(...values),
    };
    open.push(async () => {
      for (const spy of spies) {
        spy.mockRestore();
      }
      await api.close();
      await b.close?.();
      const leaks = leakedSecrets(
        [...scanned, ...events, ...logged.flat(), inspect(b.client, { depth: 4 })],
        [...secrets],
      );
      expect(leaks, `${provider.name}: secrets leaked`).toEqual([]);
      expect(secrets.size, 'the scan knows at least one secret').toBeGreaterThan(0);
    });
    return harness;
  };
}
