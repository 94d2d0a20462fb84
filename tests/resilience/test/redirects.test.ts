import { type FaultRequest, type FaultServer, startFaultServer } from '@kybkit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CREDENTIAL_HEADERS, CREDENTIAL_QUERY, credentialOf } from './support/credentials.js';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

const pathname = (request: FaultRequest | undefined) => new URL(request?.path ?? '/', 'http://x').pathname;

import { leakedSecrets } from './support/secrets.js';

/** What a foreign origin must never see: no credential header or query parameter, no secret value anywhere. */
function expectNoCredentials(request: FaultRequest | undefined, secrets: Iterable<string>) {
  expect(request).toBeDefined();
  for (const name of CREDENTIAL_HEADERS) {
    expect(request?.headers[name], name).toBeUndefined();
  }
  const query = new URL(request?.path ?? '/', 'http://x').searchParams;
  for (const name of CREDENTIAL_QUERY) {
    expect(query.has(name), name).toBe(false);
  }
  expect(leakedSecrets([request?.headers, request?.path, request?.body], secrets)).toEqual([]);
}

describe.each(PROVIDERS)('redirects: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);
  let other: FaultServer;
  beforeEach(async () => {
    other = await startFaultServer();
  });
  afterEach(() => other.close());

  it('follows a redirect to another origin without the credentials', async () => {
    const h = await start();
    h.api.push({ kind: 'redirect', status: 302, to: `${other.url}/mirror/item?x=1` });
    other.push({ json: { mirrored: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    expect(credentialOf(h.apiRequests()[0] as FaultRequest)).not.toBe('');
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.path).toBe('/mirror/item?x=1');
    expectNoCredentials(other.requests[0], h.secrets);
    expect(h.events.filter((e) => e.type === 'redirect')).toEqual([
      expect.objectContaining({ status: 302, location: `${other.url}/mirror/item?x=1` }),
    ]);
  });

  it('keeps the body but not the credentials when a 307 sends a POST to another origin', async () => {
    const h = await start();
    h.api.push({ kind: 'redirect', status: 307, to: `${other.url}/elsewhere` });
    other.push({ status: 201, json: { created: true } });
    const { result } = await h.outcome(h.post());
    expect(result?.response.status).toBe(201);
    expect(other.requests.map((r) => r.method)).toEqual(['POST']);
    expect(other.requests[0]?.body).toBe(h.apiRequests()[0]?.body);
    expectNoCredentials(other.requests[0], h.secrets);
  });

  it('keeps the credentials on a same-origin redirect', async () => {
    const h = await start();
    h.api.push({ kind: 'redirect', status: 301, to: h.url('/moved/here') }, { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    const [first, second] = h.apiRequests();
    expect(pathname(second)).toBe(`${h.base}/moved/here`);
    expect(credentialOf(second as FaultRequest)).not.toBe('');
    expect(credentialOf(second as FaultRequest)).toBe(credentialOf(first as FaultRequest));
  });

  it('authenticates again when a foreign hop sends it back to the original origin', async () => {
    const h = await start();
    h.api.push({ kind: 'redirect', to: `${other.url}/bounce` }, { json: { back: true } });
    other.push({ kind: 'redirect', to: h.url('/home') });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    expectNoCredentials(other.requests[0], h.secrets);
    const [first, back] = h.apiRequests();
    expect(pathname(back)).toBe(`${h.base}/home`);
    expect(credentialOf(back as FaultRequest)).toBe(credentialOf(first as FaultRequest));
  });
});
