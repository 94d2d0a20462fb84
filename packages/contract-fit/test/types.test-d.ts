import {
  type ContractFitClient,
  createContractFitClient,
  type Document,
  type DownloadedFile,
  type KeyValuePrediction,
  unwrap,
} from '@kybkit/contract-fit';
import { describe, expectTypeOf, it } from 'vitest';

declare const cf: ContractFitClient;
declare const file: Blob;
const inbox = '5f1a2b3c4d5e6f7a8b9c0d1e';

describe('types generated from the spec', () => {
  it('paths, methods and path parameters are typed', () => {
    // @ts-expect-error inbox_id is required
    void cf.GET('/inboxes/{inbox_id}', { params: { path: {} } });
    // @ts-expect-error no such path in the spec
    void cf.GET('/inbox');
    // @ts-expect-error getDocument is a GET, not a PUT
    void cf.PUT('/documents/{id}', { params: { path: { id: inbox } } });
  });

  it('query parameters and bodies are typed', () => {
    void cf.DELETE('/documents/{id}', {
      params: {
        path: { id: inbox },
        // @ts-expect-error how is FULL or SOURCE_FILES
        query: { how: 'predicted' },
      },
    });
    void cf.POST('/inboxes', {
      // @ts-expect-error project is required
      body: { name: 'Supplier invoices' },
    });
    void cf.PATCH('/roles/{role_id}', {
      params: { path: { role_id: inbox } },
      // @ts-expect-error permissions are booleans
      body: { permissions: { upload: 'yes' } },
    });
    // A role update may name any permission, and needs none of the others (no forced defaults).
    void cf.PATCH('/roles/{role_id}', {
      params: { path: { role_id: inbox } },
      body: { permissions: { upload: false } },
    });
  });

  it('unwrap infers the data types', async () => {
    const document = unwrap(await cf.GET('/documents/{id}', { params: { path: { id: inbox } } }));
    expectTypeOf(document).toEqualTypeOf<Document>();
    expectTypeOf(document.page_count).toEqualTypeOf<number>();
    const deleted = unwrap(await cf.DELETE('/inboxes/{inbox_id}', { params: { path: { inbox_id: inbox } } }));
    expectTypeOf(deleted).toEqualTypeOf<undefined>();
  });

  it('uploadDocument resolves by sync and keyValueFlag', () => {
    expectTypeOf(cf.uploadDocument(file, { inbox })).resolves.toEqualTypeOf<string>();
    expectTypeOf(cf.uploadDocument(file, { inbox, sync: false })).resolves.toEqualTypeOf<string>();
    expectTypeOf(cf.uploadDocument(file, { inbox, sync: true })).resolves.toEqualTypeOf<Document>();
    expectTypeOf(
      cf.uploadDocument(file, { inbox, sync: true, keyValueFlag: true }),
    ).resolves.toEqualTypeOf<KeyValuePrediction>();
    const sync: boolean = Math.random() > 0.5;
    expectTypeOf(cf.uploadDocument(file, { inbox, sync })).resolves.toEqualTypeOf<
      string | Document | KeyValuePrediction
    >();
    // @ts-expect-error inbox is required
    void cf.uploadDocument(file, { sync: false });
    // @ts-expect-error a file is a Blob or { stream, filename, contentType }
    void cf.uploadDocument('invoice.pdf', { inbox });
  });

  it('the helpers are typed', () => {
    expectTypeOf(cf.waitForDocument).returns.resolves.toEqualTypeOf<Document>();
    expectTypeOf(cf.inboxDocuments(inbox)).toEqualTypeOf<AsyncIterableIterator<Document>>();
    expectTypeOf(cf.downloadOriginalFile).returns.resolves.toEqualTypeOf<DownloadedFile>();
    expectTypeOf(cf.downloadStyleSheet).returns.resolves.toEqualTypeOf<DownloadedFile | undefined>();
    // @ts-expect-error reviewer is Machine or Human
    void cf.reprocess(inbox, { reviewer: 'Robot' });
  });

  it('per-call pipeline options type-check where openapi-fetch takes fetch options', () => {
    void cf.GET('/inboxes', { timeoutMs: 5_000, retry: false });
    // @ts-expect-error timeoutMs is a number
    void cf.GET('/inboxes', { timeoutMs: '5s' });
  });

  it('auth is one of the four shapes', () => {
    createContractFitClient({
      baseUrl: 'https://x.example/api',
      auth: { type: 'apiKey', key: 'k', in: 'query' },
    });
    createContractFitClient({ baseUrl: 'https://x.example/api', auth: { type: 'token', token: () => 't' } });
    createContractFitClient({
      baseUrl: 'https://x.example/api',
      // @ts-expect-error a token, or username and password, not both
      auth: { type: 'token', token: 't', username: 'u', password: 'p' },
    });
    createContractFitClient({
      baseUrl: 'https://x.example/api',
      // @ts-expect-error apiKey goes in the header or the query
      auth: { type: 'apiKey', key: 'k', in: 'cookie' },
    });
    // @ts-expect-error baseUrl is required
    createContractFitClient({ auth: { type: 'basic', username: 'u', password: 'p' } });
  });
});
