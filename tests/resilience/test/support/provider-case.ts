/** The shape of a row of the provider table, and what each scenario may call on it. */
import type { FetchPipelineOptions, RetryOptions } from '@kybkit/core';
import type { FaultServer } from '@kybkit/testing';

export type Slug = 'e-attestations' | 'october' | 'alloy' | 'contract-fit';

/** What openapi-fetch returns, as far as the scenarios read it. */
export interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface CallInit {
  signal?: AbortSignal;
}

export interface BuildContext {
  api: FaultServer;
  /** The recording transport: give it to the client (API and token requests both go through it). */
  transport: typeof fetch;
  onEvent: NonNullable<FetchPipelineOptions['onEvent']>;
  timeoutMs: number;
  deadlineMs: number;
  retry: RetryOptions;
  /** Lifetime of the tokens the token endpoint issues. */
  tokenLifetimeMs: number;
  /** Registers a secret value the scan must never find. */
  secret(value: string): void;
}

export interface Built {
  client: unknown;
  /** The API base path on the fault server, e.g. `/api/v1`. */
  base: string;
  /** An idempotent GET answered with JSON. */
  get(init?: CallInit): Promise<Result>;
  /** A POST without any idempotency guarantee (never to be sent twice). */
  post(init?: CallInit): Promise<Result>;
  /** A POST/PATCH the spec marks safe to repeat. */
  safePost(init?: CallInit): Promise<Result>;
  unwrap(result: Result): unknown;
  /** Whether a URL is the token (or login) endpoint, whose answers hold secrets. */
  isTokenEndpoint(url: URL): boolean;
  /** Grant types seen by the token endpoint, in order (`login` when the endpoint has no grant types). */
  grants(): string[];
  close?(): Promise<void>;
}

export interface ProviderCase {
  name: string;
  slug: Slug;
  /** `token`: a 401 drops the token, one refresh, one resend. `static`: a 401 is final. */
  auth: 'token' | 'static';
  build(context: BuildContext): Promise<Built>;
}
