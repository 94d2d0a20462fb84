/**
 * Contract tests: the client against Prism serving the spec this package ships. Every operation of
 * the spec is called with valid input through the contract fetch, which fails the test if Prism
 * reports that the request breaks the spec; each answer is checked against the spec's examples.
 */
import {
  createEAttestationsClient,
  type EAttestationsClient,
  type OperationId,
  operations,
  unwrap,
} from '@kybkit/e-attestations';
import { createContractFetch, startTokenServer, type TokenServer } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const accountId = 12345;
const dossierId = 11111;
const documentId = 22222;
const called = new Set<OperationId>();
let tokens: TokenServer;
let ea: EAttestationsClient;

beforeAll(async () => {
  tokens = await startTokenServer({ claims: { account_ids: String(accountId) }, clientId: 'ea-api-edge' });
  ea = createEAttestationsClient({
    baseUrl: mockUrl('e-attestations'),
    tokenUrl: tokens.tokenUrl,
    username: 'api-user',
    password: 'api-password',
    fetch: createContractFetch(),
  });
});
afterAll(() => tokens?.close());

function contract(operationId: OperationId, run: () => Promise<void>) {
  it(`${operationId} (${operations[operationId].method} ${operations[operationId].path})`, async () => {
    await run();
    called.add(operationId);
  });
}

const path = { accountId };
const dossierPath = { accountId, dossierId };
const documentPath = { accountId, dossierId, documentId };

describe('Account', () => {
  contract('getAccount', async () => {
    const { content } = unwrap(await ea.GET('/account'));
    expect(content?.id).toBe(accountId);
    expect(content?.subscriptions?.[0]?.key).toBe('APIEDGE');
  });
  contract('getAccountStatistics', async () => {
    const { content } = unwrap(await ea.GET('/account/{accountId}', { params: { path } }));
    expect(content?.numberOfThirdparties).toBeGreaterThanOrEqual(
      content?.numberOfSubscribedThirdparties ?? 0,
    );
    expect(content?.listIndicatorsStatistics?.[0]?.indicatorCode).toBe('I001');
  });
});

describe('Thirdparties', () => {
  contract('listThirdparties', async () => {
    const page = unwrap(
      await ea.GET('/account/{accountId}/thirdparties', {
        params: { path, query: { monitored: true, siren: '732829320', page: 0, pageSize: 20 } },
      }),
    );
    expect([page.page, page.size, page.totalElements]).toEqual([0, 20, 2]);
    expect(page.content).toHaveLength(2);
    expect(page.content?.[0]?.companyIdType).toBe('CIT001');
  });
  contract('searchThirdparties', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/thirdparties/q', {
        params: { path, query: { search: 'name:Fournisseur*' } },
      }),
    );
    expect(content?.thirdpartyId).toBe(67890);
  });
  contract('getThirdparty', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/thirdparties/{thirdpartyId}', {
        params: { path: { accountId, thirdpartyId: 67890 } },
      }),
    );
    expect(content?.siren).toBe('732829320');
    expect(content?.siret?.startsWith(content?.siren ?? '-')).toBe(true);
  });
});

describe('Dossiers', () => {
  contract('createDossier', async () => {
    const { content } = unwrap(
      await ea.POST('/account/{accountId}/dossiers', {
        params: { path },
        body: {
          companyIdType: 'CIT001',
          companyIdValue: '73282932000017',
          dossierReference: 'DOS-2024-001',
          requiredDocuments: ['KBIS'],
        },
      }),
    );
    expect(content?.processId).toMatch(/^[0-9a-f-]{36}$/);
    expect(content?.complete).toBe(false);
  });
  contract('searchDossiers', async () => {
    const page = unwrap(
      await ea.GET('/account/{accountId}/dossiers', {
        params: { path, query: { dossierReference: 'DOS-2024-001', op: 'starts', page: 0, pageSize: 20 } },
      }),
    );
    expect(page.totalElements).toBe(1);
    expect(page.content?.[0]?.dossierReference).toBe('DOS-2024-001');
  });
  contract('listAllDossiers', async () => {
    const { content } = unwrap(await ea.GET('/account/{accountId}/dossiers/all', { params: { path } }));
    expect(content?.map((d) => d.dossierId)).toContain(dossierId);
  });
  contract('getDossier', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}', { params: { path: dossierPath } }),
    );
    expect(content?.dossierId).toBe(dossierId);
    expect(content?.indicators?.[0]?.indicatorCode).toBe('I001');
  });
  contract('updateDossier', async () => {
    const body = unwrap(
      await ea.POST('/account/{accountId}/dossiers/{dossierId}', {
        params: { path: dossierPath },
        body: { description: 'Evaluation fournisseur IT - mise a jour', expirationDate: '2027-06-30' },
      }),
    );
    expect(body.messages?.error ?? []).toEqual([]);
  });
  contract('stopDossier', async () => {
    const body = unwrap(
      await ea.POST('/account/{accountId}/dossiers/{dossierId}/stop', { params: { path: dossierPath } }),
    );
    expect(body.messages?.info?.[0]?.message).toMatch(/stopped/);
  });
  contract('reactivateDossier', async () => {
    const body = unwrap(
      await ea.POST('/account/{accountId}/dossiers/{dossierId}/reactivate', {
        params: { path: dossierPath },
        body: { expirationDate: '2027-12-31' },
      }),
    );
    expect(body.messages?.info?.[0]?.message).toMatch(/reactivated/);
  });
});

describe('Documents', () => {
  contract('listDocuments', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents', { params: { path: dossierPath } }),
    );
    expect(content?.[0]?.documentCode).toBe('KBIS');
  });
  contract('getDocument', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents/{documentId}', {
        params: { path: documentPath },
      }),
    );
    expect(content?.documentId).toBe(documentId);
    expect(content?.evidences?.[0]?.id).toBe(33333);
  });
  contract('listFiles', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files', {
        params: { path: documentPath },
      }),
    );
    expect(content?.[0]).toMatchObject({ fileId: 33333, fileSize: 125000 });
  });
  contract('listEvidences', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/evidences', {
        params: { path: documentPath },
      }),
    );
    expect(content?.[0]?.formdata?.[0]?.type).toBe('date');
  });
  contract('downloadFile', async () => {
    const file = await ea.downloadFile({ dossierId, documentId, fileId: 33333 });
    expect(file.filename).toBe('kbis_fournisseur.pdf');
    expect(file.contentType).toMatch(/^application\/octet-stream/);
    expect(await new Response(file.stream).text()).toMatch(/^%PDF-/);
  });
});

describe('Requirements', () => {
  contract('listAccountRequirements', async () => {
    const { content } = unwrap(await ea.GET('/account/{accountId}/requirements', { params: { path } }));
    expect(content?.map((r) => r.code)).toContain('KBIS');
  });
  contract('listDossierRequirements', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/{dossierId}/requirements', {
        params: { path: dossierPath },
      }),
    );
    expect(content?.every((r) => r.dossierId === dossierId)).toBe(true);
  });
  contract('addDossierRequirements', async () => {
    const body = unwrap(
      await ea.POST('/account/{accountId}/dossiers/{dossierId}/requirements', {
        params: { path: dossierPath },
        body: ['KBIS', 'URSSAF'],
      }),
    );
    expect(body.messages?.info?.[0]?.message).toMatch(/added/);
  });
});

describe('Processes', () => {
  contract('getDossierProcess', async () => {
    const processId = '4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64';
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/process/{processId}', {
        params: { path: { accountId, processId } },
      }),
    );
    expect(content).toMatchObject({ processId, complete: true, success: true });
    const failed = await ea.GET('/account/{accountId}/dossiers/process/{processId}', {
      params: { path: { accountId, processId } },
      headers: { Prefer: 'example=failed' },
    });
    expect(failed.data?.content?.errors?.[0]?.code).toBe('E102');
  });
  contract('listDossierProcesses', async () => {
    const { content } = unwrap(
      await ea.GET('/account/{accountId}/dossiers/processes', {
        params: { path, query: { fromDate: '2024-01-01' } },
      }),
    );
    expect(content?.some((p) => p.success === false)).toBe(true);
  });
});

describe('the helpers against the mock', () => {
  it('read the account id from the token, iterate, create and wait', async () => {
    await expect(ea.accountId()).resolves.toBe(accountId);
    const names: string[] = [];
    for await (const t of ea.thirdparties({ monitored: true })) {
      names.push(t.name ?? '');
    }
    expect(names).toHaveLength(2);
    const created = await ea.createDossier(
      { companyIdType: 'CIT001', companyIdValue: '73282932000017', dossierReference: 'DOS-2024-001' },
      { intervalMs: 1 },
    );
    expect(created.dossier?.dossierReference).toBe('DOS-2024-001');
  });

  it('a request the spec rejects fails where it is sent', async () => {
    const sent = ea.GET('/account/{accountId}/thirdparties', { params: { path, query: { pageSize: 0 } } });
    await expect(sent).rejects.toThrow(/breaks the spec/);
  });

  it('the token endpoint saw one password grant for the whole suite', () => {
    expect(tokens.requests.filter((r) => r.grantType === 'password')).toHaveLength(1);
  });
});

describe('coverage', () => {
  it('every operation of the spec was exercised', () => {
    const missing = Object.keys(operations).filter((id) => !called.has(id as OperationId));
    expect(missing).toEqual([]);
    expect(called.size).toBe(Object.keys(operations).length);
  });
});
