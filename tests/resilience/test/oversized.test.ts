import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

const MB = 1024 * 1024;

// No kybkit client limits the size of a response: openapi-fetch buffers a JSON body whole, so a
// 50 MB answer costs 50 MB of text plus the parsed value. What matters here: no hang, no retry, and
// an oversized error body is released (cancelled) rather than read before a retry.
describe.each(PROVIDERS)('an oversized response: $name', { timeout: 20_000 }, (provider) => {
  const start = useHarness(provider);

  it('reads a 50 MB JSON answer to the end, once', async () => {
    const h = await start({ timeoutMs: 10_000 });
    h.api.push({ kind: 'oversized', bytes: 50 * MB });
    const { result, error } = await h.outcome(h.get());
    expect(error).toBeUndefined();
    const data = result?.data as { padding: string } | undefined;
    expect(data?.padding).toHaveLength(50 * MB - 14);
    expect(h.apiRequests()).toHaveLength(1);
  });

  it('sends a POST once even when its 503 answer is 50 MB', async () => {
    const h = await start({ timeoutMs: 10_000 });
    h.api.push({ kind: 'oversized', bytes: 50 * MB, status: 503 }, { json: { never: 'reached' } });
    const { result } = await h.outcome(h.post());
    expect(result?.response.status).toBe(503);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
  });

  it('cancels the 50 MB bodies of the 503s it retries', async () => {
    const h = await start({ timeoutMs: 10_000 });
    h.api.push({ kind: 'oversized', bytes: 50 * MB, status: 503 }, { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.data).toEqual({ ok: true });
    expect(h.apiRequests()).toHaveLength(2);
    await h.api.waitUntil(() => h.apiRequests()[0]?.closedEarly === true);
  });
});
