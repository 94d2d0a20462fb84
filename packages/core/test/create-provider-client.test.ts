import { describe, expect, it } from 'vitest';
import {
  bindUnwrap,
  createProviderClient,
  type ProviderClientInit,
  ResponseError,
  ValidationError,
} from '../src/index.js';

const auth = { kind: 'test', headerNames: [], authenticate: async () => ({}), secrets: () => [] };

/** A stand-in for openapi-fetch's createClient: GET builds the URL with the path serializer. */
function fakeCreate(init: ProviderClientInit) {
  return {
    init,
    async GET(path: string, options: { params?: { path?: Record<string, unknown> } } = {}) {
      const url = `${init.baseUrl}${init.pathSerializer(path, options.params?.path ?? {})}`;
      const response = await init.fetch(new init.Request(url));
      return { data: JSON.parse(await response.text()) as unknown, response };
    },
  };
}

describe('createProviderClient', () => {
  const config = (body: string) => ({
    source: '@kybkit/test',
    provider: 'test',
    baseUrl: 'https://api.example.com/v1',
    auth,
    operations: { getThing: { method: 'GET', path: '/things/{id}', retrySafe: false } },
    securityHeaders: ['authorization'],
    options: { fetch: async () => new Response(body, { status: 200 }) },
  });

  it('hands createClient the pipeline, KybkitRequest and the path serializer', async () => {
    const client = createProviderClient(fakeCreate, config('{"ok":true}'));
    expect(client.init.baseUrl).toBe('https://api.example.com/v1');
    await expect(client.GET('/things/{id}', { params: { path: { id: 'a b' } } })).resolves.toMatchObject({
      data: { ok: true },
    });
    expect(() => client.init.pathSerializer('/things/{id}', { id: '..' })).toThrow(ValidationError);
  });

  it('turns a non-JSON 2xx body into a ResponseError', async () => {
    const client = createProviderClient(fakeCreate, config('<html>oops</html>'));
    await expect(client.GET('/things/{id}', { params: { path: { id: '1' } } })).rejects.toBeInstanceOf(
      ResponseError,
    );
  });

  it('checks the tuning options before building anything', () => {
    expect(() => createProviderClient(fakeCreate, { ...config('{}'), options: { timeoutMs: -1 } })).toThrow(
      ValidationError,
    );
  });
});

describe('bindUnwrap', () => {
  it('binds provider, source and code reader; the operation is per call', () => {
    const unwrap = bindUnwrap({ provider: 'test', source: '@kybkit/test', codeOf: () => 'E1' });
    const ok = { data: { id: 1 }, response: new Response(null, { status: 200 }) };
    expect(unwrap(ok).id).toBe(1);
    const failed = { error: {}, response: new Response(null, { status: 404, statusText: 'Not Found' }) };
    expect(() => unwrap(failed, 'getThing')).toThrow(
      /\[@kybkit\/test\] getThing failed: 404 Not Found \(E1\)/,
    );
  });
});
