import { ApiError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

const tooMany = (retryAfter: string) => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  json: { error: 'rate limited' },
});

describe.each(PROVIDERS)('429 Too Many Requests: $name', { timeout: 10_000 }, (provider) => {
  const start = useHarness(provider);

  it('waits Retry-After in seconds, then retries the GET once', async () => {
    const h = await start();
    h.api.push(tooMany('1'), { json: { ok: true } });
    const { result, error } = await h.outcome(h.get());
    expect(error).toBeUndefined();
    expect(result?.response.status).toBe(200);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['GET', 'GET']);
    const retries = h.events.filter((e) => e.type === 'retry');
    expect(retries).toEqual([
      expect.objectContaining({ reason: 'status', status: 429, delayMs: 1_000, attempt: 1 }),
    ]);
  });

  it('waits until a Retry-After HTTP date, then retries the GET once', async () => {
    const h = await start();
    h.api.push(() => tooMany(new Date(Date.now() + 2_000).toUTCString()), { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    expect(h.apiRequests()).toHaveLength(2);
    const [retry, ...others] = h.events.filter((e) => e.type === 'retry');
    expect(others).toEqual([]);
    expect(retry).toMatchObject({ reason: 'status', status: 429 });
    // An HTTP date has whole seconds: the wait is what remains of the 2 s (more than the 1–4 ms backoff).
    expect(retry?.delayMs).toBeGreaterThan(500);
    expect(retry?.delayMs).toBeLessThanOrEqual(2_000);
  });

  it('does not wait a Retry-After beyond maxRetryAfterMs: the 429 comes back at once', async () => {
    const h = await start();
    h.api.push(tooMany('120'));
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(429);
    expect(h.apiRequests()).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'retry')).toEqual([]);
    const error = h.apiError(result);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 120_000 });
  });

  it('never sends a POST without an idempotency guarantee twice, even when told to retry', async () => {
    const h = await start();
    h.api.push(tooMany('1'));
    const { result } = await h.outcome(h.post());
    expect(result?.response.status).toBe(429);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    expect(h.events.filter((e) => e.type === 'retry')).toEqual([]);
    expect(h.apiError(result)).toMatchObject({ status: 429, retryAfterMs: 1_000 });
  });
});
