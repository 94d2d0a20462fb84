/**
 * One client per provider over a swappable scripted fetch, with static credentials (no token
 * endpoint), for the property tests: nothing leaves the process.
 */
import { operations as alloyOperations, createAlloyClient } from '@kybkit/alloy';
import { operations as contractFitOperations, createContractFitClient } from '@kybkit/contract-fit';
import type { RetryOptions } from '@kybkit/core';
import { createEAttestationsClient, operations as eAttestationsOperations } from '@kybkit/e-attestations';
import { createOctoberClient, operations as octoberOperations } from '@kybkit/october';
import { type ScriptedFetch, scriptedFetch } from '@kybkit/testing';
import type { Result, Slug } from './provider-case.js';

/** openapi-fetch's untyped entry point, which every client has. */
export interface RawClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<Result>;
}

export interface ScriptedClient {
  slug: Slug;
  client: RawClient;
  /** The base URL's path, e.g. `/api/v1`. */
  base: string;
  /** The package's generated `operations` table. */
  table: Readonly<Record<string, { method: string; path: string; retrySafe: boolean }>>;
  /** A body the client's own checks accept, for operations that need one before anything is sent. */
  bodyFor(operationId: string): unknown;
  /** Routes the client's transport to this script until the next call. */
  use(fetch: ScriptedFetch): ScriptedFetch;
}

const ORIGIN = 'http://127.0.0.1:9';

export function scriptedClient(slug: Slug, retry: false | RetryOptions = false): ScriptedClient {
  let current: ScriptedFetch = scriptedFetch([]);
  const transport = ((input: RequestInfo | URL, init?: RequestInit) => current(input, init)) as typeof fetch;
  const common = { fetch: transport, retry, timeoutMs: 2_000, deadlineMs: 5_000 };
  const use = (next: ScriptedFetch) => {
    current = next;
    return next;
  };
  const none = () => undefined;
  switch (slug) {
    case 'e-attestations':
      return {
        slug,
        base: '/api/v1',
        table: eAttestationsOperations,
        bodyFor: none,
        use,
        client: createEAttestationsClient({
          baseUrl: `${ORIGIN}/api/v1`,
          accessToken: 'property-token',
          ...common,
        }) as unknown as RawClient,
      };
    case 'october':
      return {
        slug,
        base: '',
        table: octoberOperations,
        // The client's request guard refuses a createRequest without a valid SIREN before sending.
        bodyFor: (id) => (id === 'createRequest' ? { code: { type: 'siren', id: '732829320' } } : undefined),
        use,
        client: createOctoberClient({
          baseUrl: ORIGIN,
          userId: 'property-user',
          sessionToken: 'property-session',
          ...common,
        }) as unknown as RawClient,
      };
    case 'alloy':
      return {
        slug,
        base: '/v1',
        table: alloyOperations,
        bodyFor: none,
        use,
        client: createAlloyClient({
          baseUrl: `${ORIGIN}/v1`,
          token: 'property-token',
          secret: 'property-secret',
          ...common,
        }) as unknown as RawClient,
      };
    case 'contract-fit':
      return {
        slug,
        base: '/api',
        table: contractFitOperations,
        bodyFor: none,
        use,
        client: createContractFitClient({
          baseUrl: `${ORIGIN}/api`,
          auth: { type: 'apiKey', key: 'property-key' },
          ...common,
        }) as unknown as RawClient,
      };
  }
}

export const SLUGS: readonly Slug[] = ['e-attestations', 'october', 'alloy', 'contract-fit'];
