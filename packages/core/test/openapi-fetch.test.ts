import { describe, expect, it } from 'vitest';
import { createFetch, KybkitRequest, unwrap } from '../src/index.js';
import { fakeAuth, recordingSleep, res, scripted } from './helpers.js';

/** openapi-fetch is what every provider client hands this pipeline to; it is a devDependency of core for these tests. */
type CreateClient = (options: Record<string, unknown>) => any;
const createClient = (await import('openapi-fetch')).default as unknown as CreateClient;

describe('openapi-fetch with createFetch + KybkitRequest', () => {
  function client(steps: Parameters<typeof scripted>[0], options: Record<string, unknown> = {}) {
    const script = scripted(steps);
    const fetch = createFetch({
      source: '@kybkit/test',
      provider: 'test',
      fetch: script.fetch,
      auth: fakeAuth({ bearer: true }),
      sleep: recordingSleep().sleep,
      random: () => 0.5,
      ...options,
    });
    const api = createClient({
      baseUrl: 'https://api.example.com/v1',
      fetch,
      Request: KybkitRequest.asRequestClass,
      headers: { 'x-client': 'kybkit' },
    });
    return { api, calls: script.calls };
  }

  it('GET with path and query parameters', async () => {
    const { api, calls } = client([res(503), res(200, { 'content-type': 'application/json' }, '{"id":7}')]);
    const result = await api.GET('/dossiers/{id}', {
      params: { path: { id: 7 }, query: { expand: 'files', page: 0 } },
    });
    expect(result.data).toEqual({ id: 7 });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.url).toBe('https://api.example.com/v1/dossiers/7?expand=files&page=0');
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.headers.authorization).toBe('Bearer token-one-SECRET');
    expect(calls[0]?.headers['x-client']).toBe('kybkit');
    expect(calls[0]?.body).toBeUndefined();
  });

  it('POST with a JSON body: the serialized string reaches fetch as is', async () => {
    const { api, calls } = client([res(201, { 'content-type': 'application/json' }, '{"ok":true}')]);
    const result = await api.POST('/dossiers', { body: { name: 'ACME', siren: '732829320' } });
    expect(unwrap(result)).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.body).toBe('{"name":"ACME","siren":"732829320"}');
    expect(calls[0]?.headers['content-type']).toBe('application/json');
  });

  it('per-call options given to client.GET reach the pipeline (timeoutMs, retry)', async () => {
    const { api, calls } = client([res(503)]);
    const result = await api.GET('/dossiers', { retry: false, timeoutMs: 5_000 });
    expect(result.response.status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it('middleware can set headers on the light request', async () => {
    const { api, calls } = client([res(204)]);
    api.use({
      onRequest({ request }: { request: Request }) {
        request.headers.set('x-from-middleware', '1');
      },
    });
    await api.DELETE('/dossiers/{id}', { params: { path: { id: 1 } } });
    expect(calls[0]?.headers['x-from-middleware']).toBe('1');
    expect(calls[0]?.method).toBe('DELETE');
  });
});
