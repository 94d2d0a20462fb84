import { describe, expect, it } from 'vitest';
import { AuthError, KybkitRequest } from '../src/index.js';
import { fakeAuth, pipeline, rejection, res } from './helpers.js';

const URL_A = 'https://api.example.com/v1/dossiers?page=0';

describe('credentials on each attempt', () => {
  it('authenticate() runs per attempt with the URL, method and a signal; headers and query are merged', async () => {
    const auth = fakeAuth({ query: true });
    const p = pipeline([res(503), res(200)], { auth });
    await p.fetch(new KybkitRequest(URL_A, { headers: { accept: 'application/json' } }));
    expect(auth.contexts).toHaveLength(2);
    expect(auth.contexts[0]?.url).toBeInstanceOf(URL);
    expect(auth.contexts[0]?.url.href).toBe(URL_A);
    expect(auth.contexts[0]?.method).toBe('GET');
    expect(auth.contexts[0]?.signal).toBeInstanceOf(AbortSignal);
    for (const call of p.calls) {
      expect(call.headers.sessiontoken).toBe('token-one-SECRET');
      expect(call.headers.userid).toBe('user-42-SECRET');
      expect(call.headers.accept).toBe('application/json');
      expect(new URL(call.url).searchParams.get('api_key')).toBe('query-key-SECRET');
      expect(new URL(call.url).searchParams.get('page')).toBe('0');
    }
  });

  it('never writes credentials into the caller’s request object', async () => {
    const auth = fakeAuth();
    const p = pipeline([res(200)], { auth });
    const request = new KybkitRequest(URL_A);
    await p.fetch(request);
    expect([...request.headers.keys()]).toEqual([]);
    expect(request.url).toBe(URL_A);
  });

  it('an error from authenticate() propagates as is and is not retried', async () => {
    const auth = fakeAuth();
    auth.authenticate = () =>
      Promise.reject(new AuthError('token endpoint said invalid_grant', { status: 400 }));
    const p = pipeline([res(200)], { auth });
    expect(await rejection(p.fetch(URL_A))).toBeInstanceOf(AuthError);
    expect(p.calls).toHaveLength(0);
  });
});

describe('401 → onUnauthorized → one resend', () => {
  it('401 then new credentials → a second call with the new token (not counted as a retry)', async () => {
    const auth = fakeAuth({ tokens: ['old-token-SECRET', 'new-token-SECRET'], refresh: true });
    const p = pipeline([res(401), res(200)], { auth, retry: false });
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(200);
    expect(p.calls.map((c) => c.headers.sessiontoken)).toEqual(['old-token-SECRET', 'new-token-SECRET']);
    expect(auth.unauthorized).toHaveLength(1);
    expect(auth.unauthorized[0]?.used.headers?.sessionToken).toBe('old-token-SECRET');
    expect(auth.unauthorized[0]?.url.href).toBe(URL_A);
    expect(p.events.map((e) => [e.type, e.status])).toEqual([['refresh', 401]]);
  });

  it('401 twice → the second 401 is returned and onUnauthorized was called once', async () => {
    const auth = fakeAuth({ tokens: ['a-SECRET', 'b-SECRET'], refresh: true });
    const p = pipeline([res(401), res(401, {}, 'nope')], { auth });
    const response = await p.fetch(URL_A);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('nope');
    expect(auth.unauthorized).toHaveLength(1);
    expect(p.calls).toHaveLength(2);
  });

  it('onUnauthorized resolving false → one call, the 401 returned', async () => {
    const auth = fakeAuth({ refresh: false });
    const p = pipeline([res(401)], { auth });
    expect((await p.fetch(URL_A)).status).toBe(401);
    expect(p.calls).toHaveLength(1);
    expect(auth.unauthorized).toHaveLength(1);
  });

  it('a strategy without onUnauthorized → the 401 is returned', async () => {
    const auth = fakeAuth();
    const p = pipeline([res(401)], { auth });
    expect((await p.fetch(URL_A)).status).toBe(401);
    expect(p.calls).toHaveLength(1);
  });

  it('a plain POST is never sent twice: its 401 is returned, and the rejected token is dropped', async () => {
    const auth = fakeAuth({ tokens: ['a-SECRET', 'b-SECRET'], refresh: true });
    const p = pipeline([res(401), res(201)], { auth });
    const response = await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: '{"x":1}' }));
    expect(response.status).toBe(401);
    expect(p.calls).toHaveLength(1);
    expect(auth.unauthorized).toHaveLength(1);
  });

  it('a POST the spec marks safe to repeat is resent after a refresh, with the same body', async () => {
    const auth = fakeAuth({ tokens: ['a-SECRET', 'b-SECRET'], refresh: true });
    const p = pipeline([res(401), res(201)], { auth, isRetrySafe: () => true });
    const response = await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: '{"x":1}' }));
    expect(response.status).toBe(201);
    expect(p.calls.map((c) => c.body)).toEqual(['{"x":1}', '{"x":1}']);
  });

  it('a GET is resent after a refresh even with retries off', async () => {
    const auth = fakeAuth({ tokens: ['a-SECRET', 'b-SECRET'], refresh: true });
    const p = pipeline([res(401), res(200)], { auth, retry: false });
    expect((await p.fetch(URL_A)).status).toBe(200);
    expect(p.calls).toHaveLength(2);
  });

  it('a streamed body is not resent, but the rejected credentials are still dropped', async () => {
    const auth = fakeAuth({ refresh: true });
    const p = pipeline([res(401)], { auth });
    const body = new ReadableStream({ start: (c) => c.close() });
    const response = await p.fetch(new KybkitRequest(URL_A, { method: 'PUT', body, duplex: 'half' }));
    expect(response.status).toBe(401);
    expect(auth.unauthorized).toHaveLength(1);
    expect(p.calls).toHaveLength(1);
  });

  it('a refresh then a 503 still gets the normal retries', async () => {
    const auth = fakeAuth({ tokens: ['a-SECRET', 'b-SECRET'], refresh: true });
    const p = pipeline([res(401), res(503), res(200)], { auth });
    expect((await p.fetch(URL_A)).status).toBe(200);
    expect(p.calls).toHaveLength(3);
    expect(p.delays).toEqual([250]);
  });
});
