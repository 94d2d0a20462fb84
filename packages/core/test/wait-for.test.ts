import { describe, expect, it } from 'vitest';
import { AbortedError, TimeoutError, WaitTimeoutError, waitFor } from '../src/index.js';

function fakeClock() {
  const clock = { t: 0, delays: [] as number[] };
  const sleep = (ms: number) => {
    clock.delays.push(ms);
    clock.t += ms;
    return Promise.resolve();
  };
  return { clock, sleep, now: () => clock.t };
}

describe('waitFor', () => {
  it('returns the first value for which until() holds', async () => {
    const { sleep, now, clock } = fakeClock();
    const states = ['pending', 'pending', 'running', 'done'];
    const attempts: number[] = [];
    const value = await waitFor(
      async (attempt) => {
        attempts.push(attempt);
        return states[attempt] as string;
      },
      (state) => state === 'done',
      { sleep, now },
    );
    expect(value).toBe('done');
    expect(attempts).toEqual([0, 1, 2, 3]);
    expect(clock.delays).toEqual([1_000, 1_500, 2_250]);
  });

  it('backs off by factor up to maxIntervalMs', async () => {
    const { sleep, now, clock } = fakeClock();
    let n = 0;
    await waitFor(
      async () => ++n,
      (v) => v === 7,
      { sleep, now, intervalMs: 100, factor: 2, maxIntervalMs: 1_000 },
    );
    expect(clock.delays).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('time out → WaitTimeoutError (a TimeoutError of kind deadline) with lastValue; the last poll is at the deadline', async () => {
    const { sleep, now, clock } = fakeClock();
    const polledAt: number[] = [];
    const error = await waitFor(
      async (attempt) => {
        polledAt.push(clock.t);
        return { status: 'pending', attempt };
      },
      (v) => v.status === 'done',
      {
        sleep,
        now,
        intervalMs: 1_000,
        factor: 2,
        timeoutMs: 5_000,
        source: '@kybkit/test',
        description: 'report 7',
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    const timeout = error as WaitTimeoutError;
    expect(timeout.kind).toBe('deadline');
    expect(timeout.timeoutMs).toBe(5_000);
    expect(timeout.lastValue).toEqual({ status: 'pending', attempt: 3 });
    expect(timeout.attempts).toBe(4);
    expect(timeout.message).toBe('[@kybkit/test] gave up waiting for report 7 after 5000 ms and 4 polls');
    expect(polledAt).toEqual([0, 1_000, 3_000, 5_000]);
    expect(JSON.stringify(timeout)).not.toContain('pending');
    expect(Object.keys(timeout)).not.toContain('lastValue');
  });

  it('onPoll sees each value, elapsed time and the next delay', async () => {
    const { sleep, now } = fakeClock();
    const seen: unknown[] = [];
    await waitFor(
      async (attempt) => attempt,
      (v) => v === 2,
      { sleep, now, onPoll: (p) => seen.push(p) },
    );
    expect(seen).toEqual([
      { attempt: 0, value: 0, elapsedMs: 0, nextDelayMs: 1_000 },
      { attempt: 1, value: 1, elapsedMs: 1_000, nextDelayMs: 1_500 },
      { attempt: 2, value: 2, elapsedMs: 2_500 },
    ]);
  });

  it('an abort during the (real) sleep rejects at once with AbortedError and leaves no timer behind', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = waitFor(
      async () => 'pending',
      () => false,
      { intervalMs: 600_000, signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('shutdown')), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).cause).toEqual(new Error('shutdown'));
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('an already-aborted signal → AbortedError without polling', async () => {
    let polls = 0;
    const error = await waitFor(
      async () => polls++,
      () => true,
      { signal: AbortSignal.abort() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(polls).toBe(0);
  });

  it('the poll gets the signal; a poll rejecting because of the abort → AbortedError', async () => {
    const controller = new AbortController();
    const error = await waitFor(
      (_attempt, signal) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => reject(new Error('fetch aborted')));
          controller.abort();
        }),
      () => true,
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
  });

  it('a failing poll propagates its error', async () => {
    await expect(
      waitFor(
        async () => {
          throw new Error('404');
        },
        () => true,
      ),
    ).rejects.toThrow('404');
  });
});
