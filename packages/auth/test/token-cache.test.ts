import { ValidationError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { type CachedToken, TokenCache } from '../src/index.js';
import { deferred, flush, manualClock } from './helpers/fake-token-endpoint.js';

interface Token extends CachedToken {
  readonly id: number;
}

/** A cache whose fetches are answered by the test: each fetch waits on its own deferred. */
function setup(options: { lifetimeMs?: number; refreshMarginMs?: number; backgroundRetryMs?: number } = {}) {
  const clock = manualClock();
  const lifetime = options.lifetimeMs ?? 300_000;
  const pending: Array<ReturnType<typeof deferred<void>> & { previous: Token | undefined }> = [];
  let issued = 0;
  const errors: unknown[] = [];
  const cache = new TokenCache<Token>({
    now: clock.now,
    refreshMarginMs: options.refreshMarginMs,
    backgroundRetryMs: options.backgroundRetryMs,
    onBackgroundError: (error) => errors.push(error),
    fetchToken: async (previous) => {
      const startedAt = clock.now();
      const gate = { ...deferred<void>(), previous };
      pending.push(gate);
      await gate.promise;
      const id = ++issued;
      return { id, accessToken: `token-${id}`, expiresAt: startedAt + lifetime };
    },
  });
  return { cache, clock, pending, errors, fetches: () => pending.length };
}

async function primed(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  const first = s.cache.get();
  await flush(1);
  s.pending[0]!.resolve();
  expect((await first).accessToken).toBe('token-1');
  return s;
}

describe('TokenCache', () => {
  it('fetches once, then serves the cached token', async () => {
    const { cache, fetches, clock } = await primed();
    clock.advance(200_000);
    expect((await cache.get()).accessToken).toBe('token-1');
    expect(fetches()).toBe(1);
  });

  it('shares one in-flight fetch between concurrent callers (single-flight)', async () => {
    const { cache, pending } = setup();
    const all = Array.from({ length: 200 }, () => cache.get());
    await flush();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve();
    const tokens = await Promise.all(all);
    expect(new Set(tokens.map((t) => t.accessToken))).toEqual(new Set(['token-1']));
  });

  it('inside the margin serves the cached token while exactly one background refresh runs', async () => {
    const { cache, clock, pending } = await primed();
    clock.advance(239_000); // 61 s left of 300 s: default margin is min(60 s, 20 %) = 60 s
    expect((await cache.get()).accessToken).toBe('token-1');
    await flush();
    expect(pending).toHaveLength(1);

    clock.advance(2_000); // 59 s left
    const served = await Promise.all(Array.from({ length: 50 }, () => cache.get()));
    expect(served.every((t) => t.accessToken === 'token-1')).toBe(true);
    await flush();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.previous?.accessToken).toBe('token-1');

    pending[1]!.resolve();
    await flush();
    expect((await cache.get()).accessToken).toBe('token-2');
    expect(pending).toHaveLength(2);
  });

  it('scales the default margin: 20 % for short tokens, at most 60 s', async () => {
    const short = await primed({ lifetimeMs: 30_000 }); // margin 6 s
    short.clock.advance(23_500);
    await short.cache.get();
    expect(short.pending).toHaveLength(1);
    short.clock.advance(1_000);
    await short.cache.get();
    expect(short.pending).toHaveLength(2);

    const long = await primed({ lifetimeMs: 1_800_000 }); // margin 60 s
    long.clock.advance(1_739_000);
    await long.cache.get();
    expect(long.pending).toHaveLength(1);
    long.clock.advance(2_000);
    await long.cache.get();
    expect(long.pending).toHaveLength(2);
  });

  it('honours an explicit refreshMarginMs, capped at half the lifetime', async () => {
    const explicit = await primed({ refreshMarginMs: 120_000 });
    explicit.clock.advance(181_000);
    await explicit.cache.get();
    expect(explicit.pending).toHaveLength(2);

    const capped = await primed({ lifetimeMs: 10_000, refreshMarginMs: 60_000 });
    capped.clock.advance(4_000);
    await capped.cache.get();
    expect(capped.pending).toHaveLength(1);
    capped.clock.advance(1_000);
    await capped.cache.get();
    expect(capped.pending).toHaveLength(2);
  });

  it('blocks on the refresh once the token has expired', async () => {
    const { cache, clock, pending } = await primed();
    clock.advance(300_000);
    let settled = false;
    const waiting = cache.get().then((token) => {
      settled = true;
      return token;
    });
    await flush();
    expect(pending).toHaveLength(2);
    expect(settled).toBe(false);
    pending[1]!.resolve();
    expect((await waiting).accessToken).toBe('token-2');
  });

  it('invalidate(token) drops only the current token, so many 401s cause one refresh', async () => {
    const { cache, pending } = await primed();
    const results = Array.from({ length: 50 }, () => cache.invalidate('token-1'));
    expect(results.filter(Boolean)).toHaveLength(1);
    const waiting = Array.from({ length: 50 }, () => cache.get());
    await flush();
    expect(pending).toHaveLength(2);
    expect(pending[1]!.previous?.accessToken).toBe('token-1'); // still handed over, for its refresh token
    pending[1]!.resolve();
    expect(new Set((await Promise.all(waiting)).map((t) => t.accessToken))).toEqual(new Set(['token-2']));
    expect(cache.invalidate('token-1')).toBe(false); // stale: a newer token is current
    expect((await cache.get()).accessToken).toBe('token-2');
    expect(pending).toHaveLength(2);
  });

  it('invalidate(token) during a background refresh joins that refresh', async () => {
    const { cache, clock, pending } = await primed();
    clock.advance(250_000);
    await cache.get();
    expect(cache.invalidate('token-1')).toBe(true);
    const waiting = cache.get();
    await flush();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    expect((await waiting).accessToken).toBe('token-2');
  });

  it('a slow old fetch resolving after a newer one does not win (generation counter)', async () => {
    const { cache, pending } = setup();
    const old = cache.get();
    await flush();
    expect(cache.invalidate()).toBe(true); // reset: forget the fetch in flight
    const fresh = cache.get();
    await flush();
    expect(pending).toHaveLength(2);

    pending[1]!.resolve(); // the newer fetch finishes first → token-1
    expect((await fresh).accessToken).toBe('token-1');
    pending[0]!.resolve(); // the old one finishes late → token-2, must not replace token-1
    expect((await old).accessToken).toBe('token-1');
    expect((await cache.get()).accessToken).toBe('token-1');
    expect(cache.peek()?.accessToken).toBe('token-1');
  });

  it('an old fetch finishing first neither gets cached nor detaches the newer fetch in flight', async () => {
    const { cache, pending } = setup();
    const old = cache.get();
    await flush();
    cache.invalidate();
    const fresh = cache.get();
    await flush();
    pending[0]!.resolve(); // old finishes first → token-1, not cached
    expect((await old).accessToken).toBe('token-1');
    expect(cache.peek()).toBeUndefined();
    const joining = cache.get(); // must join the newer fetch, not start a third
    await flush();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    expect((await fresh).accessToken).toBe('token-2');
    expect((await joining).accessToken).toBe('token-2');
  });

  it('a result fetched before a reset is not cached', async () => {
    const { cache, pending } = setup();
    const old = cache.get();
    await flush();
    cache.invalidate();
    pending[0]!.resolve();
    expect((await old).accessToken).toBe('token-1'); // its caller still gets it
    expect(cache.peek()).toBeUndefined();
    const next = cache.get();
    await flush();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    expect((await next).accessToken).toBe('token-2');
  });

  it('a failed background refresh keeps the old token until expiry, then blocks', async () => {
    const { cache, clock, pending, errors } = await primed({ backgroundRetryMs: 5_000 });
    clock.advance(250_000);
    await cache.get();
    await flush();
    pending[1]!.reject(new Error('token endpoint down'));
    await flush();
    expect(errors).toHaveLength(1);
    expect((await cache.get()).accessToken).toBe('token-1');
    await flush();
    expect(pending).toHaveLength(2); // backing off: no new attempt yet

    clock.advance(5_000);
    expect((await cache.get()).accessToken).toBe('token-1');
    await flush();
    expect(pending).toHaveLength(3); // retried in the background after backgroundRetryMs
    pending[2]!.reject(new Error('still down'));
    await flush();

    clock.set(clock.start + 300_000); // expired: callers now wait
    const waiting = cache.get();
    await flush();
    expect(pending).toHaveLength(4);
    pending[3]!.resolve();
    expect((await waiting).accessToken).toBe('token-2');
  });

  it('a failed blocking fetch rejects every waiter with the same error; the next get tries again', async () => {
    const { cache, pending } = setup();
    const waiting = Array.from({ length: 10 }, () => cache.get().catch((error: unknown) => error));
    await flush();
    const boom = new Error('nope');
    pending[0]!.reject(boom);
    expect(new Set(await Promise.all(waiting))).toEqual(new Set([boom]));
    const retry = cache.get();
    await flush();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    expect((await retry).accessToken).toBe('token-1');
  });

  it('an aborted caller stops waiting without cancelling the shared fetch', async () => {
    const { cache, pending } = setup();
    const controller = new AbortController();
    const aborted = cache.get(controller.signal).catch((error: unknown) => error);
    const other = cache.get();
    await flush();
    const reason = new Error('caller gave up');
    controller.abort(reason);
    expect(await aborted).toBe(reason);
    pending[0]!.resolve();
    expect((await other).accessToken).toBe('token-1');
    expect(pending).toHaveLength(1);
    await expect(cache.get(AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('validates its options', () => {
    expect(() => new TokenCache({} as never)).toThrow(ValidationError);
    expect(
      () =>
        new TokenCache({ fetchToken: async () => ({ accessToken: 'a', expiresAt: 1 }), refreshMarginMs: -1 }),
    ).toThrow(ValidationError);
  });
});
