import { ApiError, isAuthError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { credentialOf } from './support/credentials.js';
import { useHarness } from './support/harness.js';
import { STATIC_PROVIDERS, TOKEN_PROVIDERS } from './support/providers.js';

/** An expired-token answer, in the shape Alloy documents (minor code 4012); the others only read the status. */
const expired = {
  status: 401,
  json: { error: { minor_code: 4012, type: 'Unauthorized' }, message: 'expired' },
};

describe.each(TOKEN_PROVIDERS)('a token expiring mid-flight: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('drops the refused token, gets one new token and resends the GET once', async () => {
    const h = await start();
    h.api.push(expired, { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    const [first, second] = h.apiRequests();
    expect(h.apiRequests()).toHaveLength(2);
    expect(credentialOf(second!)).not.toBe(credentialOf(first!));
    expect(h.grants()).toHaveLength(2);
    if (provider.slug === 'e-attestations') {
      expect(h.grants()).toEqual(['password', 'refresh_token']);
    }
    expect(h.events.filter((e) => e.type === 'refresh')).toEqual([
      expect.objectContaining({ status: 401, attempt: 1 }),
    ]);
  });

  it('refreshes once for five concurrent calls refused with the same token', async () => {
    const h = await start();
    // The API refuses the first token it sees, whoever sends it, and accepts any other.
    let stale: string | undefined;
    h.api.fallback = (request) => {
      stale ??= credentialOf(request);
      return credentialOf(request) === stale ? expired : { json: { ok: true } };
    };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => h.outcome(h.get())));
    expect(outcomes.map((o) => o.result?.response.status)).toEqual([200, 200, 200, 200, 200]);
    const sent = h.apiRequests().map(credentialOf);
    expect(sent).toHaveLength(10);
    // Five sends with the refused token, five resends with one new token: a single refresh.
    expect(sent.filter((c) => c === stale)).toHaveLength(5);
    expect(new Set(sent).size).toBe(2);
    expect(h.grants()).toHaveLength(2);
  });

  it('refreshes once only: a second 401 is returned, and unwrap gives an auth ApiError', async () => {
    const h = await start();
    h.api.push(expired, expired, { json: { never: 'reached' } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(401);
    expect(h.apiRequests()).toHaveLength(2);
    const error = h.apiError(result);
    expect(error).toBeInstanceOf(ApiError);
    expect(isAuthError(error)).toBe(true);
  });

  // A POST with no idempotency guarantee is never sent twice, not even after a refresh: its 401 comes
  // back, the refused token is dropped, and the caller's next call carries the new token.
  it('does not resend a plain POST after the 401, but the next call has a new token', async () => {
    const h = await start();
    h.api.push(expired, { status: 201, json: { created: true } });
    const { result } = await h.outcome(h.post());
    expect(result?.response.status).toBe(401);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    const again = await h.outcome(h.post());
    expect(again.result?.response.status).toBe(201);
    const [first, second] = h.apiRequests();
    expect(credentialOf(second!)).not.toBe(credentialOf(first!));
  });

  it('renews a token whose lifetime ran out between two calls', async () => {
    const h = await start({ tokenLifetimeMs: 1_000 });
    h.api.push({ json: { call: 1 } }, { json: { call: 2 } });
    expect((await h.outcome(h.get())).result?.response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await h.outcome(h.get())).result?.response.status).toBe(200);
    const [first, second] = h.apiRequests();
    expect(credentialOf(second!)).not.toBe(credentialOf(first!));
    expect(h.grants()).toHaveLength(2);
    if (provider.slug === 'e-attestations') {
      expect(h.grants()).toEqual(['password', 'refresh_token']);
    }
  });
});

describe.each(STATIC_PROVIDERS)('a 401 with static credentials: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('is final: no refresh, no resend, an auth ApiError', async () => {
    const h = await start();
    h.api.push(expired, { json: { never: 'reached' } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(401);
    expect(h.apiRequests()).toHaveLength(1);
    expect(h.events).toEqual([]);
    const error = h.apiError(result);
    expect(error).toMatchObject({ status: 401 });
    expect(isAuthError(error)).toBe(true);
  });
});
