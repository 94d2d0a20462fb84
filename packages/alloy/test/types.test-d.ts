import {
  type AlloyClient,
  createAlloyClient,
  type DOCUMENT_TYPES,
  type Document,
  type DocumentType,
  type DownloadedDocument,
  type Entity,
  entityParams,
  type Person,
  unwrap,
} from '@kybkit/alloy';
import { describe, expectTypeOf, it } from 'vitest';

declare const alloy: AlloyClient;
declare const file: Blob;

describe('types generated from the spec', () => {
  it('path parameters and bodies are typed', () => {
    // @ts-expect-error entity_token is missing
    void alloy.GET('/entities/{entity_token}', { params: { path: {} } });
    // @ts-expect-error no such path in the spec
    void alloy.GET('/entities');
    // @ts-expect-error listDocuments is a GET, not a DELETE
    void alloy.DELETE('/entities/{entity_token}/documents', { params: { path: { entity_token: 'P-1' } } });
    void alloy.POST('/entities/{entity_token}/documents', {
      params: { path: { entity_token: 'P-1' } },
      // @ts-expect-error type is one of the six document types
      body: { name: 'n', extension: 'pdf', type: 'selfie' },
    });
    void alloy.POST('/entities/{entity_token}/notes', {
      params: { path: { entity_token: 'P-1' } },
      // @ts-expect-error note_author_agent_email is required
      body: { note: 'n' },
    });
    void alloy.GET('/entities/{entity_token}', {
      params: { path: { entity_token: 'cust-1' }, header: { 'Alloy-External-Entity-ID': 'cust-1' } },
    });
  });

  it('unwrap and the helpers infer the data types', async () => {
    const entity = unwrap(await alloy.GET('/entities/{entity_token}', { params: entityParams('P-1') }));
    expectTypeOf(entity).toEqualTypeOf<Entity>();
    const person = unwrap(
      await alloy.GET('/entities/persons/{entity_token}', { params: entityParams('P-1') }),
    );
    expectTypeOf(person).toEqualTypeOf<Person>();
    expectTypeOf(person.created_at).toEqualTypeOf<number | undefined>();
    expectTypeOf(alloy.uploadDocument).returns.resolves.toEqualTypeOf<Document>();
    expectTypeOf(alloy.listDocuments).returns.resolves.toEqualTypeOf<Document[]>();
    expectTypeOf(alloy.downloadDocument).returns.resolves.toEqualTypeOf<DownloadedDocument>();
    expectTypeOf<(typeof DOCUMENT_TYPES)[number]>().toEqualTypeOf<DocumentType>();
  });

  it('helper arguments are checked', () => {
    void alloy.uploadDocument({ externalEntityId: 'cust-1' }, file, {
      name: 'n',
      extension: 'pdf',
      type: 'license',
    });
    void alloy.uploadDocument(
      'P-1',
      { stream: file.stream(), size: file.size },
      {
        name: 'n',
        extension: 'pdf',
        // @ts-expect-error not a document type
        type: 'selfie',
      },
    );
    // @ts-expect-error a file path is not a file
    void alloy.uploadDocument('P-1', './scan.pdf', { name: 'n', extension: 'pdf', type: 'license' });
    // @ts-expect-error an external id goes in { externalEntityId }
    void alloy.listDocuments({ external_entity_id: 'cust-1' });
  });

  it('options are checked', () => {
    // @ts-expect-error environment is sandbox or production
    createAlloyClient({ environment: 'staging', token: 't', secret: 's' });
    // @ts-expect-error auth is basic, oauth or a strategy
    createAlloyClient({ environment: 'sandbox', token: 't', secret: 's', auth: 'digest' });
  });
});
