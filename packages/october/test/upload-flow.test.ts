/**
 * The upload end to end: Prism serves steps 1 and 3 from the spec, and the storage URL of the
 * spec's example is routed to a loopback server that records what it received. It proves that
 * the bytes arrive whole, and that userId, sessionToken and October-Version never reach storage.
 */
import { openAsBlob, writeFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createOctoberClient,
  MAX_MEDIUM_BYTES,
  type OctoberClient,
  UploadError,
  ValidationError,
} from '@kybkit/october';
import { createContractFetch, type StorageServer, startStorageServer } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIUM_ID, OCTOBER_HEADERS, REQUEST_ID, SESSION_TOKEN, STORAGE_HOST, USER_ID } from './support.js';

let storage: StorageServer;
let october: OctoberClient;
let dir: string;
let pdfPath: string;
const apiCalls: string[] = [];
let prefer: string | undefined;
const pdf = `%PDF-1.4\n% releve bancaire de test\n${'0123456789'.repeat(2_000)}\n%%EOF\n`;

beforeAll(async () => {
  storage = await startStorageServer();
  dir = await mkdtemp(join(tmpdir(), 'kybkit-october-'));
  pdfPath = join(dir, 'releve-2024-02.pdf');
  writeFileSync(pdfPath, pdf);
  const toMock = createContractFetch();
  const transport = (async (input: string, init: RequestInit) => {
    const url = new URL(input);
    if (url.host === STORAGE_HOST) {
      return fetch(`${storage.url}${url.pathname}${url.search}`, init);
    }
    apiCalls.push(`${init.method} ${url.pathname}`);
    const headers = new Headers(init.headers);
    if (prefer && url.pathname === '/media') {
      headers.set('Prefer', prefer);
    }
    return toMock(input, { ...init, headers });
  }) as typeof fetch;
  october = createOctoberClient({
    userId: USER_ID,
    sessionToken: SESSION_TOKEN,
    baseUrl: mockUrl('october'),
    fetch: transport,
  });
});
afterAll(async () => {
  await storage?.close();
  await rm(dir, { recursive: true, force: true });
});

const file = () => openAsBlob(pdfPath, { type: 'application/pdf' });
const noOctoberHeaders = (headers: Record<string, unknown>) => OCTOBER_HEADERS.filter((h) => h in headers);

describe('uploadMedium end to end', () => {
  it('presigned POST: a multipart stream with the fields first and the whole file last', async () => {
    prefer = undefined;
    apiCalls.length = 0;
    const before = storage.requests.length;
    const medium = await october.uploadMedium(REQUEST_ID, await file(), {
      name: 'bank_statement',
      filename: 'releve-2024-02.pdf',
      period: 'month',
      date: '2024-02-29',
    });
    expect(medium).toMatchObject({ id: MEDIUM_ID, status: 'online' });
    expect(apiCalls).toEqual(['POST /media', `POST /media/${MEDIUM_ID}`]);
    const [sent] = storage.requests.slice(before);
    expect(storage.requests).toHaveLength(before + 1);
    expect(sent?.method).toBe('POST');
    expect(noOctoberHeaders(sent?.headers ?? {})).toEqual([]);
    expect(Number(sent?.headers['content-length'])).toBe(sent?.bytes);
    expect(sent?.headers['transfer-encoding']).toBeUndefined();
    const fields = [...(sent?.body ?? '').matchAll(/; name="([^"]+)"/g)].map((m) => m[1]);
    expect(fields).toEqual([
      'key',
      'Content-Type',
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'Policy',
      'X-Amz-Signature',
      'file',
    ]);
    expect(sent?.body).toContain(
      `filename="releve-2024-02.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--`,
    );
  });

  it('presigned PUT: the file bytes as the body, with the signed Content-Type', async () => {
    prefer = 'example=presignedPut';
    const before = storage.requests.length;
    await october.uploadMedium(REQUEST_ID, await file(), { name: 'bank_statement', filename: 'releve.pdf' });
    const [sent] = storage.requests.slice(before);
    expect(sent?.method).toBe('PUT');
    expect(sent?.path).toMatch(/^\/requests\/635107e452436f15d3b39d87\/document-3f3d9a1c7b\.pdf\?X-Amz-/);
    expect(sent?.headers['content-type']).toBe('application/pdf');
    expect(sent?.bytes).toBe(pdf.length);
    expect(sent?.body).toBe(pdf);
    expect(noOctoberHeaders(sent?.headers ?? {})).toEqual([]);
  });

  it('a 20 MB + 1 byte file or a wrong type is refused with no request at all', async () => {
    prefer = undefined;
    apiCalls.length = 0;
    const before = storage.requests.length;
    const big = join(dir, 'big.pdf');
    await writeFile(big, '');
    await truncate(big, MAX_MEDIUM_BYTES + 1);
    const tooBig = await october
      .uploadMedium(REQUEST_ID, await openAsBlob(big, { type: 'application/pdf' }), {
        name: 'bank_statement',
        filename: 'big.pdf',
      })
      .catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(ValidationError);
    expect((tooBig as Error).message).toMatch(/20971521 bytes/);
    const wrongType = await october
      .uploadMedium(REQUEST_ID, await openAsBlob(pdfPath, { type: 'text/html' }), {
        name: 'bank_statement',
        filename: 'releve.html',
      })
      .catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(ValidationError);
    expect(apiCalls).toEqual([]);
    expect(storage.requests).toHaveLength(before);
  });

  it('a storage failure is reported once with the medium id, and the upload resumes', async () => {
    prefer = undefined;
    apiCalls.length = 0;
    const before = storage.requests.length;
    storage.status = 503;
    const error = await october
      .uploadMedium(REQUEST_ID, await file(), { name: 'bank_statement', filename: 'releve.pdf' })
      .catch((e: unknown) => e);
    storage.status = undefined;
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({
      mediumId: MEDIUM_ID,
      step: 'storage',
      status: 503,
      storageCode: 'SlowDown',
    });
    expect(storage.requests).toHaveLength(before + 1);
    expect(apiCalls).toEqual(['POST /media']);
    const medium = await october.resumeUpload(error as UploadError, await file());
    expect(medium.status).toBe('online');
    expect(storage.requests).toHaveLength(before + 2);
    expect(storage.requests.at(-1)?.bytes).toBe(storage.requests.at(-2)?.bytes);
    expect(apiCalls).toEqual(['POST /media', `POST /media/${MEDIUM_ID}`]);
  });
});
