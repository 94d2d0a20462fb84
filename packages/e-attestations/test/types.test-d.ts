import {
  createEAttestationsClient,
  type Dossier,
  type DossierCreated,
  type EAttestationsClient,
  type ThirdpartyRepresentation,
  unwrap,
} from '@kybkit/e-attestations';
import { describe, expectTypeOf, it } from 'vitest';

declare const ea: EAttestationsClient;

describe('types generated from the spec', () => {
  it('path parameters are typed and required', () => {
    // @ts-expect-error accountId is an integer, not a string
    void ea.GET('/account/{accountId}', { params: { path: { accountId: '12345' } } });
    // @ts-expect-error dossierId is missing
    void ea.GET('/account/{accountId}/dossiers/{dossierId}', { params: { path: { accountId: 1 } } });
    // @ts-expect-error no such path in the spec
    void ea.GET('/accounts');
    // @ts-expect-error createDossier is a POST, not a PUT
    void ea.PUT('/account/{accountId}/dossiers', { params: { path: { accountId: 1 } } });
  });

  it('query parameters and bodies are typed', () => {
    void ea.GET('/account/{accountId}/thirdparties', {
      params: {
        path: { accountId: 1 },
        // @ts-expect-error monitored is a boolean
        query: { monitored: 'yes' },
      },
    });
    void ea.GET('/account/{accountId}/dossiers', {
      params: {
        path: { accountId: 1 },
        // @ts-expect-error unknown query parameter
        query: { reference: 'x' },
      },
    });
    void ea.POST('/account/{accountId}/dossiers', {
      params: { path: { accountId: 1 } },
      // @ts-expect-error companyIdType is CIT001 | CIT002 | CIT003
      body: { companyIdType: 'SIRET', companyIdValue: '73282932000017', dossierReference: 'r' },
    });
    // @ts-expect-error dossierReference is required
    void ea.createDossier({ companyIdType: 'CIT001', companyIdValue: '73282932000017' });
  });

  it('unwrap and the helpers infer the data types', async () => {
    const account = unwrap(await ea.GET('/account'));
    expectTypeOf(account.content.id).toEqualTypeOf<number>();
    expectTypeOf(ea.thirdparties()).toEqualTypeOf<AsyncIterableIterator<ThirdpartyRepresentation>>();
    expectTypeOf(ea.dossiers()).toEqualTypeOf<AsyncIterableIterator<Dossier>>();
    expectTypeOf(ea.createDossier).returns.resolves.toEqualTypeOf<DossierCreated>();
    expectTypeOf(ea.accountId).returns.resolves.toEqualTypeOf<number>();
  });

  it('per-call pipeline options type-check where openapi-fetch takes fetch options', () => {
    void ea.GET('/account', { timeoutMs: 5_000, deadlineMs: 20_000, retry: false });
    void ea.GET('/account', { retry: { maxRetries: 5 } });
    // @ts-expect-error timeoutMs is a number
    void ea.GET('/account', { timeoutMs: '5s' });
  });

  it('options are checked', () => {
    // @ts-expect-error environment is test or production
    createEAttestationsClient({ environment: 'staging', accessToken: 't' });
    // @ts-expect-error accountId is a number
    createEAttestationsClient({ environment: 'test', accessToken: 't', accountId: '12345' });
  });
});
