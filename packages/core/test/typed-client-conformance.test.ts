import { describe, expect, it } from 'vitest';
import { type Case, clients, json, settle, text } from './openapi-fetch-pair.js';

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
      const query = (options.querySerializer as (q: object) => string)({ ids: [1, 2], o: { a: 'x' } });
      const { url, method } = request;
      seen.push({ schemaPath, params, baseUrl, parseAs, query, url, method, id: typeof id });
    };
    const init = {
      baseUrl: 'https://other.example.com/v2/',
      params: { path: { id: 1 } },
      parseAs: 'text',
      // The call's own query options: middleware gets the serializer they make, not the client's.
      querySerializer: { array: { style: 'pipeDelimited', explode: false } },
    };
    await openapi.GET('/dossiers/{id}', { ...init, middleware: [{ onRequest }] });
    await kybkit.GET('/dossiers/{id}', { ...init, middleware: [{ onRequest }] });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
  });
});
