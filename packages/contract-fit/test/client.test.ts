import { inspect } from 'node:util';
import {
  ApiError,
  AuthError,
  type ContractFitClientOptions,
  createContractFitClient,
  errorCodeOf,
  NetworkError,
  unwrap,
  ValidationError,
} from '@kybkit/contract-fit';
import type { PipelineEvent } from '@kybkit/core';
import { scriptedFetch } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import { API_KEY, BASE, INBOX, jwt, loginAnswer, PASSWORD, scripted } from './support.js';

const inbox = { id: INBOX, name: 'Supplier invoices', project: '5e2d3c4b5a6f7e8d9c0b1a2f' };

describe('createContractFitClient options', () => {
  const fetch = scriptedFetch([]);
  const make = (options: unknown) => () => createContractFitClient(options as ContractFitClientOptions);
  const token = { type: 'token', token: 't' } as const;

  it.each([
    ['no options', undefined, /options/],
    ['no baseUrl', { auth: token, fetch }, /baseUrl is required/],
    ['a baseUrl that is not a URL', { baseUrl: 'cfportal', auth: token, fetch }, /not a URL/],
    ['plain http off loopback', { baseUrl: 'http://cf.example.com/api', auth: token, fetch }, /https/],
    ['a baseUrl with a query', { baseUrl: 'https://cf.example.com/api?x=1', auth: token, fetch }, /query/],
    ['no auth', { baseUrl: BASE, fetch }, /auth is required/],
    ['an unknown auth type', { baseUrl: BASE, auth: { type: 'oauth' }, fetch }, /auth.type/],
    ['token and username together', { baseUrl: BASE, auth: { ...token, username: 'u' }, fetch }, /not both/],
    ['a token type with neither', { baseUrl: BASE, auth: { type: 'token' }, fetch }, /not both or neither/],
    [
      'a login without password',
      { baseUrl: BASE, auth: { type: 'token', username: 'u' }, fetch },
      /password/,
    ],
    ['basic without password', { baseUrl: BASE, auth: { type: 'basic', username: 'u' }, fetch }, /password/],
    ['an empty API key', { baseUrl: BASE, auth: { type: 'apiKey', key: '' }, fetch }, /auth.key/],
    [
      'an API key in a cookie',
      { baseUrl: BASE, auth: { type: 'apiKey', key: 'k', in: 'cookie' }, fetch },
      /auth.in/,
    ],
    ['a token with a space', { baseUrl: BASE, auth: { type: 'token', token: 'a b' }, fetch }, /auth.token/],
    ['a bad scheme', { baseUrl: BASE, auth: { ...token, scheme: 'jwt' }, fetch }, /auth.scheme/],
    ['a negative timeout', { baseUrl: BASE, auth: token, timeoutMs: -1, fetch }, /timeoutMs/],
    ['a fractional redirect limit', { baseUrl: BASE, auth: token, maxRedirects: 1.5, fetch }, /maxRedirects/],
    ['a retry that is not an object', { baseUrl: BASE, auth: token, retry: 3, fetch }, /retry/],
  ])('refuses %s with a ValidationError', (_, options, message) => {
    expect(make(options)).toThrow(ValidationError);
    expect(make(options)).toThrow(message);
  });

  it('sent nothing while refusing', () => {
    expect(fetch.calls).toHaveLength(0);
  });

  it('accepts plain http on loopback, and strips the trailing slash', async () => {
    const { client, fetch: calls } = scripted([{ json: [inbox] }], { baseUrl: 'http://127.0.0.1:4010/api/' });
    await client.GET('/inboxes');
    expect(calls.calls[0]?.url).toBe('http://127.0.0.1:4010/api/inboxes');
  });
});

describe('authentication', () => {
  it('basic: HTTP Basic on every request', async () => {
    const { client, fetch } = scripted([{ json: [inbox] }], {
      auth: { type: 'basic', username: 'ap.manager@example.com', password: PASSWORD },
    });
    await client.GET('/inboxes');
    const expected = Buffer.from(`ap.manager@example.com:${PASSWORD}`).toString('base64');
    expect(fetch.calls[0]?.headers.authorization).toBe(`Basic ${expected}`);
  });

  it('token with username and password: logs in at POST /auth, then sends the raw token', async () => {
    const token = jwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
    const { client, fetch } = scripted([loginAnswer(token), { json: [inbox] }, { json: inbox }], {
      auth: { type: 'token', username: 'ap.manager@example.com', password: PASSWORD },
    });
    await client.GET('/inboxes');
    await client.GET('/inboxes/{inbox_id}', { params: { path: { inbox_id: INBOX } } });
    const [login, first, second] = fetch.calls;
    expect(login?.url).toBe(`${BASE}/auth`);
    expect(login?.method).toBe('POST');
    expect(login?.headers.authorization).toBeUndefined();
    expect(JSON.parse(login?.body ?? '{}')).toEqual({
      username: 'ap.manager@example.com',
      password: PASSWORD,
    });
    expect(first?.headers.authorization).toBe(token);
    expect(second?.headers.authorization).toBe(token);
  });

  it('500 concurrent calls share one login', async () => {
    let logins = 0;
    const fetch = scriptedFetch([], {
      fallback: (call) => {
        if (call.url.endsWith('/auth')) {
          logins += 1;
          return Response.json({ authentication_token: jwt({ n: logins }) });
        }
        return Response.json([]);
      },
    });
    const client = createContractFitClient({
      baseUrl: BASE,
      auth: { type: 'token', username: 'u', password: PASSWORD },
      fetch,
    });
    const results = await Promise.all(Array.from({ length: 500 }, () => client.GET('/inboxes')));
    expect(results.every((r) => r.response.ok)).toBe(true);
    expect(logins).toBe(1);
  });

  it('a 401 on a logged-in token logs in again and resends a GET once', async () => {
    const { client, fetch } = scripted(
      [loginAnswer(jwt({ n: 1 })), { status: 401, json: {} }, loginAnswer(jwt({ n: 2 })), { json: [inbox] }],
      { auth: { type: 'token', username: 'u', password: PASSWORD } },
    );
    const result = await client.GET('/inboxes');
    expect(result.response.status).toBe(200);
    expect(fetch.calls.map((c) => new URL(c.url).pathname)).toEqual([
      '/api/auth',
      '/api/inboxes',
      '/api/auth',
      '/api/inboxes',
    ]);
    expect(fetch.calls[3]?.headers.authorization).toBe(jwt({ n: 2 }));
  });

  it('refused credentials are an AuthError that never shows the password', async () => {
    const { client } = scripted([{ status: 401, json: { message: 'Invalid credentials' } }], {
      auth: { type: 'token', username: 'u', password: PASSWORD },
    });
    const error = await client.GET('/inboxes').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(PASSWORD);
    }
  });

  it('a token you hold goes raw in Authorization; an accidental Bearer prefix is dropped', async () => {
    const { client, fetch } = scripted([{ json: [] }], { auth: { type: 'token', token: 'Bearer abc.def' } });
    await client.GET('/inboxes');
    expect(fetch.calls[0]?.headers.authorization).toBe('abc.def');
  });

  it("scheme: 'bearer' writes Bearer, and a token function is asked again after a 401", async () => {
    let n = 0;
    const { client, fetch } = scripted([{ status: 401 }, { json: [] }], {
      auth: { type: 'token', token: () => `tok-${++n}`, scheme: 'bearer' },
    });
    await client.GET('/inboxes');
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('a token never shows in errors or in the client', async () => {
    const secret = 'tok-never-printed-4f2a9c';
    const { client } = scripted([new TypeError(`socket closed while sending ${secret}`)], {
      auth: { type: 'token', token: secret },
      retry: false,
    });
    const error = await client.GET('/inboxes').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8 })]) {
      expect(text).not.toContain(secret);
    }
    expect(inspect(client.credentials, { depth: 5 })).not.toContain(secret);
    expect(JSON.stringify(client.credentials)).not.toContain(secret);
  });

  it('apiKey: X-API-Key by default', async () => {
    const { client, fetch } = scripted([{ json: [] }], { auth: { type: 'apiKey', key: API_KEY } });
    await client.GET('/inboxes');
    expect(fetch.calls[0]?.headers['x-api-key']).toBe(API_KEY);
    expect(fetch.calls[0]?.url).toBe(`${BASE}/inboxes`);
  });

  it('apiKey in the query: sent as api_key, redacted in events and errors', async () => {
    const events: PipelineEvent[] = [];
    const { client, fetch } = scripted([{ status: 503 }, new TypeError(`connect failed ${API_KEY}`)], {
      auth: { type: 'apiKey', key: API_KEY, in: 'query' },
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      onEvent: (event) => events.push(event),
    });
    const error = await client
      .GET('/inboxes/{inbox_id}', { params: { path: { inbox_id: INBOX } } })
      .catch((e: unknown) => e);
    expect(new URL(fetch.calls[0]?.url ?? '').searchParams.get('api_key')).toBe(API_KEY);
    expect(error).toBeInstanceOf(NetworkError);
    expect(events.map((e) => e.type)).toEqual(['retry']);
    expect(events[0]?.url).toMatch(new RegExp(`^${BASE}/inboxes/${INBOX}`));
    const seen = [JSON.stringify(events), String(error), JSON.stringify(error), inspect(error, { depth: 8 })];
    for (const text of seen) {
      expect(text).not.toContain(API_KEY);
    }
  });

  it('an ApiError from unwrap names the operation, never the key', async () => {
    const { client } = scripted(
      [{ status: 403, json: { message: 'Permission insufficient' }, headers: { 'x-request-id': 'r-1' } }],
      {
        auth: { type: 'apiKey', key: API_KEY, in: 'query' },
      },
    );
    const result = await client.GET('/inboxes');
    const error = (() => {
      try {
        unwrap(result, 'listInboxes');
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      requestId: 'r-1',
      operation: 'listInboxes',
      retryable: false,
    });
    expect(error?.message).toBe('[@kybkit/contract-fit] listInboxes failed: 403 Forbidden');
    expect(`${String(error)}${JSON.stringify(error)}${inspect(error)}`).not.toContain(API_KEY);
  });
});

describe('retries follow the spec', () => {
  it('a GET is retried on 503', async () => {
    const { client, fetch } = scripted([{ status: 503 }, { json: [inbox] }]);
    expect(unwrap(await client.GET('/inboxes'))).toHaveLength(1);
    expect(fetch.calls).toHaveLength(2);
  });

  it('a POST marked safe to repeat (queryDocuments) is retried', async () => {
    const { client, fetch } = scripted([{ status: 503 }, { json: [{ _id: 'EUR', count: 1 }] }]);
    const result = await client.POST('/documents/query/{query_type}', {
      params: { path: { query_type: 'aggregate' } },
      body: { pipeline: [] },
    });
    expect(result.data?.[0]?._id).toBe('EUR');
    expect(fetch.calls).toHaveLength(2);
  });

  it('a creation (createInbox) and a copy (copyDocumentsToInbox) are sent once', async () => {
    const { client, fetch } = scripted([{ status: 503 }, { status: 503 }]);
    const created = await client.POST('/inboxes', {
      body: { name: 'x', project: '5e2d3c4b5a6f7e8d9c0b1a2f' },
    });
    const copied = await client.PATCH('/documents/{inbox_id}/copy_inbox', {
      params: { path: { inbox_id: INBOX } },
      body: { document_ids: ['6a1b2c3d4e5f6a7b8c9d0e1f'] },
    });
    expect([created.response.status, copied.response.status]).toEqual([503, 503]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('a PATCH that sets values (updateInbox) is retried', async () => {
    const { client, fetch } = scripted([{ status: 502 }, { json: inbox }]);
    await client.PATCH('/inboxes/{inbox_id}', { params: { path: { inbox_id: INBOX } }, body: { name: 'y' } });
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('errorCodeOf', () => {
  it('reads a string code only; the HTTP status in Flask bodies is not a code', () => {
    expect(errorCodeOf({ code: 'duplicate_name', message: 'x' })).toBe('duplicate_name');
    expect(errorCodeOf({ code: 404, name: 'Not Found', description: 'gone' })).toBeUndefined();
    expect(errorCodeOf({ message: 'Permission insufficient' })).toBeUndefined();
    expect(errorCodeOf('text')).toBeUndefined();
  });
});
