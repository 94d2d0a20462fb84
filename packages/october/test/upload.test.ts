/** The three-step upload with a scripted transport: what goes where, and what happens on failure. */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { MAX_MEDIUM_BYTES, UploadError, ValidationError } from '@kybkit/october';
import type { RecordedCall } from '@kybkit/testing';
import { describe, expect, it } from 'vitest';
import {
  countingStream,
  MEDIUM_ID,
  medium,
  OCTOBER_HEADERS,
  presignedPost,
  presignedPut,
  REQUEST_ID,
  STORAGE_HOST,
  scripted,
} from './support.js';

const PDF = '%PDF-1.4 x';
const pdfBlob = () => new File([PDF], 'releve-2024-02.pdf', { type: 'application/pdf' });
const created = (upload: unknown) => ({ json: { medium: medium({ upload }) } });
const online = { json: { medium: medium({ status: 'online' }) } };

/** A storage answer that reads the streamed body first, as a server would. */
function storage(status: number, seen: { body?: string; call?: RecordedCall } = {}) {
  return async (call: RecordedCall) => {
    seen.call = call;
    seen.body = await new Response(call.rawBody as BodyInit).text();
    return new Response(status === 503 ? '<Error><Code>SlowDown</Code></Error>' : null, { status });
  };
}

const expectNoOctoberHeaders = (call: RecordedCall | undefined) => {
  for (const name of OCTOBER_HEADERS) {
    expect(call?.headers[name]).toBeUndefined();
  }
};

describe('uploadMedium with a presigned POST', () => {
  it('creates the medium, streams a multipart body with its length to storage, marks it online', async () => {
    const seen: { body?: string; call?: RecordedCall } = {};
    const { client, fetch } = scripted([created(presignedPost), storage(204, seen), online]);
    const result = await client.uploadMedium(REQUEST_ID, pdfBlob(), {
      name: 'bank_statement',
      period: 'month',
      date: '2024-02-29',
    });
    expect(result.status).toBe('online');
    const [create, send, mark] = fetch.calls;
    expect(`${create?.method} ${create?.url}`).toBe('POST https://api.october.eu/media');
    expect(JSON.parse(create?.body ?? '')).toEqual({
      name: 'bank_statement',
      type: 'document',
      meta: { name: 'releve-2024-02.pdf', size: PDF.length, type: 'application/pdf' },
      request: REQUEST_ID,
    });
    expect(`${send?.method} ${send?.url}`).toBe(`POST https://${STORAGE_HOST}/`);
    expect(send?.rawBody).toBeInstanceOf(ReadableStream);
    expectNoOctoberHeaders(send);
    const boundary = send?.headers['content-type']?.match(/^multipart\/form-data; boundary=(.+)$/)?.[1];
    expect(boundary).toBeDefined();
    expect(Number(send?.headers['content-length'])).toBe(new TextEncoder().encode(seen.body).length);
    const parts = seen.body?.split(`--${boundary}`) ?? [];
    expect(parts.map((p) => p.match(/name="([^"]+)"/)?.[1]).filter(Boolean)).toEqual([
      'key',
      'Policy',
      'X-Amz-Signature',
      'file',
    ]);
    expect(parts[4]).toContain(
      'filename="releve-2024-02.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n',
    );
    expect(parts[5]).toBe('--\r\n');
    expect(`${mark?.method} ${mark?.url}`).toBe(`POST https://api.october.eu/media/${MEDIUM_ID}`);
    expect(JSON.parse(mark?.body ?? '')).toEqual({
      status: 'online',
      meta: { period: 'month', date: '2024-02-29' },
    });
  });

  it('reads nothing of the file before the storage request starts (streamed, not buffered)', async () => {
    const file = countingStream(PDF);
    let pulledWhenSent = -1;
    const { client } = scripted([
      created(presignedPost),
      async (call) => {
        pulledWhenSent = file.state.pulled;
        return storage(204)(call);
      },
      online,
    ]);
    await client.uploadMedium(
      REQUEST_ID,
      { stream: file.stream, size: file.size, filename: 'releve.pdf', contentType: 'application/pdf' },
      { name: 'bank_statement' },
    );
    expect(pulledWhenSent).toBe(0);
    expect(file.state.pulled).toBe(file.size);
  });
});

describe('uploadMedium with a presigned PUT', () => {
  it('sends the Blob itself with the descriptor headers, never an October credential', async () => {
    const { client, fetch } = scripted([created(presignedPut), storage(200), online]);
    await client.uploadMedium(REQUEST_ID, pdfBlob(), { name: 'bank_statement' });
    const send = fetch.calls[1];
    expect(`${send?.method} ${send?.url}`).toBe(`PUT ${presignedPut.url}`);
    expect(send?.rawBody).toBeInstanceOf(Blob);
    expect(send?.headers['content-type']).toBe('application/pdf');
    expectNoOctoberHeaders(send);
  });

  it('streams a stream with its Content-Length', async () => {
    const file = countingStream(PDF);
    const { client, fetch } = scripted([created(presignedPut), storage(200), online]);
    await client.uploadMedium(
      REQUEST_ID,
      { stream: file.stream, size: file.size, filename: 'scan.png', contentType: 'image/png' },
      { name: 'other' },
    );
    expect(JSON.parse(fetch.calls[0]?.body ?? '').type).toBe('image');
    expect(fetch.calls[1]?.rawBody).toBeInstanceOf(ReadableStream);
    expect(fetch.calls[1]?.headers['content-length']).toBe(String(PDF.length));
  });
});

describe('failures after step 1', () => {
  it('a storage 503 on a streamed body is not retried: UploadError with the medium id, then resume', async () => {
    const file = countingStream(PDF);
    const { client, fetch } = scripted([created(presignedPost), storage(503)]);
    const error = await client
      .uploadMedium(
        REQUEST_ID,
        { stream: file.stream, size: file.size, filename: 'releve.pdf', contentType: 'application/pdf' },
        { name: 'bank_statement', period: 'quarter' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({
      mediumId: MEDIUM_ID,
      step: 'storage',
      status: 503,
      storageCode: 'SlowDown',
    });
    expect(fetch.calls.map((c) => `${c.method} ${new URL(c.url).host}`)).toEqual([
      'POST api.october.eu',
      `POST ${STORAGE_HOST}`,
    ]);
    const failed = error as UploadError;
    for (const text of [failed.message, JSON.stringify(failed), inspect(failed, { depth: 5 })]) {
      expect(text).not.toContain('abc123');
      expect(text).not.toContain('cG9saWN5');
    }
    expect(failed.upload?.url).toBe(presignedPost.url);

    const again = scripted([storage(204), online]);
    await expect(client.resumeUpload(failed)).rejects.toThrow(ValidationError);
    const resumed = await again.client.resumeUpload(failed, pdfBlob());
    expect(resumed.status).toBe('online');
    expect(again.fetch.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'POST /',
      `POST /media/${MEDIUM_ID}`,
    ]);
    expect(JSON.parse(again.fetch.calls[1]?.body ?? '')).toEqual({
      status: 'online',
      meta: { period: 'quarter' },
    });
  });

  it('a refused step 3 is an UploadError at the online step; resuming sends step 3 only', async () => {
    const { client } = scripted([
      created(presignedPost),
      storage(204),
      { status: 400, json: { code: 'invalid_request', message: 'no' } },
    ]);
    const error = (await client
      .uploadMedium(REQUEST_ID, pdfBlob(), { name: 'bank_statement' })
      .catch((e: unknown) => e)) as UploadError;
    expect(error).toMatchObject({ mediumId: MEDIUM_ID, step: 'online', status: 400 });
    expect(error.message).toMatch(/updateMedium failed: 400 .*\(invalid_request\)/);
    const again = scripted([online]);
    await expect(again.client.resumeUpload(error)).resolves.toMatchObject({ status: 'online' });
    expect(again.fetch.calls).toHaveLength(1);
  });

  it('step 3 is retried on 503, as the spec marks updateMedium safe to repeat', async () => {
    const { client, fetch } = scripted([created(presignedPost), storage(204), { status: 503 }, online]);
    await expect(client.uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other' })).resolves.toMatchObject({
      status: 'online',
    });
    expect(fetch.calls.filter((c) => c.url.endsWith(`/media/${MEDIUM_ID}`))).toHaveLength(2);
  });

  it('a stream longer than its declared size fails at the storage step', async () => {
    const file = countingStream(PDF);
    const { client } = scripted([created(presignedPost), storage(204)]);
    const error = await client
      .uploadMedium(
        REQUEST_ID,
        { stream: file.stream, size: file.size - 2, filename: 'a.pdf', contentType: 'application/pdf' },
        { name: 'other' },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'storage', mediumId: MEDIUM_ID });
    expect((error as Error).message).toMatch(/stream yielded more/);
  });

  it('an answer without an upload URL, or a plain-http one, sends nothing to storage', async () => {
    for (const upload of [undefined, { url: 'http://storage.example/x', fields: {} }]) {
      const { client, fetch } = scripted([created(upload)]);
      await expect(client.uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other' })).rejects.toMatchObject({
        step: 'storage',
        mediumId: MEDIUM_ID,
      });
      expect(fetch.calls).toHaveLength(1);
    }
  });
});

describe('checks before step 1', () => {
  const cases: Array<[string, () => Parameters<ReturnType<typeof scripted>['client']['uploadMedium']>]> = [
    [
      'file.size',
      () => [
        REQUEST_ID,
        {
          stream: new ReadableStream(),
          size: MAX_MEDIUM_BYTES + 1,
          filename: 'a.pdf',
          contentType: 'application/pdf',
        },
        { name: 'bank_statement' },
      ],
    ],
    [
      'file.size',
      () => [
        REQUEST_ID,
        new Blob([new Uint8Array(MAX_MEDIUM_BYTES + 1)], { type: 'application/pdf' }),
        { name: 'other', filename: 'big.pdf' },
      ],
    ],
    [
      'file.contentType',
      () => [REQUEST_ID, new File(['x'], 'a.exe', { type: 'application/x-msdownload' }), { name: 'other' }],
    ],
    ['file.contentType', () => [REQUEST_ID, new File(['x'], 'a.pdf'), { name: 'other' }]],
    ['file.filename', () => [REQUEST_ID, new Blob(['x'], { type: 'application/pdf' }), { name: 'other' }]],
    ['file', () => [REQUEST_ID, 'a.pdf' as never, { name: 'other' }]],
    ['options.name', () => [REQUEST_ID, pdfBlob(), { name: 'invoice' as never }]],
    ['options.period', () => [REQUEST_ID, pdfBlob(), { name: 'bank_statement', period: 'week' as never }]],
    ['options.date', () => [REQUEST_ID, pdfBlob(), { name: 'bank_statement', date: '29/02/2024' }]],
    ['requestId', () => [`${REQUEST_ID}0`, pdfBlob(), { name: 'bank_statement' }]],
    ['options.storageTimeoutMs', () => [REQUEST_ID, pdfBlob(), { name: 'other', storageTimeoutMs: -1 }]],
  ];
  for (const [field, args] of cases) {
    it(`refuses a bad ${field} with a ValidationError and no request`, async () => {
      const { client, fetch } = scripted([]);
      const error = await client.uploadMedium(...args()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(field);
      expect(fetch.calls).toHaveLength(0);
    });
  }

  it('takes the allowed types as an option', async () => {
    const { client, fetch } = scripted([]);
    await expect(
      client.uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other', allowedTypes: ['image/png'] }),
    ).rejects.toThrow(/not an allowed type \(image\/png\)/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('details', () => {
  it('declares the base name of the file and escapes it in the form', async () => {
    const seen: { body?: string; call?: RecordedCall } = {};
    const { client, fetch } = scripted([created(presignedPost), storage(204, seen), online]);
    await client.uploadMedium(REQUEST_ID, pdfBlob(), {
      name: 'other',
      filename: 'C:\\scans\\relevé "02".pdf',
    });
    expect(JSON.parse(fetch.calls[0]?.body ?? '').meta.name).toBe('relevé "02".pdf');
    expect(seen.body).toContain('name="file"; filename="relevé %2202%22.pdf"\r\n');
    expect(Number(seen.call?.headers['content-length'])).toBe(new TextEncoder().encode(seen.body).length);
  });

  it('a resume needs the UploadError and a file of the declared size', async () => {
    const { client } = scripted([created(presignedPost), storage(503)]);
    const error = (await client
      .uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other' })
      .catch((e: unknown) => e)) as UploadError;
    expect(error.file).toEqual({
      filename: 'releve-2024-02.pdf',
      size: PDF.length,
      contentType: 'application/pdf',
    });
    const again = scripted([]);
    await expect(again.client.resumeUpload(new Error('x') as never)).rejects.toMatchObject({
      field: 'error',
    });
    await expect(
      again.client.resumeUpload(error, new Blob(['longer than before'], { type: 'application/pdf' })),
    ).rejects.toThrow(/declared with 10/);
    expect(again.fetch.calls).toHaveLength(0);
  });

  it('an abort during the storage step is an UploadError, so the medium can still be resumed', async () => {
    const controller = new AbortController();
    const { client } = scripted([
      created(presignedPost),
      (call) =>
        new Promise<Response>((_, reject) => {
          call.signal?.addEventListener('abort', () => reject(call.signal?.reason));
          controller.abort();
        }),
    ]);
    const error = await client
      .uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other', signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ step: 'storage', mediumId: MEDIUM_ID });
    expect((error as Error).message).toMatch(/storage step: aborted/);
  });

  it('accepts every medium name, type and period of the spec, and no other', async () => {
    const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    const { client, fetch } = scripted([]);
    const fieldOf = (options: object) =>
      client
        .uploadMedium(REQUEST_ID, new File(['x'], 'a.txt', { type: 'text/plain' }), options as never)
        .catch((e: ValidationError) => e.field);
    for (const name of spec.components.schemas.MediumName.enum) {
      expect(await fieldOf({ name })).toBe('file.contentType');
    }
    for (const period of spec.components.schemas.Period.enum) {
      expect(await fieldOf({ name: 'other', period })).toBe('file.contentType');
    }
    for (const type of spec.components.schemas.MediumType.enum) {
      expect(await fieldOf({ name: 'other', type })).toBe('file.contentType');
    }
    const video = await client
      .uploadMedium(REQUEST_ID, pdfBlob(), { name: 'other', type: 'video' as never })
      .catch((e: ValidationError) => e.field);
    expect(video).toBe('options.type');
    expect(fetch.calls).toHaveLength(0);
  });
});
