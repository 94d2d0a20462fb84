import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTypedClient, ResponseError, ValidationError } from '../src/index.js';

type Result = { data?: unknown; error?: unknown; response: Response };
type Method = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD' | 'PATCH';
type Client = Record<Method, (path: string, init?: Record<string, unknown>) => Promise<Result>> & {
  request: (method: string, path: string, init?: Record<string, unknown>) => Promise<Result>;
};
const createClient = (await import('openapi-fetch')).default as unknown as (o: object) => Client;

const BASE = 'https://api.example.com/v1';
type Sent = { url: string; method: string; headers: [string, string][]; body: string };

/**
 * What a request puts on the wire. kybkit's transport gets `(url, init)` and undici turns that into a
 * Request, so both sides are read through one: the URL is parsed the same way (`'` becomes `%27`), a
 * FormData body gets its multipart Content-Type, and the random boundary is replaced.
 */
async function wire(request: Request): Promise<Sent> {
  const boundary = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1];
  const strip = (text: string) => (boundary === undefined ? text : text.replaceAll(boundary, 'BOUNDARY'));
  const headers = [...request.headers].map(([name, value]): [string, string] => [name, strip(value)]);
  return { url: request.url, method: request.method, headers, body: strip(await request.text()) };
}

/** The `{ data, error }` of a result with streams, blobs and buffers read, plus its keys and status. */
async function settle(result: Result) {
  const plain = async (value: unknown) =>
    value instanceof ReadableStream
      ? { stream: await new Response(value).text() }
      : value instanceof Blob
        ? { blob: await value.text(), type: value.type }
        : value instanceof ArrayBuffer
          ? { bytes: [...new Uint8Array(value)] }
          : value;
  const [data, error] = [await plain(result.data), await plain(result.error)];
  return { keys: Object.keys(result).sort(), status: result.response.status, data, error };
}

interface Case {
  method?: Method;
  path?: string;
  init?: Record<string, unknown>;
  client?: Record<string, unknown>;
  respond?: () => Response;
}

/** The same call through openapi-fetch (default Request) and createTypedClient, each with a recording stub. */
function clients(c: Pick<Case, 'client' | 'respond'>) {
  const respond = c.respond ?? (() => Response.json({ ok: true }));
  const sent: { openapi?: Sent; kybkit?: Sent; raw?: string; transportCalls: number } = { transportCalls: 0 };
  const record = async (side: 'openapi' | 'kybkit', request: Request) => {
    sent[side] = await wire(request);
    return respond();
  };
  const openapi = createClient({ baseUrl: BASE, ...c.client, fetch: (r: Request) => record('openapi', r) });
  const kybkit = createTypedClient<Client>({
    baseUrl: BASE,
    ...c.client,
    pipeline: {
      source: '@kybkit/test',
      provider: 'test',
      retry: false,
      fetch: (url, init) => {
        sent.transportCalls++;
        sent.raw = url;
        return record('kybkit', new Request(url, init));
      },
    },
  });
  return { openapi, kybkit, sent };
}

const json = (status: number, body: unknown) => () => Response.json(body, { status });
function text(status: number, body: string, headers: Record<string, string> = {}) {
  return () => new Response(body, { status, headers });
}
const form = new FormData();
form.append('name', 'ACME');
form.append('file', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'kbis.pdf');

const empty = { 'content-length': '0' };
const query = { tags: ['x', 'y z', '&'], filter: { status: 'open', since: '2024-01-01T00:00:00+01:00' } };
const scalars = { active: true, off: false, page: 0, ratio: -1.5, q: "l'été & co=1?#/", emoji: '😀 中文' };
const absent = { blank: '', skipped: undefined, none: null, nothing: [] };
const pipes = { array: { style: 'pipeDelimited', explode: false }, allowReserved: true };
const formObject = { object: { style: 'form', explode: false } };
const bytes = () => new Response(new Uint8Array([0, 255]));
const urlencoded = { 'Content-Type': 'application/x-www-form-urlencoded' };
const signed = (body: unknown, headers: Headers) => `${headers.get('x-sig')};${JSON.stringify(body)}`;
const ct = (value: string | null | undefined) => ({ body: { a: 1 }, headers: { 'Content-Type': value } });

const cases: Record<string, Case> = {
  'GET with path and query (arrays, deepObject, booleans, numbers, reserved chars, unicode)': {
    path: '/dossiers/{id}/files/{name}',
    init: { params: { path: { id: 7, name: 'a b/c?d#é' }, query: { ...query, ...scalars, ...absent } } },
  },
  'query options of the client merged with the call': {
    client: { querySerializer: pipes },
    init: { params: { query: { ids: [1, 2], o: { a: 'x y' } } }, querySerializer: formObject },
  },
  'POST with a JSON body': { method: 'POST', init: { body: { name: 'ACME', n: [1, null], ok: true } } },
  'POST with a null body': { method: 'POST', init: { body: null } },
  'PUT form-urlencoded': { method: 'PUT', init: { body: { a: '1', b: 'x y&z' }, headers: urlencoded } },
  'POST with a FormData body': { method: 'POST', init: { body: form } },
  'headers as record, Headers and params.header; null deletes; arrays; numbers': {
    client: { headers: { 'X-Client': 'kybkit', 'X-Drop': 'gone', Accept: 'application/json' } },
    init: {
      headers: new Headers({ 'X-Call': '1', accept: 'text/plain' }),
      params: { header: { 'x-drop': null, 'X-Multi': ['a', 'b'], 'X-Num': 3, 'X-Skip': undefined } },
    },
  },
  'a Content-Type set to undefined keeps the JSON default': { method: 'POST', init: ct(undefined) },
  'a Content-Type deleted by null stays deleted': { method: 'POST', init: ct(null) },
  'a custom bodySerializer sees the merged headers': {
    method: 'POST',
    client: { headers: { 'x-sig': 'abc' } },
    init: { ...ct('text/csv'), bodySerializer: signed },
  },
  'client bodySerializer': { method: 'PATCH', client: { bodySerializer: () => 'fixed' }, init: { body: 1 } },
  'parseAs text': { init: { parseAs: 'text' }, respond: text(200, '{"not":"parsed"}') },
  'parseAs blob': { init: { parseAs: 'blob' }, respond: text(200, '%PDF', { 'content-type': 'a/b' }) },
  'parseAs arrayBuffer': { init: { parseAs: 'arrayBuffer' }, respond: bytes },
  'parseAs stream': { init: { parseAs: 'stream' }, respond: text(200, 'streamed body') },
  '204': { method: 'DELETE', respond: () => new Response(null, { status: 204 }) },
  'content-length 0': { respond: text(200, '', empty) },
  'a 4xx with content-length 0': { respond: text(404, '', empty) },
  HEAD: { method: 'HEAD', respond: text(200, '', { 'content-length': '12' }) },
  'non-2xx JSON error body': { respond: json(422, { code: 'invalid', field: 'siren' }) },
  'non-2xx text error body': { respond: text(502, '<html>Bad gateway</html>') },
  'empty 2xx body': { respond: text(200, '') },
  'a per-call baseUrl with a trailing slash': { init: { baseUrl: 'https://other.example.com/v2/' } },
};

describe('createTypedClient conforms to openapi-fetch', () => {
  it.each(Object.entries(cases))('%s', async (_, c) => {
    const { openapi, kybkit, sent } = clients(c);
    const method = c.method ?? 'GET';
    const path = c.path ?? '/dossiers';
    const expected = await settle(await openapi[method](path, c.init));
    const actual = await settle(await kybkit[method](path, c.init));
    expect(sent.kybkit).toBeDefined();
    expect(sent.kybkit).toEqual(sent.openapi);
    expect(new URL(sent.raw as string).href).toBe(sent.openapi?.url);
    expect(actual).toEqual(expected);
  });

  it('request(method, …) upper-cases the method like openapi-fetch', async () => {
    const { openapi, kybkit, sent } = clients({});
    const expected = await settle(await openapi.request('patch', '/dossiers', { body: { a: 1 } }));
    expect(await settle(await kybkit.request('patch', '/dossiers', { body: { a: 1 } }))).toEqual(expected);
    expect(sent.kybkit?.method).toBe('PATCH');
    expect(sent.kybkit).toEqual(sent.openapi);
  });

  it('middleware sees the same schemaPath, params, options and request', async () => {
    const { openapi, kybkit } = clients({});
    const seen: Record<string, unknown>[] = [];
    type Args = {
      schemaPath: string;
      params: unknown;
      options: Record<string, unknown>;
      request: Request;
      id: string;
    };
    const onRequest = ({ schemaPath, params, options, request, id }: Args) => {
      const { baseUrl, parseAs } = options;
      const { url, method } = request;
      seen.push({ schemaPath, params, baseUrl, parseAs, url, method, id: typeof id });
    };
    const init = { baseUrl: 'https://other.example.com/v2/', params: { path: { id: 1 } }, parseAs: 'text' };
    await openapi.GET('/dossiers/{id}', { ...init, middleware: [{ onRequest }] });
    await kybkit.GET('/dossiers/{id}', { ...init, middleware: [{ onRequest }] });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });
});

describe('where createTypedClient deliberately differs', () => {
  it('a 2xx body that is not JSON is a ResponseError, not a SyntaxError quoting the body', async () => {
    const { openapi, kybkit } = clients({ respond: text(200, 'secret-ish <html>') });
    await expect(openapi.GET('/dossiers')).rejects.toThrow(SyntaxError);
    const failure = kybkit.GET('/dossiers');
    await expect(failure).rejects.toThrow(ResponseError);
    await expect(failure).rejects.not.toThrow(/secret-ish/);
  });

  it('empty query parts are dropped (openapi-fetch emits `&&` for null items and empty objects)', async () => {
    const { openapi, kybkit, sent } = clients({});
    const query = { a: [1, null, 2], empty: {}, o: { x: undefined }, z: 'last' };
    await openapi.GET('/dossiers', { params: { query } });
    await kybkit.GET('/dossiers', { params: { query } });
    expect(sent.openapi?.url).toBe(`${BASE}/dossiers?a=1&&a=2&&&z=last`);
    expect(sent.raw).toBe(`${BASE}/dossiers?a=1&a=2&z=last`);
  });

  it.each([
    ['', `${BASE}/dossiers//files`],
    ['.', `${BASE}/dossiers/files`],
    ['..', `${BASE}/files`],
  ])('path value %j is a ValidationError before any fetch', async (id, reached) => {
    const { openapi, kybkit, sent } = clients({});
    // openapi-fetch sends it, and the URL parser resolves the dot segments: another resource is called.
    await openapi.GET('/dossiers/{id}/files', { params: { path: { id } } });
    expect(sent.openapi?.url).toBe(reached);
    const error = await kybkit.GET('/dossiers/{id}/files', { params: { path: { id } } }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('params.path.id');
    expect(sent.transportCalls).toBe(0);
  });

  it('an array header value replaces the client default (openapi-fetch appends to it)', async () => {
    // kybkit treats an array like any other per-call value: it overrides the client's, as a string does.
    const { openapi, kybkit, sent } = clients({ client: { headers: { 'x-tag': 'default' } } });
    await openapi.GET('/dossiers', { headers: { 'X-Tag': ['a', 'b'] } });
    await kybkit.GET('/dossiers', { headers: { 'X-Tag': ['a', 'b'] } });
    expect(sent.openapi?.headers).toEqual([['x-tag', 'default, a, b']]);
    expect(sent.kybkit?.headers).toEqual([['x-tag', 'a, b']]);
  });
});

describe('query URLs (property)', () => {
  const scalar = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.double(), fc.boolean());
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), scalar, { minKeys: 1, maxKeys: 3 }),
  );
  const query = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 6 });

  it('equal openapi-fetch for strings, numbers, booleans, arrays and objects', async () => {
    const { openapi, kybkit, sent } = clients({});
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        await openapi.GET('/search', { params: { query: q } });
        await kybkit.GET('/search', { params: { query: q } });
        expect(new URL(sent.raw as string).href).toBe(sent.openapi?.url);
      }),
      { numRuns: 300 },
    );
  });
});
