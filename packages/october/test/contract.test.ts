/**
 * Contract tests: the client against Prism serving the spec this package ships. Every operation of
 * the spec is called with valid input through the contract fetch, which fails the test if Prism
 * reports that the request breaks the spec (the October-Version header and both credentials
 * included); each answer is checked against the spec's examples.
 */
import {
  createOctoberClient,
  type OctoberClient,
  type OperationId,
  operations,
  unwrap,
} from '@kybkit/october';
import { createContractFetch } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_ID, MEDIUM_ID, REQUEST_ID, SESSION_TOKEN, USER_ID } from './support.js';

const called = new Set<OperationId>();
let october: OctoberClient;
let base: string;

beforeAll(() => {
  base = mockUrl('october');
  october = createOctoberClient({
    userId: USER_ID,
    sessionToken: SESSION_TOKEN,
    baseUrl: base,
    fetch: createContractFetch(),
  });
});

function contract(operationId: OperationId, run: () => Promise<void>) {
  it(`${operationId} (${operations[operationId].method} ${operations[operationId].path})`, async () => {
    await run();
    called.add(operationId);
  });
}

const newMedium = {
  name: 'bank_statement' as const,
  type: 'document' as const,
  meta: { name: 'releve-2024-02.pdf', size: 48213, type: 'application/pdf' },
  request: REQUEST_ID,
};

describe('Requests', () => {
  contract('createRequest', async () => {
    const created = await october.createRequest({
      code: { type: 'siren', id: '732829320' },
      businessName: 'Exemple Industrie - dossier de financement',
      creator: 'analyste@banque-exemple.fr',
    });
    expect(created).toMatchObject({ id: REQUEST_ID, status: 'pending_analysis', stage: '1.1' });
    expect(created.code).toEqual({ type: 'siren', id: '732829320' });
    const raw = unwrap(
      await october.POST('/requests', { body: { code: { type: 'siren', id: '514673987' } } }),
    );
    expect(raw.request.id).toMatch(/^[0-9a-f]{24}$/);
  });
  contract('getRequest', async () => {
    const { request } = unwrap(
      await october.GET('/requests/{requestId}', { params: { path: { requestId: REQUEST_ID } } }),
    );
    expect(request.id).toBe(REQUEST_ID);
    expect(request.user).toBe(USER_ID);
  });
});

describe('Media', () => {
  contract('createMedium', async () => {
    const { medium } = unwrap(await october.POST('/media', { body: newMedium }));
    expect(medium).toMatchObject({
      id: MEDIUM_ID,
      status: 'draft',
      name: 'bank_statement',
      type: 'document',
    });
    expect(medium.upload?.url).toMatch(/^https:\/\//);
    expect(Object.keys(medium.upload?.fields ?? {})).toContain('key');
    const put = unwrap(
      await october.POST('/media', { body: newMedium, headers: { Prefer: 'example=presignedPut' } }),
    );
    expect(put.medium.upload).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'application/pdf' },
    });
    expect(put.medium.upload?.fields).toBeUndefined();
  });
  contract('updateMedium', async () => {
    const { medium } = unwrap(
      await october.POST('/media/{mediumId}', {
        params: { path: { mediumId: MEDIUM_ID } },
        body: { status: 'online', meta: { period: 'month', date: '2024-02-29' } },
      }),
    );
    expect(medium.status).toBe('online');
    expect(medium.meta).toMatchObject({ period: 'month', date: '2024-02-29' });
    await expect(october.markMediumOnline(MEDIUM_ID)).resolves.toMatchObject({ status: 'online' });
  });
});

describe('Reports', () => {
  contract('listReports', async () => {
    const all = unwrap(await october.GET('/reports', { params: { query: { request: REQUEST_ID } } }));
    expect(all.reports.map((r) => r.source)).toEqual(['esg', 'bank']);
    expect(all.reports.every((r) => r.request === REQUEST_ID)).toBe(true);
    const esg = unwrap(
      await october.GET('/reports', { params: { query: { request: REQUEST_ID, source: 'esg' } } }),
    );
    expect(esg.reports[0]?.data).toBeTypeOf('object');
    const ready = await october.waitForReports(REQUEST_ID, { sources: ['esg', 'bank'], intervalMs: 1 });
    expect(ready).toHaveLength(2);
  });
});

describe('Businesses', () => {
  contract('getBusiness', async () => {
    const { business } = unwrap(
      await october.GET('/businesses/{businessId}', { params: { path: { businessId: BUSINESS_ID } } }),
    );
    expect(business.id).toBe(BUSINESS_ID);
    expect(business.settings?.webhooks?.[0]?.events).toEqual(['new_report']);
    expect(business.settings?.webhooks?.[0]?.key).toBeTypeOf('string');
  });
  contract('updateBusiness', async () => {
    const { business } = unwrap(
      await october.POST('/businesses/{businessId}', {
        params: { path: { businessId: BUSINESS_ID } },
        body: {
          settings: {
            webhooks: [{ url: 'https://hooks.banque-exemple.fr/october', events: ['new_report'] }],
          },
        },
      }),
    );
    expect(business.settings?.webhooks?.[0]?.url).toBe('https://hooks.banque-exemple.fr/october');
  });
});

describe('the spec against the mock', () => {
  it('a request the spec rejects fails where it is sent', async () => {
    const sent = october.POST('/media', { body: { ...newMedium, meta: { ...newMedium.meta, size: 0 } } });
    await expect(sent).rejects.toThrow(/breaks the spec/);
  });

  it('requires userId and sessionToken together, and October-Version', async () => {
    const url = `${base}/requests/${REQUEST_ID}`;
    const version = { 'October-Version': '2024-01-25' };
    const statuses = await Promise.all(
      [
        { userId: USER_ID, ...version },
        { sessionToken: SESSION_TOKEN, ...version },
      ].map(async (headers) => (await fetch(url, { headers })).status),
    );
    expect(statuses).toEqual([401, 401]);
    const unversioned = await fetch(url, { headers: { userId: USER_ID, sessionToken: SESSION_TOKEN } });
    expect(unversioned.headers.get('sl-violations')).toMatch(/october-version/);
  });
});

describe('coverage', () => {
  it('every operation of the spec was exercised', () => {
    const missing = Object.keys(operations).filter((id) => !called.has(id as OperationId));
    expect(missing).toEqual([]);
    expect(called.size).toBe(Object.keys(operations).length);
  });
});
