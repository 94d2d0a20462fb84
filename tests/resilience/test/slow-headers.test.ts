import { TimeoutError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

// The server would answer after 10 s; the client gives each attempt 250 ms. Closing the server
// (afterEach) ends the delays, so nothing outlives the test.
const slow = { kind: 'slow-headers', delayMs: 10_000 } as const;

describe.each(PROVIDERS)('slow headers past timeoutMs: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('times out every GET attempt, retries, then throws TimeoutError (attempt)', async () => {
    const h = await start({ timeoutMs: 250 });
    h.api.push(slow, slow, slow, { json: { never: 'reached' } });
    const { error } = await h.outcome(h.get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'attempt', timeoutMs: 250 });
    expect(h.apiRequests()).toHaveLength(3);
    expect(h.events.map((e) => e.type)).toEqual(['timeout', 'retry', 'timeout', 'retry', 'timeout']);
    await h.api.waitUntil(() => h.apiRequests().every((r) => r.closedEarly));
  });

  it('succeeds when the next attempt is fast', async () => {
    const h = await start({ timeoutMs: 250 });
    h.api.push(slow, { json: { ok: true } });
    const { result } = await h.outcome(h.get());
    expect(result?.response.status).toBe(200);
    expect(h.apiRequests()).toHaveLength(2);
  });

  it('sends a POST without an idempotency guarantee once and throws TimeoutError', async () => {
    const h = await start({ timeoutMs: 250 });
    h.api.push(slow, { json: { never: 'reached' } });
    const { error } = await h.outcome(h.post());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'attempt' });
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    expect(h.events.map((e) => e.type)).toEqual(['timeout']);
    await h.api.waitUntil(() => h.apiRequests()[0]?.closedEarly === true);
  });

  it('stops at the deadline with TimeoutError (deadline)', async () => {
    const h = await start({ timeoutMs: 250, deadlineMs: 400 });
    h.api.push(slow, slow, slow);
    const { error } = await h.outcome(h.get());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'deadline', timeoutMs: 400 });
    // 250 ms + what is left of the 400: two attempts, a third only if the clock lets one start.
    expect(h.apiRequests().length).toBeGreaterThanOrEqual(2);
    expect(h.apiRequests().length).toBeLessThanOrEqual(3);
  });
});
