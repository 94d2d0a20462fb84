import {
  createOctoberClient,
  type Medium,
  type NewReportEvent,
  type OctoberClient,
  parseWebhook,
  type Report,
  type Request,
  unwrap,
} from '@kybkit/october';
import { describe, expectTypeOf, it } from 'vitest';

declare const october: OctoberClient;
const requestId = '635107e452436f15d3b39d87';

describe('types generated from the spec', () => {
  it('callers never pass October-Version, but may choose one', () => {
    void october.GET('/requests/{requestId}', { params: { path: { requestId } } });
    void october.GET('/reports', { params: { query: { request: requestId } } });
    void october.POST('/requests', { body: { code: { type: 'siren', id: '732829320' } } });
    void october.GET('/requests/{requestId}', {
      params: { path: { requestId }, header: { 'October-Version': '2023-06-01' } },
    });
  });

  it('path and query parameters are typed and required', () => {
    // @ts-expect-error requestId is missing
    void october.GET('/requests/{requestId}');
    // @ts-expect-error the request query parameter is required
    void october.GET('/reports', { params: { query: { source: 'esg' } } });
    // @ts-expect-error no such path in the spec (the singular form is not modelled)
    void october.GET('/request/{requestId}', { params: { path: { requestId } } });
    // @ts-expect-error updateMedium is a POST, not a PUT
    void october.PUT('/media/{mediumId}', { params: { path: { mediumId: requestId } } });
  });

  it('bodies are typed', () => {
    void october.POST('/requests', {
      // @ts-expect-error siren is the only code type
      body: { code: { type: 'siret', id: '73282932000017' } },
    });
    void october.POST('/media/{mediumId}', {
      params: { path: { mediumId: requestId } },
      // @ts-expect-error status can only be set to online
      body: { status: 'draft' },
    });
    void october.uploadMedium(requestId, new Blob(), {
      // @ts-expect-error not a medium name
      name: 'invoice',
    });
    void october.uploadMedium(requestId, new Blob(), {
      name: 'bank_statement',
      // @ts-expect-error not a period
      period: 'week',
    });
  });

  it('unwrap and the helpers infer the data types', async () => {
    const got = unwrap(await october.GET('/requests/{requestId}', { params: { path: { requestId } } }));
    expectTypeOf(got.request).toEqualTypeOf<Request>();
    expectTypeOf(got.request.status).toEqualTypeOf<string>();
    expectTypeOf(october.createRequest).returns.resolves.toEqualTypeOf<Request>();
    expectTypeOf(october.uploadMedium).returns.resolves.toEqualTypeOf<Medium>();
    expectTypeOf(october.waitForReports).returns.resolves.toEqualTypeOf<Report[]>();
    expectTypeOf(parseWebhook).returns.resolves.toEqualTypeOf<NewReportEvent>();
    expectTypeOf<NewReportEvent['event']>().toEqualTypeOf<'new_report'>();
  });

  it('options are checked', () => {
    // @ts-expect-error sessionToken is required
    createOctoberClient({ userId: 'u' });
    createOctoberClient({
      userId: 'u',
      sessionToken: 't',
      // @ts-expect-error version is a string (YYYY-MM-DD)
      version: 20240125,
    });
  });
});
