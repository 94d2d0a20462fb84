import { inspect } from 'node:util';
import { ApiError, AuthError, createAlloyClient, unwrap, ValidationError } from '@kybkit/alloy';
import { createBasicAuth } from '@kybkit/auth';
import { type RecordedCall, scriptedFetch } from '@kybkit/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API_SECRET,
  API_TOKEN,
  alloyError,
  BASE,
  BASIC,
  bearer,
  PERSON,
  pathOf,
  scripted,
  TOKEN_URL,
} from './support.js';

const entityPath = { params: { path: { entity_token: PERSON } } };

describe('createAlloyClient options', () => {
  it('refuses missing or conflicting credentials before anything is sent', () => {
    const fetch = scriptedFetch([]);
    expect(() => createAlloyClient({ environment: 'sandbox', fetch })).toThrow(ValidationError);
    expect(() => createAlloyClient({ environment: 'sandbox', token: API_TOKEN, fetch })).toThrow(/secret/);
    expect(() => createAlloyClient({ environment: 'sandbox', token: '', secret: API_SECRET, fetch })).toThrow(
      /token is missing/,
    );
    expect(() =>
      createAlloyClient({ environment: 'sandbox', token: 't', secret: 's', auth: 'digest' as never, fetch }),
    ).toThrow(/unknown auth/);
    expect(() =>
      createAlloyClient({
        environment: 'sandbox',
        token: 't',
        secret: 's',
        auth: createBasicAuth({ username: 'u', password: 'p' }),
      }),
    ).toThrow(/not both/);
    expect(fetch.calls).toHaveLength(0);
  });

  it('needs an environment or a base URL, and https off loopback', () => {
    const creds = { token: API_TOKEN, secret: API_SECRET };
    expect(() => createAlloyClient(creds)).toThrow(/environment/);
    expect(() => createAlloyClient({ ...creds, environment: 'staging' as never })).toThrow(
      /unknown environment/,
    );
    expect(() => createAlloyClient({ ...creds, baseUrl: 'http://api.example.com/v1' })).toThrow(/https/);
    expect(() => createAlloyClient({ ...creds, baseUrl: 'not a url' })).toThrow(/not a URL/);
    expect(() => createAlloyClient({ ...creds, baseUrl: 'http://127.0.0.1:4013' })).not.toThrow();
    expect(() =>
      createAlloyClient({ ...creds, baseUrl: 'https://proxy.example.com/v1', tokenUrl: 'http://x.example' }),
    ).toThrow(/tokenUrl must use https/);
  });

  it('never shows the secret in a validation error', () => {
    const error = (() => {
      try {
        createAlloyClient({ environment: 'sandbox', token: 'has:colon', secret: API_SECRET });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(API_SECRET);
    }
  });

  it('picks the host of the environment', async () => {
    const sandbox = scripted([{ json: { entity_token: PERSON, type: 'person' } }]);
    await sandbox.client.GET('/entities/{entity_token}', entityPath);
    expect(sandbox.fetch.calls[0]?.url).toBe(`${BASE}/entities/${PERSON}`);
    const production = scripted([{ json: { entity_token: PERSON, type: 'person' } }], {
      environment: 'production',
    });
    await production.client.GET('/entities/{entity_token}', entityPath);
    expect(production.fetch.calls[0]?.url).toBe(`https://api.alloy.co/v1/entities/${PERSON}`);
  });
});

describe('auth: basic (the default)', () => {
  it('sends the token and secret as HTTP Basic on every request, and nothing else', async () => {
    const { client, fetch } = scripted([
      { json: { entity_token: PERSON, type: 'person' } },
      { json: [] },
      { json: { entity_token: PERSON, type: 'person' } },
    ]);
    await client.GET('/entities/{entity_token}', entityPath);
    await client.GET('/entities/{entity_token}/documents', entityPath);
    await client.GET('/entities/persons/{entity_token}', entityPath);
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual([BASIC, BASIC, BASIC]);
    expect(fetch.calls.some((c) => c.url === TOKEN_URL)).toBe(false);
  });

  it('a 401 is final: no refresh, the ApiError carries the minor code and the error token', async () => {
    const { client, fetch } = scripted([alloyError(401, 4011, '3e9a1c47-2f5b-4d8e-b6a0-71c4e2d9f358')]);
    const result = await client.GET('/entities/{entity_token}', entityPath);
    const error = (() => {
      try {
        unwrap(result, 'getEntity');
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: '4011',
      requestId: '3e9a1c47-2f5b-4d8e-b6a0-71c4e2d9f358',
      operation: 'getEntity',
      retryable: false,
    });
    expect(error?.message).toBe('[@kybkit/alloy] getEntity failed: 401 Unauthorized (4011)');
    expect(fetch.calls).toHaveLength(1);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(API_SECRET);
      expect(text).not.toContain(BASIC.slice(6));
    }
  });
});

describe('auth: oauth (client credentials)', () => {
  /** A transport that answers the token endpoint with numbered tokens and the API from `api`. */
  function tokenRouter(api: (call: RecordedCall) => Response, expiresIn = 3600) {
    const tokens: RecordedCall[] = [];
    const fetch = scriptedFetch([], {
      fallback: (call) => {
        if (call.url === TOKEN_URL) {
          tokens.push(call);
          return Response.json({
            access_token: `tok-${tokens.length}`,
            token_type: 'bearer',
            expires_in: expiresIn,
          });
        }
        return api(call);
      },
    });
    const client = createAlloyClient({
      environment: 'sandbox',
      token: API_TOKEN,
      secret: API_SECRET,
      auth: 'oauth',
      fetch,
      retry: false,
    });
    return { client, fetch, tokens, apiCalls: () => fetch.calls.filter((c) => c.url !== TOKEN_URL) };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('one token request for many concurrent calls; Basic only on it, Bearer on the API', async () => {
    const { client, tokens, apiCalls } = tokenRouter(() => Response.json([]));
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.GET('/entities/{entity_token}/documents', entityPath)),
    );
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(tokens).toHaveLength(1);
    const token = tokens[0];
    expect(token?.method).toBe('POST');
    expect(token?.headers.authorization).toBe(BASIC);
    expect(token?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(token?.body ?? '{}')).toEqual({ grant_type: 'client_credentials' });
    expect(new Set(apiCalls().map((c) => c.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('a 401 with minor code 4012 (expired bearer) gets one new token and the request is sent again', async () => {
    let first = true;
    const { client, tokens, apiCalls } = tokenRouter((call) => {
      if (first) {
        first = false;
        return Response.json(alloyError(401, 4012).json, { status: 401 });
      }
      return Response.json({ entity_token: PERSON, type: 'person', seen: call.headers.authorization });
    });
    const result = await client.GET('/entities/{entity_token}', entityPath);
    expect(result.response.status).toBe(200);
    expect(tokens).toHaveLength(2);
    expect(apiCalls().map((c) => c.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('a second 401 is returned, not looped on', async () => {
    const { client, tokens, apiCalls } = tokenRouter(() =>
      Response.json(alloyError(401, 4012).json, { status: 401 }),
    );
    const result = await client.GET('/entities/{entity_token}', entityPath);
    expect(() => unwrap(result, 'getEntity')).toThrow(/401 Unauthorized \(4012\)/);
    expect(tokens).toHaveLength(2);
    expect(apiCalls()).toHaveLength(2);
  });

  it('refreshes the token ahead of its expiry, and fetches a new one once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const { client, tokens, apiCalls } = tokenRouter(() => Response.json([]));
    await client.GET('/entities/{entity_token}/documents', entityPath);
    expect(tokens).toHaveLength(1);
    // 30 s before expiry (the margin is 60 s): the old token still serves, a new one is fetched behind it.
    vi.setSystemTime(new Date('2026-12-01T09:59:30Z'));
    await client.GET('/entities/{entity_token}/documents', entityPath);
    await vi.waitFor(() => expect(tokens).toHaveLength(2));
    await client.GET('/entities/{entity_token}/documents', entityPath);
    // Two hours later that token has expired too: the call waits for a fresh one.
    vi.setSystemTime(new Date('2026-12-01T11:59:30Z'));
    await client.GET('/entities/{entity_token}/documents', entityPath);
    expect(tokens).toHaveLength(3);
    expect(apiCalls().map((c) => c.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-2',
      'Bearer tok-3',
    ]);
  });

  it('a refused token request is an AuthError that never shows the secret', async () => {
    const { client, fetch } = scripted([alloyError(401, 4011)], { auth: 'oauth' });
    const error = await client.GET('/entities/{entity_token}', entityPath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(401);
    expect(fetch.calls.map((c) => pathOf(c.url))).toEqual(['/v1/oauth/bearer']);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(API_SECRET);
      expect(text).not.toContain(BASIC.slice(6));
    }
  });

  it('tokenUrl overrides the endpoint', async () => {
    const { client, fetch } = scripted([bearer('tok-x'), { json: [] }], {
      auth: 'oauth',
      tokenUrl: 'https://auth.example.com/oauth/bearer',
    });
    await client.GET('/entities/{entity_token}/documents', entityPath);
    expect(fetch.calls.map((c) => c.url)).toEqual([
      'https://auth.example.com/oauth/bearer',
      `${BASE}/entities/${PERSON}/documents`,
    ]);
  });
});

describe('reliability', () => {
  it('retries a GET on 503 and honours the answer', async () => {
    const { client, fetch } = scripted([alloyError(503, 5031), { json: [] }]);
    expect(unwrap(await client.GET('/entities/{entity_token}/documents', entityPath))).toEqual([]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('never sends describeDocument twice: a 503 is returned, not retried', async () => {
    const { client, fetch } = scripted([alloyError(503, 5031)]);
    const result = await client.POST('/entities/{entity_token}/documents', {
      ...entityPath,
      body: { name: 'n', extension: 'pdf', type: 'license' },
    });
    expect(result.response.status).toBe(503);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries updateDocument (marked safe to repeat) on 503', async () => {
    const { client, fetch } = scripted([alloyError(503, 5031), { json: { document_token: 'D-x' } }]);
    const result = await client.PATCH('/entities/{entity_token}/documents/{document_token}', {
      params: { path: { entity_token: PERSON, document_token: 'D-9aRk2Vt5Lm8Qw3Zx7Jc1' } },
      body: { approved: true },
    });
    expect(result.response.status).toBe(200);
    expect(fetch.calls.map((c) => c.method)).toEqual(['PATCH', 'PATCH']);
  });

  it('a 429 carries Retry-After in the ApiError', async () => {
    const { client } = scripted([{ ...alloyError(429, 4291), headers: { 'retry-after': '120' } }]);
    const result = await client.GET('/entities/{entity_token}', entityPath);
    expect(() => unwrap(result, 'getEntity')).toThrow(ApiError);
    const error = (() => {
      try {
        unwrap(result, 'getEntity');
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(error).toMatchObject({ status: 429, code: '4291', retryable: true, retryAfterMs: 120_000 });
  });
});
