import { KybkitError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

// openapi-fetch parses a 2xx body with JSON.parse after the pipeline returned, whatever the
// Content-Type says. A body that is not JSON escapes as a raw SyntaxError whose message quotes the
// body ("Unexpected token '<', "<html>…" is not valid JSON"): untyped, and provider data in a log line.
const HTML = '<!doctype html><html><body>Maintenance: back at 10:00 (ref 7781)</body></html>';

describe.each(PROVIDERS)(
  'a body that is not the JSON the spec promises: $name',
  { timeout: 5_000 },
  (provider) => {
    const start = useHarness(provider);

    it('reports truncated JSON on a 200 as a KybkitError, without quoting the body', async () => {
      const h = await start();
      h.api.push({ kind: 'malformed-json', body: '{"content":{"id":1,"reference":"DOS-77' });
      const { error } = await h.outcome(h.get());
      expect(h.apiRequests()).toHaveLength(1);
      expect(error).toBeInstanceOf(KybkitError);
      expect(String((error as Error).message)).not.toContain('DOS-77');
    });

    it('reports an HTML page on a 200 (wrong Content-Type) as a KybkitError, without quoting it', async () => {
      const h = await start();
      h.api.push({ status: 200, headers: { 'content-type': 'text/html' }, body: HTML });
      const { error } = await h.outcome(h.get());
      expect(h.apiRequests()).toHaveLength(1);
      expect(error).toBeInstanceOf(KybkitError);
      expect(String((error as Error).message)).not.toContain('Maintenance');
    });

    it('sends a POST once when its 201 body is not JSON', async () => {
      const h = await start();
      h.api.push({ kind: 'malformed-json', status: 201 }, { json: { never: 'reached' } });
      const { error } = await h.outcome(h.post());
      expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
      expect(error).toBeInstanceOf(KybkitError);
    });

    it('parses valid JSON served with a wrong Content-Type (openapi-fetch ignores the header)', async () => {
      const h = await start();
      h.api.push({ status: 200, headers: { 'content-type': 'text/plain' }, body: '{"ok":true}' });
      const { result, error } = await h.outcome(h.get());
      expect(error).toBeUndefined();
      expect(result?.data).toEqual({ ok: true });
    });

    it('keeps a non-JSON error body as text: unwrap gives an ApiError that does not quote it', async () => {
      const h = await start();
      h.api.push({ status: 400, headers: { 'content-type': 'text/html' }, body: HTML });
      const { result } = await h.outcome(h.post());
      expect(result?.response.status).toBe(400);
      expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
      expect(result?.error).toBe(HTML);
      const error = h.apiError(result) as Error;
      expect(error).toMatchObject({ status: 400, retryable: false });
      expect(error.message).not.toContain('Maintenance');
      expect(JSON.stringify(error)).not.toContain('Maintenance');
    });
  },
);
