import { describe, expect, it } from 'vitest';
import { KybkitRequest, RedirectError } from '../src/index.js';
import { fakeAuth, pipeline, rejection, res } from './helpers.js';

const ORIGIN = 'https://api.example.com';
const URL_A = `${ORIGIN}/v1/reports/7/pdf`;

function credentialed(init: Record<string, unknown> = {}) {
  return new KybkitRequest(URL_A, {
    headers: { cookie: 'sid=cookie-SECRET', 'x-trace': 'keep-me' },
    ...init,
  });
}

describe('same origin', () => {
  it('a redirect within the origin keeps the credentials and re-authenticates', async () => {
    const auth = fakeAuth();
    const p = pipeline([res(302, { location: '/v1/reports/7/pdf-v2' }), res(200)], { auth });
    const response = await p.fetch(credentialed());
    expect(response.status).toBe(200);
    expect(p.calls.map((c) => c.url)).toEqual([URL_A, `${ORIGIN}/v1/reports/7/pdf-v2`]);
    expect(p.calls[1]?.headers.sessiontoken).toBe('token-one-SECRET');
    expect(p.calls[1]?.headers.cookie).toBe('sid=cookie-SECRET');
    expect(auth.contexts).toHaveLength(2);
    expect(p.calls.every((c) => c.init.redirect === 'manual')).toBe(true);
  });

  it('a relative Location is resolved against the current URL', async () => {
    const p = pipeline([res(301, { location: 'pdf-v3?x=1' }), res(200)]);
    await p.fetch(URL_A);
    expect(p.calls[1]?.url).toBe(`${ORIGIN}/v1/reports/7/pdf-v3?x=1`);
  });

  it('emits a redirect event with status and redacted target', async () => {
    const p = pipeline([
      res(307, { location: 'https://files.example.net/a?token=presign-SECRET' }),
      res(200),
    ]);
    await p.fetch(URL_A);
    expect(p.events).toHaveLength(1);
    expect(p.events[0]).toMatchObject({ type: 'redirect', status: 307, url: URL_A, attempt: 1 });
    expect(p.events[0]?.location).toBe('https://files.example.net/a?token=[REDACTED]');
  });
});

describe('cross origin', () => {
  it('strips Authorization, custom credential headers, cookie and auth query params; no authenticate()', async () => {
    const auth = fakeAuth({ query: true });
    const p = pipeline(
      [
        res(302, { location: 'https://storage.example.net/blob/7?api_key=query-key-SECRET&sig=abc' }),
        res(200),
      ],
      { auth, secretHeaders: ['X-Tenant-Secret'] },
    );
    await p.fetch(
      credentialed({
        headers: {
          cookie: 'sid=cookie-SECRET',
          authorization: 'Bearer caller-SECRET',
          'proxy-authorization': 'Basic proxy-SECRET',
          'x-tenant-secret': 'tenant-SECRET',
          'x-trace': 'keep-me',
        },
      }),
    );
    const hop = p.calls[1];
    expect(hop).toBeDefined();
    expect(Object.keys(hop?.headers ?? {}).sort()).toEqual(['x-trace']);
    const url = new URL(hop?.url ?? '');
    expect(url.origin).toBe('https://storage.example.net');
    expect(url.searchParams.has('api_key')).toBe(false);
    expect(url.searchParams.get('sig')).toBe('abc'); // a presigned URL keeps its own signature
    expect(auth.contexts).toHaveLength(1);
  });

  it('another port or scheme is another origin', async () => {
    const auth = fakeAuth();
    const p = pipeline([res(302, { location: 'https://api.example.com:8443/x' }), res(200)], { auth });
    await p.fetch(URL_A);
    expect(p.calls[1]?.headers.sessiontoken).toBeUndefined();
    expect(auth.contexts).toHaveLength(1);
  });

  it('strips header names the strategy set even if it forgot to list them in headerNames', async () => {
    const auth = fakeAuth();
    Object.assign(auth, { headerNames: [] });
    const p = pipeline([res(302, { location: 'https://elsewhere.example.org/' }), res(200)], { auth });
    await p.fetch(URL_A);
    expect(p.calls[1]?.headers.sessiontoken).toBeUndefined();
    expect(p.calls[1]?.headers.userid).toBeUndefined();
  });

  it('coming back to the original origin authenticates again', async () => {
    const auth = fakeAuth();
    const p = pipeline(
      [
        res(302, { location: 'https://sso.example.org/hop' }),
        res(302, { location: `${ORIGIN}/v1/back` }),
        res(200),
      ],
      { auth },
    );
    await p.fetch(URL_A);
    expect(p.calls.map((c) => c.headers.sessiontoken)).toEqual([
      'token-one-SECRET',
      undefined,
      'token-one-SECRET',
    ]);
    expect(auth.contexts).toHaveLength(2);
  });
});

describe('method and body rules', () => {
  it('303 → GET without body (and without body headers)', async () => {
    const p = pipeline([res(303, { location: '/v1/jobs/1' }), res(200)]);
    await p.fetch(
      new KybkitRequest(URL_A, {
        method: 'POST',
        body: '{"a":1}',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(p.calls[1]?.method).toBe('GET');
    expect(p.calls[1]?.body).toBeUndefined();
    expect(p.calls[1]?.headers['content-type']).toBeUndefined();
  });

  it('301/302 turn a POST into a GET', async () => {
    const p = pipeline([res(302, { location: '/x' }), res(200)]);
    await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: 'a=1' }));
    expect(p.calls[1]?.method).toBe('GET');
    expect(p.calls[1]?.body).toBeUndefined();
  });

  it('307 keeps the POST and its body', async () => {
    const p = pipeline([res(307, { location: '/v1/other' }), res(201)]);
    await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: '{"a":1}' }));
    expect(p.calls[1]?.method).toBe('POST');
    expect(p.calls[1]?.body).toBe('{"a":1}');
  });

  it('308 keeps a PUT with a Blob body', async () => {
    const blob = new Blob(['file']);
    const p = pipeline([res(308, { location: '/v1/other' }), res(204)]);
    await p.fetch(new KybkitRequest(URL_A, { method: 'PUT', body: blob }));
    expect(p.calls[1]?.body).toBe(blob);
  });

  it('a streamed body is never re-sent on 307: RedirectError after one call', async () => {
    const body = new ReadableStream({ start: (c) => c.close() });
    const p = pipeline([res(307, { location: '/v1/other' }), res(201)]);
    const error = await rejection(p.fetch(new KybkitRequest(URL_A, { method: 'PUT', body, duplex: 'half' })));
    expect(error).toBeInstanceOf(RedirectError);
    expect(p.calls).toHaveLength(1);
  });

  it('a 303 after a streamed upload is followed as a GET', async () => {
    const body = new ReadableStream({ start: (c) => c.close() });
    const p = pipeline([res(303, { location: '/v1/status' }), res(200)]);
    expect((await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body, duplex: 'half' }))).status).toBe(
      200,
    );
    expect(p.calls[1]?.method).toBe('GET');
  });

  it('a GET after a 303 may be retried even though the original was a POST', async () => {
    const p = pipeline([res(303, { location: '/v1/status' }), res(503), res(200)]);
    expect((await p.fetch(new KybkitRequest(URL_A, { method: 'POST', body: '{}' }))).status).toBe(200);
    expect(p.calls.map((c) => c.method)).toEqual(['POST', 'GET', 'GET']);
  });
});

describe('refusals and modes', () => {
  it('more than maxRedirects → RedirectError', async () => {
    const loop = Array.from({ length: 4 }, (_, i) => res(302, { location: `/hop/${i}` }));
    const p = pipeline(loop, { maxRedirects: 3 });
    const error = await rejection(p.fetch(URL_A));
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain('more than 3 redirects');
    expect(p.calls).toHaveLength(4);
  });

  it('the default allows 5 hops', async () => {
    const hops = Array.from({ length: 5 }, (_, i) => res(302, { location: `/hop/${i}` }));
    const p = pipeline([...hops, res(200)]);
    expect((await p.fetch(URL_A)).status).toBe(200);
  });

  it('https → http is refused', async () => {
    const p = pipeline([res(301, { location: 'http://api.example.com/v1/plain' })]);
    const error = await rejection(p.fetch(URL_A));
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toContain('downgrade');
    expect(p.calls).toHaveLength(1);
  });

  it('a non-HTTP Location is refused', async () => {
    const p = pipeline([res(302, { location: 'file:///etc/passwd' })]);
    expect(await rejection(p.fetch(URL_A))).toBeInstanceOf(RedirectError);
  });

  it("redirect: 'manual' returns the 3xx as is", async () => {
    const p = pipeline([res(302, { location: '/elsewhere' })]);
    const response = await p.fetch(new KybkitRequest(URL_A, { redirect: 'manual' }));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/elsewhere');
    expect(p.calls).toHaveLength(1);
  });

  it("redirect: 'error' → RedirectError", async () => {
    const p = pipeline([res(302, { location: '/elsewhere' })]);
    expect(await rejection(p.fetch(new KybkitRequest(URL_A, { redirect: 'error' })))).toBeInstanceOf(
      RedirectError,
    );
  });

  it('a 3xx without Location is returned', async () => {
    const p = pipeline([res(304)]);
    expect((await p.fetch(URL_A)).status).toBe(304);
  });
});
