import { ApiError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

const unavailable = { status: 503, json: { error: 'unavailable' } };
const badGateway = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<html><body><h1>502 Bad Gateway</h1><p>upstream reset</p></body></html>',
};

describe.each(PROVIDERS)('503 bursts: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('retries a GET through a burst shorter than the retry budget', async () => {
    const h = await start();
    h.api.push(unavailable, unavailable, { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
    expect(h.events.filter((e) => e.type === 'retry').map((e) => [e.attempt, e.status])).toEqual([
      [1, 503],
      [2, 503],
    ]);
  });

  it('returns the last 503 once the retries are spent; unwrap gives a retryable ApiError', async () => {
    const h = await start();
    h.api.push(unavailable, unavailable, unavailable, { json: { never: 'reached' } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(503);
    expect(h.apiRequests()).toHaveLength(3);
    const error = h.apiError(result);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, retryable: true });
  });

  it('sends a POST without an idempotency guarantee exactly once', async () => {
    const h = await start();
    h.api.push(unavailable, { json: { never: 'reached' } });
    const { result } = await h.outcome(h.post());
    expect(result?.response.status).toBe(503);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    expect(h.apiError(result)).toMatchObject({ status: 503 });
  });

  it('retries the POST/PATCH the spec marks safe to repeat', async () => {
    const h = await start();
    h.api.push(unavailable, { json: { ok: true } });
    const { result } = await h.outcome(h.safePost());
    expect(result?.response.status).toBe(200);
    const [first, second] = h.apiRequests();
    expect(second?.method).toBe(first?.method);
    expect(second?.body).toBe(first?.body);
  });

  it('retries a proxy’s HTML 502 page and reports it without the HTML', async () => {
    const h = await start();
    h.api.push(badGateway, badGateway, badGateway);
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(502);
    expect(h.apiRequests()).toHaveLength(3);
    const error = h.apiError(result) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).not.toMatch(/html|upstream/i);
    expect(JSON.stringify(error)).not.toMatch(/html|upstream/i);
  });
});
