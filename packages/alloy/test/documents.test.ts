/**
 * The document flows with a scripted fetch. Prism (contract.test.ts) checks that an upload is a PUT
 * with an `application/octet-stream` body and serves the download example, but it cannot check the
 * bytes: it neither stores nor compares a binary body, does not tell a streamed body from a
 * buffered one, and cannot fail the upload half-way. Those cases are here.
 */
import {
  ApiError,
  createAlloyClient,
  DocumentUploadError,
  EXTERNAL_ENTITY_ID_HEADER,
  NetworkError,
  ValidationError,
} from '@kybkit/alloy';
import { type RecordedCall, scriptedFetch } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import {
  API_SECRET,
  API_TOKEN,
  alloyError,
  BASE,
  DOC,
  document,
  lazyStream,
  PERSON,
  pathOf,
  scripted,
} from './support.js';

const details = { name: 'driver_license', extension: 'pdf', type: 'license' as const };
const pdf = () => new Blob(['%PDF-1.4\n%test\n%%EOF\n'], { type: 'application/pdf' });

describe('uploadDocument: describe, then stream the file', () => {
  it('describes with JSON, then PUTs the Blob itself as octet-stream with its Content-Length', async () => {
    const file = pdf();
    const { client, fetch } = scripted([{ json: document(false) }, { json: document(true) }]);
    const uploaded = await client.uploadDocument(PERSON, file, {
      ...details,
      note: 'Sent by the customer by email',
      noteAuthorAgentEmail: 'reviewer@example.com',
    });
    expect(uploaded).toMatchObject({ document_token: DOC, uploaded: true });
    const [describeCall, put] = fetch.calls;
    expect(`${describeCall?.method} ${pathOf(describeCall?.url)}`).toBe(
      `POST /v1/entities/${PERSON}/documents`,
    );
    expect(describeCall?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(describeCall?.body ?? '{}')).toEqual({
      name: 'driver_license',
      extension: 'pdf',
      type: 'license',
      note: 'Sent by the customer by email',
      note_author_agent_email: 'reviewer@example.com',
    });
    expect(`${put?.method} ${pathOf(put?.url)}`).toBe(`PUT /v1/entities/${PERSON}/documents/${DOC}`);
    expect(put?.headers['content-type']).toBe('application/octet-stream');
    expect(put?.headers['content-length']).toBe(String(file.size));
    expect(put?.rawBody).toBe(file); // handed over as is: not read, copied or re-wrapped
  });

  it('streams { stream, size } unread, with Content-Length, and half-duplex', async () => {
    const { stream, state } = lazyStream(4, 1024);
    const seen: Array<{ locked: boolean; pulledBefore: number; duplex: unknown }> = [];
    const fetch = scriptedFetch([
      { json: document(false) },
      (call: RecordedCall) => {
        const body = call.rawBody as ReadableStream<Uint8Array>;
        seen.push({ locked: body.locked, pulledBefore: state.pulled, duplex: undefined });
        return Response.json(document(true));
      },
    ]);
    const duplexes: unknown[] = [];
    const transport = (input: RequestInfo | URL, init?: RequestInit) => {
      duplexes.push((init as { duplex?: unknown } | undefined)?.duplex);
      return fetch(input, init);
    };
    const client = createAlloyClient({
      environment: 'sandbox',
      token: API_TOKEN,
      secret: API_SECRET,
      fetch: transport,
    });
    await client.uploadDocument(PERSON, { stream, size: 4096 }, details);
    const put = fetch.calls[1];
    expect(put?.rawBody).toBe(stream);
    expect(put?.headers['content-length']).toBe('4096');
    expect(duplexes[1]).toBe('half');
    // The client never read the stream: at most the stream's own first pull had run when fetch got it.
    expect(seen[0]?.locked).toBe(false);
    expect(seen[0]?.pulledBefore).toBeLessThanOrEqual(1);
  });

  it('a stream without a size goes without Content-Length (chunked)', async () => {
    const { stream } = lazyStream(2, 10);
    const { client, fetch } = scripted([{ json: document(false) }, { json: document(true) }]);
    await client.uploadDocument(PERSON, { stream }, details);
    expect(fetch.calls[1]?.headers['content-length']).toBeUndefined();
    expect(fetch.calls[1]?.rawBody).toBe(stream);
  });

  it('bytes in memory are sent as they are, with their length', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const { client, fetch } = scripted([{ json: document(false) }, { json: document(true) }]);
    await client.uploadDocument(PERSON, bytes, details);
    expect(fetch.calls[1]?.rawBody).toBe(bytes);
    expect(fetch.calls[1]?.headers['content-length']).toBe(String(bytes.byteLength));
  });

  it('a stream is never sent twice: a 503 on the PUT gives a DocumentUploadError with the token', async () => {
    const { stream } = lazyStream(2, 10);
    const { client, fetch } = scripted([{ json: document(false) }, alloyError(503, 5031)]);
    const error = await client.uploadDocument(PERSON, { stream, size: 20 }, details).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentUploadError);
    expect(error).toMatchObject({
      documentToken: DOC,
      entity: PERSON,
      status: 503,
      code: '5031',
      retryable: true,
      operation: 'uploadDocument',
    });
    expect((error as DocumentUploadError).cause).toBeInstanceOf(ApiError);
    expect((error as DocumentUploadError).document.uploaded).toBe(false);
    expect((error as Error).message).toContain(DOC);
    expect(fetch.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(fetch.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(JSON.stringify(error)).toContain('"documentToken":"D-9aRk2Vt5Lm8Qw3Zx7Jc1"');
  });

  it('after a DocumentUploadError, uploadDocumentContent sends the file again to the same token only', async () => {
    const { client, fetch } = scripted([
      { json: document(false) },
      new TypeError('fetch failed'),
      { json: document(true) },
    ]);
    const error = (await client
      .uploadDocument(PERSON, { stream: lazyStream(1, 5).stream }, details)
      .catch((e: unknown) => e)) as DocumentUploadError;
    expect(error).toBeInstanceOf(DocumentUploadError);
    expect(error.cause).toBeInstanceOf(NetworkError);
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(true);
    const again = await client.uploadDocumentContent(error.entity, error.documentToken, {
      stream: lazyStream(1, 5).stream,
    });
    expect(again.uploaded).toBe(true);
    expect(fetch.calls.map((c) => `${c.method} ${pathOf(c.url)}`)).toEqual([
      `POST /v1/entities/${PERSON}/documents`,
      `PUT /v1/entities/${PERSON}/documents/${DOC}`,
      `PUT /v1/entities/${PERSON}/documents/${DOC}`,
    ]);
  });

  it('a Blob can be sent again: a 503 on its PUT is retried like any PUT', async () => {
    const file = pdf();
    const { client, fetch } = scripted([
      { json: document(false) },
      alloyError(503, 5031),
      { json: document(true) },
    ]);
    const uploaded = await client.uploadDocument(PERSON, file, details);
    expect(uploaded.uploaded).toBe(true);
    expect(fetch.calls.map((c) => c.method)).toEqual(['POST', 'PUT', 'PUT']);
    expect(fetch.calls[2]?.rawBody).toBe(file);
  });

  it('a failed describe step is its ApiError, and no file is sent', async () => {
    const { client, fetch } = scripted([alloyError(400, 4002)]);
    const error = await client.uploadDocument(PERSON, pdf(), details).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: '4002', operation: 'describeDocument' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('with OAuth, a 401 on a streamed PUT drops the bearer token so the retry gets a fresh one', async () => {
    const { client, fetch } = scripted(
      [
        { json: { access_token: 'tok-1', token_type: 'bearer', expires_in: 3600 } },
        { json: document(false) },
        alloyError(401, 4012),
        { json: { access_token: 'tok-2', token_type: 'bearer', expires_in: 3600 } },
        { json: document(true) },
      ],
      { auth: 'oauth' },
    );
    const error = (await client
      .uploadDocument(PERSON, { stream: lazyStream(1, 5).stream }, details)
      .catch((e: unknown) => e)) as DocumentUploadError;
    expect(error).toMatchObject({ status: 401, code: '4012' });
    await client.uploadDocumentContent(PERSON, error.documentToken, { stream: lazyStream(1, 5).stream });
    expect(
      fetch.calls.map((c) => `${c.method} ${pathOf(c.url)} ${c.headers.authorization?.slice(0, 12)}`),
    ).toEqual([
      'POST /v1/oauth/bearer Basic YTFiMm',
      `POST /v1/entities/${PERSON}/documents Bearer tok-1`,
      `PUT /v1/entities/${PERSON}/documents/${DOC} Bearer tok-1`,
      'POST /v1/oauth/bearer Basic YTFiMm',
      `PUT /v1/entities/${PERSON}/documents/${DOC} Bearer tok-2`,
    ]);
  });

  it('without an entity: POST /documents, then PUT /documents/{token}', async () => {
    const { client, fetch } = scripted([{ json: document(false) }, { json: document(true) }]);
    const uploaded = await client.uploadDocumentWithoutEntity(pdf(), details);
    expect(uploaded.uploaded).toBe(true);
    expect(fetch.calls.map((c) => `${c.method} ${pathOf(c.url)}`)).toEqual([
      'POST /v1/documents',
      `PUT /v1/documents/${DOC}`,
    ]);
    expect(fetch.calls[1]?.headers['content-type']).toBe('application/octet-stream');
  });
});

describe('external entity ids', () => {
  const entity = { externalEntityId: 'cust-000042' };

  it('stand in for the entity token in the path, with the header on every call', async () => {
    const { client, fetch } = scripted([
      { json: document(false) },
      { json: document(true) },
      { json: [document(true)] },
      { body: 'PDF', headers: { 'content-type': 'application/octet-stream' } },
    ]);
    await client.uploadDocument(entity, pdf(), details);
    await client.listDocuments(entity);
    await client.downloadDocument(entity, DOC);
    expect(fetch.calls.map((c) => `${c.method} ${pathOf(c.url)}`)).toEqual([
      'POST /v1/entities/cust-000042/documents',
      `PUT /v1/entities/cust-000042/documents/${DOC}`,
      'GET /v1/entities/cust-000042/documents',
      `GET /v1/entities/cust-000042/documents/${DOC}`,
    ]);
    for (const call of fetch.calls) {
      expect(call.headers[EXTERNAL_ENTITY_ID_HEADER.toLowerCase()]).toBe('cust-000042');
    }
  });

  it('are encoded as one path segment', async () => {
    const { client, fetch } = scripted([{ json: [] }]);
    await client.listDocuments({ externalEntityId: 'acme customer #7' });
    expect(new URL(fetch.calls[0]?.url ?? '').pathname).toBe('/v1/entities/acme%20customer%20%237/documents');
  });

  it('entity tokens send no external-id header', async () => {
    const { client, fetch } = scripted([{ json: [] }]);
    await client.listDocuments(PERSON);
    expect(fetch.calls[0]?.headers).not.toHaveProperty('alloy-external-entity-id');
  });
});

describe('downloadDocument', () => {
  it('returns the body as a stream with its type, size and file name', async () => {
    const { client, fetch } = scripted([
      {
        body: '%PDF-1.4 bytes',
        headers: {
          'content-type': 'application/pdf',
          'content-length': '14',
          'content-disposition': 'attachment; filename="../driver_license.pdf"',
        },
      },
    ]);
    const file = await client.downloadDocument(PERSON, DOC);
    expect(file).toMatchObject({ contentType: 'application/pdf', size: 14, filename: 'driver_license.pdf' });
    expect(file.stream).toBeInstanceOf(ReadableStream);
    expect(await new Response(file.stream).text()).toBe('%PDF-1.4 bytes');
    expect(pathOf(fetch.calls[0]?.url)).toBe(`/v1/entities/${PERSON}/documents/${DOC}`);
  });

  it('an empty file is an empty stream; a missing name is undefined', async () => {
    const { client } = scripted([{ body: '', headers: { 'content-length': '0' } }]);
    const file = await client.downloadDocument(PERSON, DOC);
    expect(file.filename).toBeUndefined();
    expect(file.size).toBe(0);
    expect(await new Response(file.stream).text()).toBe('');
  });

  it('a 404 is an ApiError with the minor code and the error token', async () => {
    const { client } = scripted([alloyError(404, 4041, '9d4b7e13-6a2c-4f8e-a5d1-2c8e0b6f9a37')]);
    const error = await client.downloadDocument(PERSON, DOC).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 404,
      code: '4041',
      requestId: '9d4b7e13-6a2c-4f8e-a5d1-2c8e0b6f9a37',
      operation: 'downloadDocument',
    });
  });
});

describe('bad input is refused before anything is sent', () => {
  const cases: Array<[string, (c: ReturnType<typeof scripted>['client']) => Promise<unknown>, RegExp]> = [
    [
      'an unknown type',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, type: 'selfie' as never }),
      /type must be one of/,
    ],
    [
      'a dotted extension',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, extension: '.pdf' }),
      /must not start with a dot: give "pdf"/,
    ],
    [
      'a compound extension',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, extension: 'tar.gz' }),
      /letters and digits/,
    ],
    [
      'an empty extension',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, extension: '' }),
      /extension is missing/,
    ],
    [
      'a blank name',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, name: '  ' }),
      /name is missing or blank/,
    ],
    [
      'a bad author email',
      (c) => c.uploadDocument(PERSON, pdf(), { ...details, noteAuthorAgentEmail: 'reviewer' }),
      /email/,
    ],
    ['an empty file', (c) => c.uploadDocument(PERSON, new Blob([]), details), /the file is empty/],
    [
      'a locked stream',
      (c) => {
        const { stream } = lazyStream(1, 1);
        stream.getReader();
        return c.uploadDocument(PERSON, { stream }, details);
      },
      /locked/,
    ],
    [
      'a negative size',
      (c) => c.uploadDocument(PERSON, { stream: lazyStream(1, 1).stream, size: -1 }, details),
      /positive whole number/,
    ],
    ['not a file', (c) => c.uploadDocument(PERSON, 'a path' as never, details), /Blob, bytes, or \{ stream/],
    ['an empty entity token', (c) => c.uploadDocument('', pdf(), details), /entity token is missing/],
    ['a slash in the entity token', (c) => c.listDocuments('P-1/../B-2'), /without '\/'/],
    ['a dot-dot entity token', (c) => c.listDocuments('..'), /not '\.' or '\.\.'/],
    [
      'a line break in an external id',
      (c) => c.listDocuments({ externalEntityId: 'a\r\nX-Evil: 1' }),
      /visible ASCII/,
    ],
    ['a bad document token', (c) => c.downloadDocument(PERSON, 'X-123'), /D-…/],
    ['a bad token on re-upload', (c) => c.uploadDocumentContent(PERSON, 'D-', pdf()), /D-…/],
  ];
  for (const [what, run, message] of cases) {
    it(what, async () => {
      const { client, fetch } = scripted([]);
      const error = await run(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(message);
      expect(fetch.calls).toHaveLength(0);
    });
  }
});

it('the base URL of the sandbox is the one the helpers call', async () => {
  const { client, fetch } = scripted([{ json: [] }]);
  await client.listDocuments(PERSON);
  expect(fetch.calls[0]?.url).toBe(`${BASE}/entities/${PERSON}/documents`);
});
