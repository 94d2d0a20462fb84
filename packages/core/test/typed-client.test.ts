import { describe, expect, it } from 'vitest';
import { type ClientMiddleware, NetworkError, TimeoutError, ValidationError } from '../src/index.js';
import { rejection, res } from './helpers.js';
import { BASE, client, ok } from './typed-client-harness.js';

describe('createTypedClient: headers', () => {
  it.each([
    ['a value with CR LF', { 'x-note': 'a\r\nx-injected: 1' }, 'headers.x-note'],
    ['a value with NUL', { 'x-note': 'a\0b' }, 'headers.x-note'],
    ['a value outside Latin-1', { 'x-note': 'price in €' }, 'headers.x-note'],
    ['a name with a space', { 'x note': 'v' }, 'headers.?'],
    ['an empty name', { '': 'v' }, 'headers.?'],
  ])('%s is a ValidationError and nothing is sent', async (_, headers, field) => {
    const { api, calls } = client([ok()]);
    const error = await rejection(api.GET('/dossiers', { headers }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(calls).toHaveLength(0);
  });

  it('a bad client header fails each call before sending', async () => {
    const { api, calls } = client([ok()], { headers: { 'x-bad': 'a\nb' } });
    await expect(api.GET('/dossiers')).rejects.toThrow(ValidationError);
    expect(calls).toHaveLength(0);
  });

  it('takes [name, value] tuples, trims values like fetch and keeps Latin-1 text', async () => {
    const { api, calls } = client([ok()]);
    await api.GET('/dossiers', { headers: [['X-Tuple', '  café crème  ']] });
    expect(calls[0]?.headers['x-tuple']).toBe('café crème');
  });
});

describe('createTypedClient: middleware', () => {
  it('onRequest reads and changes headers; use() and eject()', async () => {
    const { api, calls } = client([ok(), ok()]);
    const seen: (string | null)[] = [];
    const m: ClientMiddleware = {
      onRequest({ request }) {
        seen.push(request.headers.get('x-client'));
        request.headers.set('x-from-middleware', 'yes');
        request.headers.delete('x-client');
      },
    };
    api.use(m);
    await api.GET('/dossiers', { headers: { 'X-Client': 'kybkit' } });
    api.eject(m);
    await api.GET('/dossiers', { headers: { 'X-Client': 'kybkit' } });
    expect(seen).toEqual(['kybkit']);
    expect(calls[0]?.headers['x-from-middleware']).toBe('yes');
    expect(calls[0]?.headers['x-client']).toBeUndefined();
    expect(calls[1]?.headers['x-from-middleware']).toBeUndefined();
    expect(calls[1]?.headers['x-client']).toBe('kybkit');
  });

  it('use() refuses an object with no hook', () => {
    const { api } = client([]);
    expect(() => api.use({} as ClientMiddleware)).toThrow(TypeError);
  });

  it('onRequest returning a Response short-circuits the pipeline', async () => {
    const { api, calls } = client([]);
    let responses = 0;
    api.use({ onRequest: () => Response.json({ cached: true }), onResponse: () => void responses++ });
    const result = await api.GET('/dossiers');
    expect(result.data).toEqual({ cached: true });
    expect(calls).toHaveLength(0);
    // As in openapi-fetch, an answer from onRequest skips the onResponse hooks.
    expect(responses).toBe(0);
  });

  it('onError turns a transport failure into a Response', async () => {
    const { api, calls } = client([new TypeError('fetch failed')]);
    const errors: unknown[] = [];
    const onError = ({ error }: { error: unknown }) =>
      errors.push(error) && Response.json({ fallback: true });
    const result = await api.GET('/dossiers', { retry: false, middleware: [{ onError }] });
    expect(calls).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(NetworkError);
    expect(result.data).toEqual({ fallback: true });
  });

  it('onResponse can replace the response', async () => {
    const { api } = client([res(500, {}, 'boom')], { pipeline: { retry: false } });
    api.use({
      onResponse: ({ response }) => (response.status === 500 ? Response.json({ replaced: 1 }) : undefined),
    });
    const result = await api.GET('/dossiers');
    expect(result).toMatchObject({ data: { replaced: 1 } });
    expect(result.response.status).toBe(200);
  });
});

describe('createTypedClient: pipeline options', () => {
  it('retrySafe lets a listed POST be retried on a 503; another POST is sent once', async () => {
    const retrySafe = ['POST /dossiers/{id}/refresh'];
    const { api, calls, delays } = client([res(503), ok(), res(503)], { retrySafe });
    const retried = await api.POST('/dossiers/{id}/refresh', { params: { path: { id: 3 } }, body: {} });
    expect(retried.data).toEqual({ ok: true });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(
      Array(2).fill(`POST ${BASE}/dossiers/3/refresh`),
    );
    expect(delays).toHaveLength(1);
    const once = await api.POST('/dossiers', { body: { name: 'ACME' } });
    expect(once.response.status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it('per-call retry: false sends a GET once; without it the GET is retried', async () => {
    const { api, calls } = client([res(503), res(503), ok()]);
    expect((await api.GET('/a', { retry: false })).response.status).toBe(503);
    expect(calls).toHaveLength(1);
    expect((await api.GET('/a')).data).toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  it('per-call timeoutMs limits the attempt', async () => {
    const { api, calls } = client(['hang']);
    const error = await rejection(api.GET('/slow', { timeoutMs: 40, retry: false }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 40, kind: 'attempt' });
    expect(calls).toHaveLength(1);
  });

  it('extra init keys reach the transport; typed-call keys do not', async () => {
    const { api, calls } = client([ok()]);
    const own = { parseAs: 'json', params: {}, timeoutMs: 5_000, retry: false, querySerializer: {} };
    await api.GET('/dossiers', { keepalive: true, credentials: 'include', ...own });
    const init = calls[0]?.init as Record<string, unknown>;
    expect(init).toMatchObject({ keepalive: true, credentials: 'include', method: 'GET' });
    for (const key of Object.keys(own)) {
      expect(init).not.toHaveProperty(key);
    }
  });
});
