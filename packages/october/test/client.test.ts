import { inspect } from 'node:util';
import {
  ApiError,
  createOctoberClient,
  LATEST_VERSION,
  operations,
  unwrap,
  ValidationError,
  WaitTimeoutError,
} from '@kybkit/october';
import { scriptedFetch } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import { BASE, REQUEST_ID, request, SESSION_TOKEN, scripted, USER_ID } from './support.js';

describe('createOctoberClient options', () => {
  it('needs userId and sessionToken together, before anything is sent', () => {
    const fetch = scriptedFetch([]);
    expect(() => createOctoberClient({ userId: USER_ID, fetch } as never)).toThrow(
      /sessionToken is required/,
    );
    expect(() => createOctoberClient({ sessionToken: SESSION_TOKEN, fetch } as never)).toThrow(
      /userId is required/,
    );
    expect(() => createOctoberClient({ userId: '', sessionToken: SESSION_TOKEN, fetch })).toThrow(
      ValidationError,
    );
    expect(() => createOctoberClient({ userId: USER_ID, sessionToken: 'bad\nvalue', fetch })).toThrow(
      /control character/,
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it('checks the version and the base URL', () => {
    const base = { userId: USER_ID, sessionToken: SESSION_TOKEN };
    expect(() => createOctoberClient({ ...base, version: '2024-13-01' })).toThrow(/version must be a date/);
    expect(() => createOctoberClient({ ...base, version: 'latest' })).toThrow(ValidationError);
    expect(() => createOctoberClient({ ...base, baseUrl: 'http://api.example.com' })).toThrow(/https/);
    expect(() => createOctoberClient({ ...base, baseUrl: 'not a url' })).toThrow(/not a URL/);
    expect(createOctoberClient({ ...base, baseUrl: 'http://127.0.0.1:4010/' }).baseUrl).toBe(
      'http://127.0.0.1:4010',
    );
    expect(createOctoberClient(base)).toMatchObject({ version: LATEST_VERSION, baseUrl: BASE });
  });

  it('sends userId, sessionToken and the pinned October-Version on every request', async () => {
    const { client, fetch } = scripted([{ json: { request: request() } }]);
    const result = unwrap(
      await client.GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } }),
      'getRequest',
    );
    expect(result.request.status).toBe('pending_analysis');
    const [call] = fetch.calls;
    expect(call?.url).toBe(`${BASE}/requests/${REQUEST_ID}`);
    expect(call?.headers).toMatchObject({
      userid: USER_ID,
      sessiontoken: SESSION_TOKEN,
      'october-version': '2024-01-25',
    });
  });

  it('lets the caller pick another version, for the client or for one call', async () => {
    const { client, fetch } = scripted([{ json: { request: request() } }, { json: { reports: [] } }], {
      version: '2023-06-01',
    });
    await client.GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } });
    await client.GET('/reports', {
      params: { query: { request: REQUEST_ID }, header: { 'October-Version': '2024-01-25' } },
    });
    expect(fetch.calls.map((c) => c.headers['october-version'])).toEqual(['2023-06-01', '2024-01-25']);
  });

  it('refuses a malformed id or version on a typed call before sending', async () => {
    const { client, fetch } = scripted([]);
    await expect(
      client.GET('/requests/{requestId}', { params: { path: { requestId: 'abc' } } }),
    ).rejects.toThrow(/params.path.requestId must be an October id/);
    await expect(client.GET('/reports', { params: { query: { request: 'x' } } })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      client.GET('/requests/{requestId}', {
        params: { path: { requestId: REQUEST_ID }, header: { 'October-Version': 'v2' } },
      }),
    ).rejects.toThrow(/October-Version must be a date/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('createRequest', () => {
  it('refuses a SIREN with a wrong check digit before any request is sent', async () => {
    const { client, fetch } = scripted([]);
    const error = await client
      .createRequest({ code: { type: 'siren', id: '732829321' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('body.code.id');
    expect((error as Error).message).toMatch(/wrong check digit/);
    await expect(client.createRequest({ code: { type: 'siren', id: '12345' } })).rejects.toThrow(/9 digits/);
    await expect(
      client.createRequest({ code: { type: 'siren', id: '732829320' }, creator: 'not-an-email' }),
    ).rejects.toThrow(/creator/);
    await expect(
      client.POST('/requests', { body: { code: { type: 'siren', id: '732829321' } } }),
    ).rejects.toThrow(ValidationError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('normalises the SIREN, sends the request once and returns it unwrapped', async () => {
    const { client, fetch } = scripted([{ json: { request: request() } }]);
    const created = await client.createRequest({
      code: { type: 'siren', id: '732 829 320' },
      businessName: 'Exemple',
      creator: 'analyst@banque.example',
    });
    expect(created.id).toBe(REQUEST_ID);
    expect(fetch.calls[0]?.method).toBe('POST');
    expect(fetch.calls[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(fetch.calls[0]?.body ?? '{}')).toEqual({
      code: { type: 'siren', id: '732829320' },
      businessName: 'Exemple',
      creator: 'analyst@banque.example',
    });
  });

  it('is never sent twice: a 503 on createRequest is returned, not retried', async () => {
    const { client, fetch } = scripted([{ status: 503, json: { code: 'unavailable' } }]);
    const error = await client
      .createRequest({ code: { type: 'siren', id: '732829320' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: 'unavailable', operation: 'createRequest' });
    expect(error).toBeInstanceOf(ApiError);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('retry safety from the spec', () => {
  it('marks only updateMedium as safe to repeat among the POSTs', () => {
    const safe = Object.entries(operations)
      .filter(([, op]) => op.method === 'POST' && op.retrySafe)
      .map(([id]) => id);
    expect(safe).toEqual(['updateMedium']);
  });

  it('retries a GET on 503', async () => {
    const { client, fetch } = scripted([{ status: 503 }, { json: { request: request() } }]);
    const { request: found } = unwrap(
      await client.GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } }),
    );
    expect(found.id).toBe(REQUEST_ID);
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('credentials', () => {
  it('never follow a redirect to another origin', async () => {
    const { client, fetch } = scripted([
      { status: 302, headers: { location: 'https://elsewhere.example/requests/x' } },
      { json: { request: request() } },
    ]);
    await client.GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } });
    const hop = fetch.calls[1];
    expect(hop?.url).toBe('https://elsewhere.example/requests/x');
    expect(hop?.headers.userid).toBeUndefined();
    expect(hop?.headers.sessiontoken).toBeUndefined();
  });

  it('never appear in an error, its JSON or its inspect output', async () => {
    const { client } = scripted([new TypeError(`connect failed with ${SESSION_TOKEN}`)], { retry: false });
    const error = await client
      .GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(SESSION_TOKEN);
    }
    expect(JSON.stringify(client)).not.toContain(SESSION_TOKEN);
  });
});

describe('waitForReports', () => {
  const report = (source: string) => ({ id: '6413a0d2e4f5a6b7c8d9e0f1', request: REQUEST_ID, source });

  it('polls until every wanted source has a report, and returns them all', async () => {
    const { client, fetch } = scripted([
      { json: { reports: [] } },
      { json: { reports: [report('esg')] } },
      { json: { reports: [report('esg'), report('manager')] } },
    ]);
    const reports = await client.waitForReports(REQUEST_ID, { sources: ['esg', 'manager'], intervalMs: 1 });
    expect(reports.map((r) => r.source)).toEqual(['esg', 'manager']);
    expect(fetch.calls).toHaveLength(3);
    expect(new URL(fetch.calls[0]?.url ?? '').search).toBe(`?request=${REQUEST_ID}`);
  });

  it('without sources, waits for the first report', async () => {
    const { client } = scripted([{ json: { reports: [] } }, { json: { reports: [report('bank')] } }]);
    await expect(client.waitForReports(REQUEST_ID, { intervalMs: 1 })).resolves.toHaveLength(1);
  });

  it('gives up with a WaitTimeoutError', async () => {
    const fetch = scriptedFetch([], { fallback: { json: { reports: [] } } });
    const october = createOctoberClient({ userId: USER_ID, sessionToken: SESSION_TOKEN, fetch });
    const error = await october
      .waitForReports(REQUEST_ID, { sources: ['esg'], timeoutMs: 30, intervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as Error).message).toMatch(/esg reports of request/);
  });

  it('stops when the signal aborts', async () => {
    const fetch = scriptedFetch([], { fallback: { json: { reports: [] } } });
    const october = createOctoberClient({ userId: USER_ID, sessionToken: SESSION_TOKEN, fetch });
    const controller = new AbortController();
    const waiting = october.waitForReports(REQUEST_ID, { intervalMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toMatchObject({ name: 'AbortedError' });
  });

  it('refuses a bad request id or sources before polling', async () => {
    const { client, fetch } = scripted([]);
    await expect(client.waitForReports('nope')).rejects.toThrow(ValidationError);
    await expect(client.waitForReports(REQUEST_ID, { sources: [''] })).rejects.toThrow(/sources/);
    expect(fetch.calls).toHaveLength(0);
  });
});
