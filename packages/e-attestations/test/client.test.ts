import { inspect } from 'node:util';
import {
  ApiError,
  AuthError,
  createEAttestationsClient,
  DossierProcessError,
  unwrap,
  ValidationError,
} from '@kybkit/e-attestations';
import { scriptedFetch } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import { BASE, envelope, jwt, PASSWORD, scripted, TOKEN_URL, tokenResponse } from './support.js';

const newDossier = {
  companyIdType: 'CIT001' as const,
  companyIdValue: '73282932000017',
  dossierReference: 'DOS-2024-001',
};

describe('createEAttestationsClient options', () => {
  it('refuses missing or conflicting credentials before anything is sent', () => {
    const fetch = scriptedFetch([]);
    expect(() => createEAttestationsClient({ environment: 'test', fetch })).toThrow(ValidationError);
    expect(() =>
      createEAttestationsClient({
        environment: 'test',
        username: 'u',
        password: 'p',
        accessToken: 't',
        fetch,
      }),
    ).toThrow(/only one of/);
    expect(() => createEAttestationsClient({ environment: 'test', username: 'u', fetch })).toThrow(
      /password/,
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it('needs an environment or a base URL, and https off loopback', () => {
    expect(() => createEAttestationsClient({ accessToken: 't' })).toThrow(/environment/);
    expect(() => createEAttestationsClient({ environment: 'staging' as never, accessToken: 't' })).toThrow(
      /unknown environment/,
    );
    expect(() =>
      createEAttestationsClient({ baseUrl: 'http://api.example.com/v1', accessToken: 't' }),
    ).toThrow(/https/);
    expect(() =>
      createEAttestationsClient({ baseUrl: 'http://127.0.0.1:4010', accessToken: 't' }),
    ).not.toThrow();
    expect(() =>
      createEAttestationsClient({ baseUrl: 'https://proxy.example.com', username: 'u', password: 'p' }),
    ).toThrow(/tokenUrl/);
  });

  it('picks the API and token hosts of the environment and runs the password grant', async () => {
    const { client, fetch } = scripted([tokenResponse(), envelope({ id: 12345, name: 'Ma Societe' })]);
    const account = unwrap(await client.GET('/account'), 'getAccount');
    expect(account.content?.id).toBe(12345);
    const [token, call] = fetch.calls;
    expect(token?.url).toBe(TOKEN_URL);
    expect(token?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    const form = new URLSearchParams(token?.body);
    expect([form.get('grant_type'), form.get('client_id'), form.get('username')]).toEqual([
      'password',
      'ea-api-edge',
      'api-user',
    ]);
    expect(call?.url).toBe(`${BASE}/account`);
    expect(call?.headers.authorization).toBe(`Bearer ${jwt()}`);
  });

  it('production uses the production hosts', async () => {
    const { client, fetch } = scripted([tokenResponse(), envelope({ id: 1 })], { environment: 'production' });
    await client.GET('/account');
    expect(fetch.calls.map((c) => new URL(c.url).host)).toEqual([
      'auth.e-attestations.com',
      'edge.e-attestations.com',
    ]);
  });
});

describe('account id', () => {
  it('comes from the token claim without calling GET /account', async () => {
    const { client, fetch } = scripted([tokenResponse()]);
    await expect(client.accountId()).resolves.toBe(12345);
    await expect(client.accountId()).resolves.toBe(12345);
    expect(fetch.calls).toHaveLength(1);
  });

  it('falls back to GET /account when the token has no claim', async () => {
    const { client, fetch } = scripted([tokenResponse(jwt({ sub: 'x' })), envelope({ id: 777 })]);
    await expect(client.accountId()).resolves.toBe(777);
    expect(fetch.calls[1]?.url).toBe(`${BASE}/account`);
  });

  it('is used as given', async () => {
    const { client, fetch } = scripted([], { accountId: 42 });
    await expect(client.accountId()).resolves.toBe(42);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('createDossier', () => {
  it('refuses a SIRET with a bad check digit before anything is sent', async () => {
    const { client, fetch } = scripted([]);
    await expect(client.createDossier({ ...newDossier, companyIdValue: '73282932000075' })).rejects.toThrow(
      ValidationError,
    );
    await expect(client.createDossier({ ...newDossier, companyIdValue: '7328293200007' })).rejects.toThrow(
      /companyIdValue/,
    );
    await expect(
      client.createDossier({ ...newDossier, companyIdType: 'CIT002', companyIdValue: 'FR00732829320' }),
    ).rejects.toThrow(ValidationError);
    await expect(client.createDossier({ ...newDossier, dossierReference: ' ' })).rejects.toThrow(
      /dossierReference/,
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it('creates, polls the process until complete, and returns the dossier', async () => {
    const processId = '4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64';
    const { client, fetch } = scripted([
      tokenResponse(),
      envelope({ processId, complete: false, success: false, errors: [] }),
      envelope({ processId, complete: false, success: false, errors: [] }),
      envelope({ processId, complete: true, success: true, errors: [] }),
      envelope([{ dossierId: 11111, dossierReference: 'DOS-2024-001' }], {
        page: 0,
        size: 1,
        totalElements: 1,
      }),
    ]);
    const created = await client.createDossier(newDossier, { intervalMs: 1 });
    expect(created.processId).toBe(processId);
    expect(created.dossier?.dossierId).toBe(11111);
    const paths = fetch.calls
      .slice(1)
      .map((c) => `${c.method} ${new URL(c.url).pathname}${new URL(c.url).search}`);
    expect(paths).toEqual([
      'POST /api/v1/account/12345/dossiers',
      `GET /api/v1/account/12345/dossiers/process/${processId}`,
      `GET /api/v1/account/12345/dossiers/process/${processId}`,
      'GET /api/v1/account/12345/dossiers?dossierReference=DOS-2024-001&pageSize=1',
    ]);
    expect(JSON.parse(fetch.calls[1]?.body ?? '{}')).toMatchObject(newDossier);
  });

  it('throws DossierProcessError with the E-codes when the process failed', async () => {
    const { client } = scripted([
      tokenResponse(),
      envelope({ processId: 'p1', complete: false }),
      envelope({
        processId: 'p1',
        complete: true,
        success: false,
        errors: [{ code: 'E102', message: 'establishment does not exist' }],
      }),
    ]);
    const error = await client.createDossier(newDossier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierProcessError);
    expect((error as DossierProcessError).codes).toEqual(['E102']);
    expect((error as DossierProcessError).message).toContain('E102');
  });

  it('is never sent twice: a 503 on createDossier is returned, not retried', async () => {
    const { client, fetch } = scripted([tokenResponse(), { status: 503, json: { messages: { error: [] } } }]);
    const error = await client.createDossier(newDossier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(fetch.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/dossiers'))).toHaveLength(1);
  });
});

describe('token refresh under load', () => {
  it('1,000 concurrent calls on an expired token make exactly one token request', async () => {
    const grants: string[] = [];
    const fetch = scriptedFetch([], {
      fallback: (call) => {
        if (call.url === TOKEN_URL) {
          grants.push(new URLSearchParams(call.body).get('grant_type') ?? '');
          const body = {
            access_token: jwt({ account_ids: '12345', n: grants.length }),
            expires_in: 1,
            refresh_expires_in: 1800,
            refresh_token: `r${grants.length}`,
            token_type: 'bearer',
          };
          return Response.json(body);
        }
        return Response.json({ content: { id: 12345 }, messages: {} });
      },
    });
    const client = createEAttestationsClient({
      environment: 'test',
      username: 'api-user',
      password: PASSWORD,
      fetch,
    });
    await client.GET('/account');
    expect(grants).toEqual(['password']);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the 1 s token is now expired
    const results = await Promise.all(Array.from({ length: 1_000 }, () => client.GET('/account')));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(grants).toEqual(['password', 'refresh_token']);
    const bearers = new Set(
      fetch.calls
        .slice(2)
        .filter((c) => c.url !== TOKEN_URL)
        .map((c) => c.headers.authorization),
    );
    expect(bearers.size).toBe(1);
  });
});

describe('reliability and errors', () => {
  it('retries a GET on 503 and returns the data', async () => {
    const { client, fetch } = scripted([tokenResponse(), { status: 503 }, envelope({ id: 1 })]);
    expect(unwrap(await client.GET('/account')).content?.id).toBe(1);
    expect(fetch.calls).toHaveLength(3);
  });

  it('per-call options reach the pipeline: retry: false sends once', async () => {
    const { client, fetch } = scripted([tokenResponse(), { status: 503 }]);
    const result = await client.GET('/account', { retry: false });
    expect(result.response.status).toBe(503);
    expect(fetch.calls).toHaveLength(2);
  });

  it('turns an error body into an ApiError with the business code', async () => {
    const body = { messages: { info: [], warning: [], error: [{ code: 'E200', message: 'no dossier' }] } };
    const { client } = scripted([
      tokenResponse(),
      { status: 404, json: body, headers: { 'x-request-id': 'req-9' } },
    ]);
    const result = await client.GET('/account/{accountId}/dossiers/{dossierId}', {
      params: { path: { accountId: 12345, dossierId: 9 } },
    });
    const error = (() => {
      try {
        unwrap(result, 'getDossier');
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(error).toMatchObject({
      status: 404,
      code: 'E200',
      requestId: 'req-9',
      retryable: false,
      operation: 'getDossier',
    });
  });

  it('reports refused credentials as an AuthError that never shows the password', async () => {
    const { client } = scripted([
      { status: 401, json: { error: 'invalid_grant', error_description: 'Invalid user credentials' } },
    ]);
    const error = await client.GET('/account').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(PASSWORD);
    }
  });

  it('downloads a file as a stream with the name from Content-Disposition', async () => {
    const { client } = scripted([
      tokenResponse(),
      {
        body: 'PDF-BYTES',
        headers: {
          'content-type': 'application/octet-stream',
          'content-disposition': 'attachment; filename="../kbis.pdf"',
          'content-length': '9',
        },
      },
    ]);
    const file = await client.downloadFile({ dossierId: 11111, documentId: 22222, fileId: 33333 });
    expect(file).toMatchObject({ filename: 'kbis.pdf', contentType: 'application/octet-stream', size: 9 });
    expect(await new Response(file.stream).text()).toBe('PDF-BYTES');
  });

  it('refuses a bad SIREN filter before iterating', () => {
    const { client, fetch } = scripted([]);
    expect(() => client.thirdparties({ siren: '123456789' })).toThrow(ValidationError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('iterates third parties across pages', async () => {
    const item = (id: number) => ({
      thirdpartyId: id,
      companyIdType: 'CIT001',
      companyIdValue: '73282932000017',
    });
    const { client, fetch } = scripted([
      tokenResponse(),
      envelope([item(1), item(2)], { page: 0, size: 2, totalElements: 3 }),
      envelope([item(3)], { page: 1, size: 2, totalElements: 3 }),
    ]);
    const ids: number[] = [];
    for await (const t of client.thirdparties({ monitored: true }, { pageSize: 2 })) {
      ids.push(t.thirdpartyId as number);
    }
    expect(ids).toEqual([1, 2, 3]);
    expect(new URL(fetch.calls[2]?.url ?? '').searchParams.get('page')).toBe('1');
  });
});
