import { type FaultServer, startFaultServer } from '@kybkit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The fault server itself: what each scripted fault puts on the wire, and that nothing outlives close().
describe('startFaultServer', { timeout: 5_000 }, () => {
  let server: FaultServer;
  beforeEach(async () => {
    server = await startFaultServer();
  });
  afterEach(() => server.close());

  it('listens on 127.0.0.1 and records every request', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    server.push({ status: 201, headers: { 'x-id': '7' }, json: { created: true } });
    const response = await fetch(`${server.url}/a/b?c=d%20e`, {
      method: 'POST',
      headers: { 'x-trace': 't1', 'content-type': 'application/json' },
      body: '{"n":1}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-id')).toBe('7');
    expect(await response.json()).toEqual({ created: true });
    expect(server.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: '/a/b?c=d%20e', body: '{"n":1}', routed: false }),
    ]);
    expect(server.requests[0]?.headers['x-trace']).toBe('t1');
    await server.waitUntil(() => server.requests[0]?.closedEarly === false);
  });

  it('answers in queue order, then with the 501 fallback', async () => {
    server.push({ status: 200, body: 'one' }, (request) => ({ status: 202, body: `two ${request.method}` }));
    expect(await (await fetch(server.url)).text()).toBe('one');
    const second = await fetch(server.url, { method: 'DELETE' });
    expect([second.status, await second.text()]).toEqual([202, 'two DELETE']);
    const third = await fetch(server.url);
    expect(third.status).toBe(501);
    expect(await third.json()).toEqual({ error: 'fault-server: nothing scripted' });
  });

  it('answers routes ahead of the queue and marks them', async () => {
    server.route('/token', { json: { access_token: 'x' } });
    server.push({ body: 'queued' });
    expect(await (await fetch(`${server.url}/token?grant=1`)).json()).toEqual({ access_token: 'x' });
    expect(await (await fetch(`${server.url}/other`)).text()).toBe('queued');
    expect(server.requests.map((r) => r.routed)).toEqual([true, false]);
  });

  it('turns a throwing step into a 500', async () => {
    server.push(() => {
      throw new Error('boom');
    });
    const response = await fetch(server.url);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('boom');
  });

  it('reset: the connection dies before any header', async () => {
    server.push({ kind: 'reset' });
    await expect(fetch(server.url)).rejects.toThrow(TypeError);
    await server.waitUntil(() => server.requests[0]?.closedEarly === true);
  });

  it('reset-mid-body: headers and half the body, then the socket dies', async () => {
    server.push({ kind: 'reset-mid-body', status: 200, body: '{"abcdefgh":12345678}' });
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('21');
    await expect(response.text()).rejects.toThrow(/terminated/);
  });

  it('slow-headers: nothing until the delay, then the answer', async () => {
    server.push({ kind: 'slow-headers', delayMs: 50, answer: { status: 203, body: 'late' } });
    const response = await fetch(server.url);
    expect([response.status, await response.text()]).toEqual([203, 'late']);
  });

  it('redirect: the status and Location asked for', async () => {
    server.push({ kind: 'redirect', status: 308, to: 'http://127.0.0.1:9/next' });
    const response = await fetch(server.url, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('http://127.0.0.1:9/next');
  });

  it('oversized: valid JSON of exactly the size asked for', async () => {
    server.push({ kind: 'oversized', bytes: 200_000 });
    const response = await fetch(server.url);
    const text = await response.text();
    expect(text).toHaveLength(200_000);
    expect(response.headers.get('content-length')).toBe('200000');
    expect((JSON.parse(text) as { padding: string }).padding).toHaveLength(200_000 - 14);
  });

  it('malformed-json: a JSON content type with a body JSON.parse refuses', async () => {
    server.push({ kind: 'malformed-json' });
    const response = await fetch(server.url);
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('records a request the client gave up on as closedEarly', async () => {
    server.push({ kind: 'hang' });
    const controller = new AbortController();
    const pending = fetch(server.url, { signal: controller.signal });
    await server.waitUntil(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await server.waitUntil(() => server.requests[0]?.closedEarly === true);
  });

  it('waitUntil rejects when the condition never holds', async () => {
    await expect(server.waitUntil(() => false, 30)).rejects.toThrow(/within 30 ms/);
  });
});

describe('closing a fault server', { timeout: 5_000 }, () => {
  it.each([
    ['hang', { kind: 'hang' }],
    ['slow headers', { kind: 'slow-headers', delayMs: 60_000 }],
  ] as const)(
    'ends a %s at once: the pending request fails, close() resolves',
    { timeout: 5_000 },
    async (_, fault) => {
      const server = await startFaultServer();
      server.push(fault);
      const pending = fetch(server.url);
      await server.waitUntil(() => server.requests.length === 1);
      await server.close();
      await expect(pending).rejects.toThrow(TypeError);
    },
  );
});
