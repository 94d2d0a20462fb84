import { describe, expect, it } from 'vitest';
import { AbortedError, createFetch, KybkitRequest, sleep, TimeoutError } from '../src/index.js';
import { pipeline, recordingSleep, rejection, res, scripted } from './helpers.js';

const URL_A = 'https://api.example.com/v1/reports/7';

describe('attempt timeout', () => {
  it('a fetch that never answers → TimeoutError kind attempt', async () => {
    const p = pipeline(['hang'], { timeoutMs: 20, retry: false });
    const error = await rejection(p.fetch(URL_A));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('attempt');
    expect((error as TimeoutError).timeoutMs).toBe(20);
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]?.init.signal?.aborted).toBe(true);
    expect(p.events.map((e) => [e.type, e.timeoutMs])).toEqual([['timeout', 20]]);
  });

  it('a timed-out GET is retried when allowed', async () => {
    const p = pipeline(['hang', 'hang', res(200)], { timeoutMs: 20 });
    expect((await p.fetch(URL_A)).status).toBe(200);
    expect(p.calls).toHaveLength(3);
    expect(p.events.filter((e) => e.type === 'retry').map((e) => e.reason)).toEqual(['timeout', 'timeout']);
  });

  it('exhausted attempt timeouts → TimeoutError kind attempt', async () => {
    const p = pipeline(['hang', 'hang'], { timeoutMs: 20, retry: { maxRetries: 1 } });
    const error = await rejection(p.fetch(URL_A));
    expect((error as TimeoutError).kind).toBe('attempt');
    expect(p.calls).toHaveLength(2);
  });

  it('a timed-out POST is never sent twice', async () => {
    const p = pipeline(['hang', res(200)], { timeoutMs: 20 });
    const error = await rejection(p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: '{}' })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(p.calls).toHaveLength(1);
  });

  it('per-call timeoutMs on a KybkitRequest overrides the client', async () => {
    const p = pipeline(['hang'], { timeoutMs: 60_000, retry: false });
    const error = await rejection(p.fetch(new KybkitRequest(URL_A, { timeoutMs: 20 })));
    expect((error as TimeoutError).timeoutMs).toBe(20);
  });

  it('per-call timeoutMs set as a property (openapi-fetch copies unknown init keys) is honoured', async () => {
    const p = pipeline(['hang'], { timeoutMs: 60_000, retry: false });
    const request = new KybkitRequest(URL_A);
    (request as unknown as Record<string, unknown>).timeoutMs = 20;
    expect(((await rejection(p.fetch(request))) as TimeoutError).kind).toBe('attempt');
  });

  it('the timer is cleared once headers arrive: a slow body is not cut by timeoutMs', async () => {
    let push: ((chunk: string) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (chunk) => {
          controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        };
      },
    });
    const p = pipeline([new Response(body)], { timeoutMs: 20 });
    const response = await p.fetch(URL_A);
    await sleep(60);
    expect(p.calls[0]?.init.signal?.aborted).toBe(false);
    push?.('late');
    expect(await response.text()).toBe('late');
  });
});

describe('deadline', () => {
  it('a deadline shorter than the attempt timeout → TimeoutError kind deadline', async () => {
    const p = pipeline(['hang'], { timeoutMs: 60_000, deadlineMs: 20 });
    const error = await rejection(p.fetch(URL_A));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('deadline');
    expect((error as TimeoutError).timeoutMs).toBe(20);
    expect(p.calls).toHaveLength(1);
  });

  it('the deadline covers waits: once it has passed no attempt starts', async () => {
    const clock = { t: 0 };
    const script = scripted([new TypeError('fetch failed'), res(200)]);
    const fetch = createFetch({
      source: '@kybkit/test',
      provider: 'test',
      fetch: script.fetch,
      deadlineMs: 1_000,
      now: () => clock.t,
      random: () => 0.5,
      // a sleep that overshoots (a suspended laptop, a busy event loop)
      sleep: (ms) => {
        clock.t += ms + 5_000;
        return Promise.resolve();
      },
    });
    const error = await rejection(fetch(URL_A));
    expect((error as TimeoutError).kind).toBe('deadline');
    expect(script.calls).toHaveLength(1);
  });

  it('per-call deadlineMs overrides the client', async () => {
    const p = pipeline(['hang'], { timeoutMs: 60_000, deadlineMs: 60_000 });
    const error = await rejection(p.fetch(new KybkitRequest(URL_A, { deadlineMs: 20 })));
    expect((error as TimeoutError).kind).toBe('deadline');
  });
});

describe('caller abort', () => {
  it('an already-aborted signal → AbortedError, nothing sent', async () => {
    const p = pipeline([res(200)]);
    const controller = new AbortController();
    const reason = new Error('user left');
    controller.abort(reason);
    const error = await rejection(p.fetch(new KybkitRequest(URL_A, { signal: controller.signal })));
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).cause).toBe(reason);
    expect(p.calls).toHaveLength(0);
  });

  it('an abort during the attempt → AbortedError with the reason, never retried', async () => {
    const p = pipeline(['hang', res(200)]);
    const controller = new AbortController();
    const pending = p.fetch(new KybkitRequest(URL_A, { signal: controller.signal }));
    setTimeout(() => controller.abort('stop'), 10);
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).cause).toBe('stop');
    expect(p.calls).toHaveLength(1);
    expect(p.delays).toEqual([]);
  });

  it('init.signal works with a plain URL', async () => {
    const p = pipeline(['hang']);
    const controller = new AbortController();
    const pending = p.fetch(URL_A, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await rejection(pending)).toBeInstanceOf(AbortedError);
  });

  it('an abort during the wait between retries stops at once (real, abortable sleep)', async () => {
    const script = scripted([res(503), res(200)]);
    const fetch = createFetch({
      source: '@kybkit/test',
      provider: 'test',
      fetch: script.fetch,
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 },
      deadlineMs: 3_600_000,
      random: () => 1,
    });
    const controller = new AbortController();
    const pending = fetch(new KybkitRequest(URL_A, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(pending)).toBeInstanceOf(AbortedError);
    expect(script.calls).toHaveLength(1);
  });

  it('an abort noticed after an injected sleep that ignores the signal still stops', async () => {
    const controller = new AbortController();
    const sleeper = recordingSleep();
    const p = pipeline([res(503), res(200)], {
      sleep: (ms) => {
        controller.abort();
        return sleeper.sleep(ms);
      },
    });
    expect(await rejection(p.fetch(new KybkitRequest(URL_A, { signal: controller.signal })))).toBeInstanceOf(
      AbortedError,
    );
    expect(p.calls).toHaveLength(1);
  });

  it('removes its listener from the caller’s signal after the call', async () => {
    const controller = new AbortController();
    const signal = controller.signal;
    let added = 0;
    let removed = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      added++;
      add(...args);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      removed++;
      remove(...args);
    }) as typeof signal.removeEventListener;
    const p = pipeline([res(503), res(200)]);
    await p.fetch(new KybkitRequest(URL_A, { signal }));
    expect(added).toBe(1);
    expect(removed).toBe(1);
  });
});
