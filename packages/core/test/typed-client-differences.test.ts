import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseError, ValidationError } from '../src/index.js';
import { BASE, clients, text } from './openapi-fetch-pair.js';

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
