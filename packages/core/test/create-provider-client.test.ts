import { describe, expect, it } from 'vitest';
import { bindUnwrap, createProviderClient, ResponseError, ValidationError } from '../src/index.js';

const auth = { kind: 'test', headerNames: [], authenticate: async () => ({}), secrets: () => [] };

type Api = {
  GET(path: string, init?: Record<string, unknown>): Promise<{ data?: unknown; response: Response }>;
  POST(path: string, init?: Record<string, unknown>): Promise<{ data?: unknown; response: Response }>;
};

describe('createProviderClient', () => {
  const config = (bodies: string[], statuses: number[] = [200]) => {
    const urls: string[] = [];
    return {
      urls,
      config: {
        source: '@kybkit/test',
        provider: 'test',
        baseUrl: 'https://api.example.com/v1',
        auth,
        retrySafe: ['POST /things/search'],
        securityHeaders: ['authorization'],
        options: {
          retry: { baseDelayMs: 1, maxDelayMs: 1 },
          fetch: async (url: string) => {
            const n = urls.push(url) - 1;
            return new Response(bodies[Math.min(n, bodies.length - 1)], {
              status: statuses[Math.min(n, statuses.length - 1)] ?? 200,
            });
          },
        },
      },
    };
  };

  it('builds the URL from the template and reads the JSON body', async () => {
    const { urls, config: c } = config(['{"ok":true}']);
    const api = createProviderClient<Api>(c);
    await expect(api.GET('/things/{id}', { params: { path: { id: 'a b' } } })).resolves.toMatchObject({
      data: { ok: true },
    });
    expect(urls).toEqual(['https://api.example.com/v1/things/a%20b']);
  });

  it('refuses a dot segment before anything is sent', async () => {
    const { urls, config: c } = config(['{}']);
    const api = createProviderClient<Api>(c);
    await expect(api.GET('/things/{id}', { params: { path: { id: '..' } } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(urls).toEqual([]);
  });

  it('retries a POST the generated list marks safe, and only that one', async () => {
    const safe = config(['', '{"n":1}'], [503, 200]);
    const api = createProviderClient<Api>(safe.config);
    await expect(api.POST('/things/search', { body: {} })).resolves.toMatchObject({ data: { n: 1 } });
    expect(safe.urls).toHaveLength(2);
    const plain = config(['', '{"n":1}'], [503, 200]);
    const other = createProviderClient<Api>(plain.config);
    const result = await other.POST('/things', { body: {} });
    expect(result.response.status).toBe(503);
    expect(plain.urls).toHaveLength(1);
  });

  it('turns a non-JSON 2xx body into a ResponseError', async () => {
    const api = createProviderClient<Api>(config(['<html>oops</html>']).config);
    await expect(api.GET('/things/{id}', { params: { path: { id: '1' } } })).rejects.toBeInstanceOf(
      ResponseError,
    );
  });

  it('checks the tuning options before building anything', () => {
    const { config: c } = config(['{}']);
    expect(() => createProviderClient({ ...c, options: { timeoutMs: -1 } })).toThrow(ValidationError);
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
