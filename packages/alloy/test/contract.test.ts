/**
 * Contract tests: the client against Prism serving the spec this package ships. Every operation of
 * the spec is called with valid input through the contract fetch, which fails the test when Prism
 * reports that the request breaks the spec; each answer is checked against the spec's examples.
 * Prism accepts the octet-stream uploads (Blob and stream bodies) and serves the download example,
 * so no operation is unit-only; what Prism cannot check about the bytes is in documents.test.ts.
 */
import {
  type AlloyClient,
  createAlloyClient,
  EXTERNAL_ENTITY_ID_HEADER,
  entityParams,
  type OperationId,
  operations,
  unwrap,
} from '@kybkit/alloy';
import { type ContractFetch, createContractFetch } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { beforeAll, describe, expect, it } from 'vitest';

const person = 'P-3bq5UeZ8xKc2Lw9NtR4m';
const business = 'B-7Hd2Qp9LxWz4Ks1Vn6Ty';
const documentToken = 'D-9aRk2Vt5Lm8Qw3Zx7Jc1';
const external = { externalEntityId: 'cust-000042' };
const called = new Set<OperationId>();
const credentials = { token: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6', secret: 'contract-secret' };
let contractFetch: ContractFetch;
let alloy: AlloyClient;
let oauth: AlloyClient;

beforeAll(() => {
  contractFetch = createContractFetch();
  alloy = createAlloyClient({ baseUrl: mockUrl('alloy'), ...credentials, fetch: contractFetch });
  oauth = createAlloyClient({
    baseUrl: mockUrl('alloy'),
    ...credentials,
    auth: 'oauth',
    fetch: contractFetch,
  });
});

function contract(operationId: OperationId, run: () => Promise<void>) {
  it(`${operationId} (${operations[operationId].method} ${operations[operationId].path})`, async () => {
    await run();
    called.add(operationId);
  });
}

const pdf = () => new Blob(['%PDF-1.4\n%contract\n%%EOF\n'], { type: 'application/pdf' });

describe('Authentication', () => {
  contract('createBearerToken', async () => {
    const token = unwrap(
      await alloy.POST('/oauth/bearer', { body: { grant_type: 'client_credentials' } }),
      'createBearerToken',
    );
    expect(token.token_type).toBe('bearer');
    expect(token.expires_in).toBe(3600);
    expect(token.access_token.split('.')).toHaveLength(3);
  });

  it('the oauth client gets its token from the mock and calls with it', async () => {
    const list = unwrap(
      await oauth.GET('/entities/{entity_token}/documents', { params: entityParams(person) }),
    );
    expect(list).toHaveLength(2);
  });
});

describe('Persons', () => {
  contract('createPerson', async () => {
    const created = unwrap(
      await alloy.POST('/entities/persons', {
        params: { header: { [EXTERNAL_ENTITY_ID_HEADER]: 'cust-000042' } },
        body: {
          external_entity_id: 'cust-000042',
          name_first: 'Jane',
          name_last: 'Doe',
          birth_date: '1990-04-12',
          emails: [{ email_address: 'jane.doe@example.com' }],
          addresses: [{ address_line_1: '41 Elm Street', address_country_code: 'US', type: 'primary' }],
        },
      }),
      'createPerson',
    );
    expect(created.entity_token).toMatch(/^P-/);
    expect(created.type).toBe('person');
    expect(created.created_at).toBe(1733045400000);
  });
  contract('getPerson', async () => {
    const found = unwrap(
      await alloy.GET('/entities/persons/{entity_token}', { params: { path: { entity_token: person } } }),
    );
    expect(found.name_last).toBe('Doe');
    expect(found._links?.self?.href).toContain(person);
  });
  contract('updatePerson', async () => {
    const updated = unwrap(
      await alloy.PATCH('/entities/persons/{entity_token}', {
        params: entityParams(external),
        body: { emails: [{ email_address: 'jane.doe@example.org' }] },
      }),
    );
    expect(updated.entity_token).toBe(person);
  });
});

describe('Businesses', () => {
  contract('createBusiness', async () => {
    const created = unwrap(
      await alloy.POST('/entities/businesses', { body: { business_name: 'Doe Bakery LLC' } }),
    );
    expect(created.entity_token).toMatch(/^B-/);
    expect(created.type).toBe('business');
  });
  contract('getBusiness', async () => {
    const found = unwrap(
      await alloy.GET('/entities/businesses/{entity_token}', {
        params: { path: { entity_token: business } },
      }),
    );
    expect(found.business_name).toBe('Doe Bakery LLC');
  });
  contract('updateBusiness', async () => {
    const updated = unwrap(
      await alloy.PATCH('/entities/businesses/{entity_token}', {
        params: { path: { entity_token: business } },
        body: { business_name: 'Doe Bakery & Cafe LLC' },
      }),
    );
    expect(updated.entity_token).toBe(business);
  });
});

describe('Entities', () => {
  contract('getEntity', async () => {
    const entity = unwrap(await alloy.GET('/entities/{entity_token}', { params: entityParams(person) }));
    expect(entity.type).toBe('person');
    expect(entity.documents?.[0]?.document_token).toBe(documentToken);
    expect(entity.notes?.[0]?.created_at).toBeTypeOf('number');
  });
  contract('addEntityNote', async () => {
    const note = unwrap(
      await alloy.POST('/entities/{entity_token}/notes', {
        params: entityParams(external),
        body: { note: 'Customer asked for a callback', note_author_agent_email: 'reviewer@example.com' },
      }),
    );
    expect(note.note).toBe('Customer asked for a callback');
  });
});

describe('Documents', () => {
  contract('describeDocument', async () => {
    const described = unwrap(
      await alloy.POST('/entities/{entity_token}/documents', {
        params: entityParams(person),
        body: {
          name: 'driver_license',
          extension: 'pdf',
          type: 'license',
          note: 'n',
          note_author_agent_email: 'reviewer@example.com',
        },
      }),
    );
    expect(described).toMatchObject({ document_token: documentToken, uploaded: false });
  });
  contract('uploadDocument', async () => {
    // The helper's step 2, with a Blob and then with a stream: Prism checks method, path and media type.
    const fromBlob = await alloy.uploadDocumentContent(person, documentToken, pdf());
    expect(fromBlob.uploaded).toBe(true);
    const fromStream = await alloy.uploadDocumentContent(external, documentToken, { stream: pdf().stream() });
    expect(fromStream.document_token).toBe(documentToken);
  });
  contract('downloadDocument', async () => {
    const file = await alloy.downloadDocument(person, documentToken);
    expect(file.contentType).toBe('application/octet-stream');
    const text = await new Response(file.stream).text();
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(file.size).toBe(new TextEncoder().encode(text).byteLength);
  });
  contract('listDocuments', async () => {
    const documents = await alloy.listDocuments(person);
    expect(documents.map((d) => d.type)).toEqual(['license', 'utility']);
    expect(documents[1]?.approved).toBe(true);
  });
  contract('updateDocument', async () => {
    const updated = unwrap(
      await alloy.PATCH('/entities/{entity_token}/documents/{document_token}', {
        params: entityParams(person, { document_token: documentToken }),
        body: { approved: true, approval_agent_email: 'reviewer@example.com' },
      }),
    );
    expect(updated.approved).toBe(true);
    expect(updated.approval_timestamp).toBeTypeOf('number');
  });
  contract('addDocumentNote', async () => {
    const withNote = unwrap(
      await alloy.POST('/entities/{entity_token}/documents/{document_token}/notes', {
        params: entityParams(person, { document_token: documentToken }),
        body: { note: 'Checked against the application', note_author_agent_email: 'reviewer@example.com' },
      }),
    );
    expect(withNote.notes).toHaveLength(2);
  });
  contract('describeDocumentWithoutEntity', async () => {
    const described = unwrap(
      await alloy.POST('/documents', { body: { name: 'passport_scan', extension: 'jpg', type: 'passport' } }),
    );
    expect(described.uploaded).toBe(false);
  });
  contract('uploadDocumentWithoutEntity', async () => {
    const uploaded = await alloy.uploadDocumentContent(undefined, documentToken, {
      stream: pdf().stream(),
      size: pdf().size,
    });
    expect(uploaded.uploaded).toBe(true);
  });
});

describe('the helpers against the mock', () => {
  it('uploadDocument describes then uploads, for a token and for an external id, with Basic and OAuth', async () => {
    for (const client of [alloy, oauth]) {
      for (const entity of [person, external]) {
        const uploaded = await client.uploadDocument(entity, pdf(), {
          name: 'driver_license',
          extension: 'pdf',
          type: 'license',
        });
        expect(uploaded).toMatchObject({ document_token: documentToken, uploaded: true });
      }
    }
    const unattached = await alloy.uploadDocumentWithoutEntity(
      { stream: pdf().stream() },
      {
        name: 'passport_scan',
        extension: 'jpg',
        type: 'passport',
      },
    );
    expect(unattached.uploaded).toBe(true);
  });

  it('an error response carries the minor code and the error token', async () => {
    const result = await alloy.GET('/entities/{entity_token}', {
      params: entityParams(person),
      headers: { Prefer: 'code=404' },
    });
    expect(() => unwrap(result, 'getEntity')).toThrow(/getEntity failed: 404 Not Found \(4041\)/);
    const expired = await alloy.GET('/entities/{entity_token}', {
      params: entityParams(person),
      headers: { Prefer: 'code=401, example=expired' },
    });
    const error = (() => {
      try {
        unwrap(expired, 'getEntity');
      } catch (e) {
        return e as { code?: string; requestId?: string };
      }
    })();
    expect(error).toMatchObject({ code: '4012', requestId: '5a2d8f6c-1e4b-4a9d-8c37-0f6b9e2a4d51' });
  });

  it('a request the spec rejects fails where it is sent', async () => {
    const sent = alloy.POST('/entities/{entity_token}/documents', {
      params: entityParams(person),
      body: { name: 'x', extension: 'pdf', type: 'selfie' as never },
    });
    await expect(sent).rejects.toThrow(/breaks the spec/);
  });

  it('no request broke the spec but the one meant to', () => {
    expect(contractFetch.violations.map((v) => `${v.method} ${v.location.join('.')}`)).toEqual([
      'POST request.body.type',
    ]);
  });
});

describe('coverage', () => {
  it('every operation of the spec was exercised', () => {
    const missing = Object.keys(operations).filter((id) => !called.has(id as OperationId));
    expect(missing).toEqual([]);
    expect(called.size).toBe(Object.keys(operations).length);
  });
});
