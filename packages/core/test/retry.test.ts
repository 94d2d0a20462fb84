import { describe, expect, it } from 'vitest';
import { KybkitError, KybkitRequest, NetworkError, ValidationError } from '../src/index.js';
import { pipeline, recordingSleep, rejection, res } from './helpers.js';

const URL_A = 'https://api.example.com/v1/dossiers';

describe('retries on statuses', () => {
  it('503, 503, 200 → three calls and the 200, with full-jitter backoff', async () => {
    const p = pipeline([res(503), res(503), res(200, {}, 'ok')]);
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(p.calls).toHaveLength(3);
    expect(p.delays).toEqual([250, 500]);
    expect(p.events.map((e) => [e.type, e.attempt, e.status, e.delayMs, e.reason])).toEqual([
      ['retry', 1, 503, 250, 'status'],
      ['retry', 2, 503, 500, 'status'],
    ]);
  });

  it('returns the last 503 (body intact) when retries are exhausted', async () => {
    const p = pipeline([res(503), res(503), res(503, {}, 'still down')]);
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('still down');
    expect(p.calls).toHaveLength(3);
  });

  it('cancels the body of a response it will not return', async () => {
    let cancelled = false;
    const body = new ReadableStream({
      cancel() {
        cancelled = true;
      },
    });
    const p = pipeline([new Response(body, { status: 503 }), res(200)]);
    await p.fetch(URL_A);
    expect(cancelled).toBe(true);
  });

  it('backoff is capped by maxDelayMs', async () => {
    const p = pipeline([res(500), res(500), res(500), res(500), res(200)], {
      retry: { maxRetries: 4, baseDelayMs: 1_000, maxDelayMs: 3_000 },
    });
    await p.fetch(URL_A);
    expect(p.delays).toEqual([500, 1_000, 1_500, 1_500]);
  });

  it.each([408, 425, 429, 500, 502, 504])('retries %i', async (status) => {
    const p = pipeline([res(status), res(200)]);
    expect((await p.fetch(URL_A)).status).toBe(200);
  });

  it.each([400, 401, 403, 404, 409, 422, 501, 505])('does not retry %i', async (status) => {
    const p = pipeline([res(status)]);
    expect((await p.fetch(URL_A)).status).toBe(status);
    expect(p.calls).toHaveLength(1);
  });

  it('`statuses` replaces the default list', async () => {
    const p = pipeline([res(409), res(200)], { retry: { statuses: [409] } });
    expect((await p.fetch(URL_A)).status).toBe(200);
    const q = pipeline([res(503)], { retry: { statuses: [409] } });
    expect((await q.fetch(URL_A)).status).toBe(503);
  });

  it('retry: false sends once', async () => {
    const p = pipeline([res(503)], { retry: false });
    expect((await p.fetch(URL_A)).status).toBe(503);
    expect(p.calls).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it('429 with Retry-After in seconds waits that long', async () => {
    const p = pipeline([res(429, { 'retry-after': '3' }), res(200)]);
    expect((await p.fetch(URL_A)).status).toBe(200);
    expect(p.delays).toEqual([3_000]);
  });

  it('429 with an HTTP date waits until then (against now())', async () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    const p = pipeline([res(429, { 'retry-after': 'Sun, 01 Mar 2026 10:00:07 GMT' }), res(200)], {
      now: () => now,
    });
    expect((await p.fetch(URL_A)).status).toBe(200);
    expect(p.delays).toHaveLength(1);
    expect(p.delays[0]).toBeCloseTo(7_000, -2);
  });

  it('retry-after-ms wins over Retry-After', async () => {
    const p = pipeline([res(503, { 'retry-after-ms': '120', 'retry-after': '9' }), res(200)]);
    await p.fetch(URL_A);
    expect(p.delays).toEqual([120]);
  });

  it('a Retry-After beyond the deadline → no sleep, the 429 is returned with its body', async () => {
    const p = pipeline([res(429, { 'retry-after': '30' }, '{"error":"slow down"}')], { deadlineMs: 10_000 });
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(429);
    expect(await response.text()).toBe('{"error":"slow down"}');
    expect(p.delays).toEqual([]);
    expect(p.calls).toHaveLength(1);
  });

  it('a Retry-After above maxRetryAfterMs is not waited for', async () => {
    const p = pipeline([res(503, { 'retry-after': '120' })], {
      retry: { maxRetryAfterMs: 60_000 },
      deadlineMs: 600_000,
    });
    expect((await p.fetch(URL_A)).status).toBe(503);
    expect(p.delays).toEqual([]);
  });

  it('a backoff that would cross the deadline returns the last response', async () => {
    const clock = { t: 0 };
    const sleeper = recordingSleep(clock);
    const p = pipeline([res(503), res(503), res(503)], {
      now: () => clock.t,
      sleep: sleeper.sleep,
      deadlineMs: 600,
      retry: { baseDelayMs: 500 },
    });
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(503);
    expect(sleeper.delays).toEqual([250]); // the next one (500) would end at 750 > 600
    expect(p.calls).toHaveLength(2);
  });
});

describe('which requests may be repeated', () => {
  const post = (init: Record<string, unknown> = {}) =>
    new KybkitRequest(URL_A, { method: 'POST', body: '{"a":1}', ...init });

  it('a POST is never retried on 503', async () => {
    const p = pipeline([res(503)]);
    expect((await p.fetch(post())).status).toBe(503);
    expect(p.calls).toHaveLength(1);
  });

  it('a POST is never retried on a network error: one call, NetworkError', async () => {
    const p = pipeline([new TypeError('fetch failed')]);
    const error = await rejection(p.fetch(post()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).attempts).toBe(1);
    expect(p.calls).toHaveLength(1);
  });

  it('a PATCH is not retried either', async () => {
    const p = pipeline([res(502)]);
    await p.fetch(new KybkitRequest(URL_A, { method: 'PATCH', body: '{}' }));
    expect(p.calls).toHaveLength(1);
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])('%s is retried', async (method) => {
    const p = pipeline([res(503), res(204)]);
    await p.fetch(new KybkitRequest(URL_A, { method, body: method === 'PUT' ? '{}' : null }));
    expect(p.calls).toHaveLength(2);
  });

  it('a POST is retried when isRetrySafe says so (and gets method + URL)', async () => {
    const seen: string[] = [];
    const p = pipeline([res(503), new TypeError('fetch failed'), res(201)], {
      isRetrySafe: (method, url) => {
        seen.push(`${method} ${url.pathname}`);
        return url.pathname.endsWith('/dossiers');
      },
    });
    expect((await p.fetch(post())).status).toBe(201);
    expect(p.calls).toHaveLength(3);
    expect(p.calls.map((c) => c.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    expect(seen).toEqual(['POST /v1/dossiers']);
  });

  it('an idempotencyKey makes a POST retry-safe and sends the same header on each attempt', async () => {
    const p = pipeline([res(503), res(500), res(201)], { idempotencyHeader: 'Idempotency-Key' });
    expect((await p.fetch(post({ idempotencyKey: 'key-123' }))).status).toBe(201);
    expect(p.calls.map((c) => c.headers['idempotency-key'])).toEqual(['key-123', 'key-123', 'key-123']);
  });

  it('a POST that already carries the idempotency header may be retried', async () => {
    const p = pipeline([res(503), res(201)], { idempotencyHeader: 'Idempotency-Key' });
    await p.fetch(post({ headers: { 'idempotency-key': 'abc' } }));
    expect(p.calls).toHaveLength(2);
  });

  it('an idempotencyKey on a client without idempotencyHeader is a ValidationError, nothing sent', async () => {
    const p = pipeline([res(201)]);
    const error = await rejection(p.fetch(post({ idempotencyKey: 'key-123' })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('idempotencyKey');
    expect(p.calls).toHaveLength(0);
  });

  it('an idempotencyKey that is not a valid header value is a ValidationError, nothing sent', async () => {
    const p = pipeline([res(201)], { idempotencyHeader: 'Idempotency-Key' });
    const error = await rejection(p.fetch(post({ idempotencyKey: 'key\r\nX-Injected: 1' })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('headers.idempotency-key');
    expect(p.calls).toHaveLength(0);
  });

  it('a ReadableStream body is never retried, even on PUT', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('bytes'));
        controller.close();
      },
    });
    const p = pipeline([res(503)]);
    const response = await p.fetch(new KybkitRequest(URL_A, { method: 'PUT', body, duplex: 'half' }));
    expect(response.status).toBe(503);
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]?.init.duplex).toBe('half');
  });

  it('a network error on GET is retried, then NetworkError with the attempt count', async () => {
    const p = pipeline([
      new TypeError('fetch failed'),
      new TypeError('fetch failed'),
      new TypeError('fetch failed'),
    ]);
    const error = await rejection(p.fetch(URL_A));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).attempts).toBe(3);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain('failed after 3 attempts');
    expect(p.calls).toHaveLength(3);
    expect(p.events.map((e) => e.reason)).toEqual(['network', 'network']);
  });

  it('a KybkitError thrown by the transport is passed through, not retried', async () => {
    const verdict = new KybkitError('the request breaks the spec', { source: '@kybkit/testing' });
    const p = pipeline([verdict, res(200)]);
    expect(await rejection(p.fetch(URL_A))).toBe(verdict);
    expect(p.calls).toHaveLength(1);
  });

  it('a network error then a 200 returns the 200', async () => {
    const p = pipeline([new TypeError('fetch failed'), res(200)]);
    expect((await p.fetch(URL_A)).status).toBe(200);
  });
});

describe('per-call overrides on the request object', () => {
  it('retry: false on a KybkitRequest disables retries for that call', async () => {
    const p = pipeline([res(503)]);
    const request = new KybkitRequest(URL_A, { retry: false });
    expect((await p.fetch(request)).status).toBe(503);
    expect(p.calls).toHaveLength(1);
  });

  it('retry options set as properties (as openapi-fetch copies init keys) merge over the client’s', async () => {
    const p = pipeline([res(503), res(503), res(503), res(200)], { retry: { baseDelayMs: 100 } });
    const request = new KybkitRequest(URL_A);
    Object.assign(request, { retry: { maxRetries: 3 } });
    expect((await p.fetch(request)).status).toBe(200);
    expect(p.delays).toEqual([50, 100, 200]);
  });

  it('a per-call retry object re-enables retries on a client with retry: false', async () => {
    const p = pipeline([res(503), res(200)], { retry: false });
    expect((await p.fetch(new KybkitRequest(URL_A, { retry: { maxRetries: 1 } }))).status).toBe(200);
  });

  it('per-call options also work with a plain URL + init', async () => {
    const p = pipeline([res(503)]);
    await p.fetch(URL_A, { retry: false } as RequestInit);
    expect(p.calls).toHaveLength(1);
  });
});
