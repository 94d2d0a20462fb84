import { AbortedError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { abortWhen } from './support/abort-when.js';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

describe.each(PROVIDERS)('an aborted call: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);
  const reason = new Error('the user closed the page');

  it('throws AbortedError carrying the reason, never retries, and closes the request', async () => {
    const h = await start();
    h.api.push({ kind: 'hang' }, { json: { never: 'reached' } });
    const init = abortWhen(() => h.apiRequests().length === 1, reason);
    const { error } = await h.outcome(h.get(init));
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).cause).toBe(reason);
    expect(h.apiRequests()).toHaveLength(1);
    await h.api.waitUntil(() => h.apiRequests()[0]?.closedEarly === true);
    expect(h.events.filter((e) => e.type === 'retry')).toEqual([]);
  });

  it('aborts a POST once, without resending it', async () => {
    const h = await start();
    h.api.push({ kind: 'hang' }, { json: { never: 'reached' } });
    const { error } = await h.outcome(h.post(abortWhen(() => h.apiRequests().length === 1, reason)));
    expect(error).toBeInstanceOf(AbortedError);
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    await h.api.waitUntil(() => h.apiRequests()[0]?.closedEarly === true);
  });

  it('stops waiting for a Retry-After when aborted during the pause', async () => {
    const h = await start();
    // 5 s: inside the 15 s deadline, so the pipeline does wait (a longer wait returns the 503 at once).
    h.api.push({ status: 503, headers: { 'retry-after': '5' }, json: {} }, { json: { never: 'reached' } });
    const init = abortWhen(() => h.events.some((e) => e.type === 'retry'), reason);
    const { error } = await h.outcome(h.get(init));
    expect(error).toBeInstanceOf(AbortedError);
    expect(h.apiRequests()).toHaveLength(1);
    expect(h.events.map((e) => [e.type, e.delayMs])).toEqual([['retry', 5_000]]);
  });

  // The pipeline removes its listener on the caller's signal when it returns the response, so an
  // abort while openapi-fetch reads the body reaches nothing: the call waits for the server (here:
  // until afterEach closes it), a download cannot be cancelled, and no timer covers the body.
  it('aborts a call whose body stalls after the headers', async () => {
    const h = await start();
    h.api.push({ kind: 'stall-mid-body' });
    // 50 ms after the request arrived: the headers and half the body are in by then.
    const init = abortWhen(() => h.apiRequests().length === 1, reason, 50);
    const outcome = h.outcome(h.get(init));
    const settled = await Promise.race([
      outcome,
      new Promise((done) => setTimeout(done, 2_000, 'still waiting')),
    ]);
    expect(settled).not.toBe('still waiting');
    expect((await outcome).error).toBeInstanceOf(AbortedError);
  });

  it('sends nothing when the signal has already fired', async () => {
    const h = await start();
    const { error } = await h.outcome(h.get({ signal: AbortSignal.abort(reason) }));
    expect(error).toBeInstanceOf(AbortedError);
    expect(h.apiRequests()).toHaveLength(0);
  });
});
