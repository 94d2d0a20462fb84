/** Waiting, reprocessing, the inbox iterator, downloads and the e-mail activation, on a scripted transport. */
import {
  ApiError,
  type Document,
  DocumentProcessingError,
  formData,
  isDocumentFailed,
  isDocumentProcessed,
  reprocessedSince,
  ValidationError,
  WaitTimeoutError,
} from '@kybkit/contract-fit';
import { describe, expect, it } from 'vitest';
import { BASE, DOC, documentBody, INBOX, scripted } from './support.js';

const pathAndQuery = (url: string | undefined) => {
  const u = new URL(url ?? '');
  return `${u.pathname}${u.search}`;
};

describe('isDocumentProcessed (a guess from DocumentModelGet)', () => {
  const base = { id: DOC, inbox: INBOX, original_filename: 'a.pdf', page_count: 1 };
  it.each<[string, Document, boolean]>([
    ['just received', { ...base, timings: { receive_time: '2026-11-30T09:12:03Z' } }, false],
    ['with done_time', { ...base, timings: { done_time: '2026-11-30T09:12:11Z' } }, true],
    ['with status_data.success', { ...base, status_data: { success: true } }, true],
    ['success false, not done', { ...base, timings: {}, status_data: { success: false } }, false],
    ['no timings but a prediction', { ...base, prediction: { total: 1 } }, true],
    ['no timings, an empty prediction', { ...base, prediction: {} }, false],
  ])('%s → %s', (_, document, processed) => {
    expect(isDocumentProcessed(document)).toBe(processed);
  });

  it('failed = processed with success false', () => {
    expect(isDocumentFailed(documentBody(true, { status_data: { success: false } }))).toBe(true);
    expect(isDocumentFailed(documentBody(true))).toBe(false);
    expect(isDocumentFailed(documentBody(false))).toBe(false);
  });

  it('reprocessedSince: a later done_time, one more version, or last_version becoming the name', () => {
    const before = documentBody(true, { versions: [{ name: 'predicted' }], last_version: 'predicted' });
    const changed = reprocessedSince(before, 'reprocessed');
    expect(changed(before)).toBe(false);
    expect(changed({ ...before, timings: { done_time: '2026-11-30T10:00:00Z' } })).toBe(true);
    expect(changed({ ...before, versions: [{ name: 'predicted' }, { name: 'reprocessed' }] })).toBe(true);
    expect(changed({ ...before, last_version: 'reprocessed' })).toBe(true);
  });
});

describe('waitForDocument', () => {
  it('polls getDocument until processed and returns the document', async () => {
    const { client, fetch } = scripted([
      { json: documentBody(false) },
      { json: documentBody(false) },
      { json: documentBody(true) },
    ]);
    const document = await client.waitForDocument(DOC, { intervalMs: 1 });
    expect(document.prediction?.invoice_number).toBe('INV-2026-0042');
    expect(fetch.calls.map((c) => pathAndQuery(c.url))).toEqual(Array(3).fill(`/api/documents/${DOC}`));
  });

  it('throws DocumentProcessingError when processing finished without success', async () => {
    const { client } = scripted([{ json: documentBody(true, { status_data: { success: false } }) }]);
    const error = await client.waitForDocument(DOC, { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentProcessingError);
    expect((error as DocumentProcessingError).documentId).toBe(DOC);
    expect(JSON.stringify(error)).not.toContain('INV-2026');
  });

  it('gives up with WaitTimeoutError carrying the last document', async () => {
    const slow = scripted(Array(50).fill({ json: documentBody(false) }));
    const error = await slow.client
      .waitForDocument(DOC, { intervalMs: 5, timeoutMs: 30 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(((error as WaitTimeoutError).lastValue as Document).id).toBe(DOC);
  });

  it('takes a custom until, and a getDocument error is an ApiError', async () => {
    const { client } = scripted([
      { json: documentBody(false, { flag_for_review: true }) },
      { status: 404, json: {} },
    ]);
    const flagged = await client.waitForDocument(DOC, { until: (d) => d.flag_for_review === true });
    expect(flagged.flag_for_review).toBe(true);
    await expect(client.waitForDocument(DOC)).rejects.toBeInstanceOf(ApiError);
  });

  it('refuses a bad id before polling', async () => {
    const { client, fetch } = scripted([]);
    await expect(client.waitForDocument('../inboxes')).rejects.toThrow(ValidationError);
    await expect(client.waitForDocument(DOC, { intervalMs: -5 })).rejects.toThrow(/intervalMs/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('reprocess', () => {
  it('posts with name and reviewer, then waits for the new version', async () => {
    const before = documentBody(true, { versions: [{ name: 'predicted' }] });
    const after = documentBody(true, {
      timings: { done_time: '2026-11-30T11:00:00Z' },
      versions: [{ name: 'predicted' }, { name: 'second-pass' }],
    });
    const { client, fetch } = scripted([{ json: before }, { json: before }, { json: after }]);
    const document = await client.reprocess(DOC, { name: 'second-pass', reviewer: 'Human', intervalMs: 1 });
    expect(document.versions).toHaveLength(2);
    expect(fetch.calls[0]?.method).toBe('POST');
    expect(pathAndQuery(fetch.calls[0]?.url)).toBe(
      `/api/documents/${DOC}/reprocess?name=second-pass&reviewer=Human`,
    );
    expect(fetch.calls).toHaveLength(3);
  });

  it('wait: false answers the document as it stands; the POST is never retried', async () => {
    const { client, fetch } = scripted([{ json: documentBody(true) }, { status: 503 }]);
    expect((await client.reprocess(DOC, { wait: false })).id).toBe(DOC);
    expect(pathAndQuery(fetch.calls[0]?.url)).toBe(`/api/documents/${DOC}/reprocess?name=reprocessed`);
    await expect(client.reprocess(DOC)).rejects.toBeInstanceOf(ApiError);
    expect(fetch.calls).toHaveLength(2);
  });

  it('refuses a bad reviewer before sending', async () => {
    const { client, fetch } = scripted([]);
    await expect(client.reprocess(DOC, { reviewer: 'Robot' as 'Human' })).rejects.toThrow(/reviewer/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('inboxDocuments', () => {
  const page = (n: number, ids: string[], total = 3, perPage = 2) => ({
    json: { page: n, per_page: perPage, total, results: ids.map((id) => documentBody(true, { id })) },
  });
  const ids = ['6a1b2c3d4e5f6a7b8c9d0e01', '6a1b2c3d4e5f6a7b8c9d0e02', '6a1b2c3d4e5f6a7b8c9d0e03'];

  it('walks the 1-based pages lazily until total, with the filters', async () => {
    const { client, fetch } = scripted([page(1, ids.slice(0, 2)), page(2, ids.slice(2))]);
    const seen: string[] = [];
    for await (const document of client.inboxDocuments(INBOX, {
      perPage: 2,
      startReceiveDate: new Date('2026-11-01T00:00:00Z'),
      orderBy: 'receive_time',
    })) {
      seen.push(document.id);
    }
    expect(seen).toEqual(ids);
    const query = fetch.calls.map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(query[0]).toEqual({
      per_page: '2',
      start_receive_date: '2026-11-01T00:00:00.000Z',
      order_by: 'receive_time',
      page: '1',
    });
    expect(query[1]?.page).toBe('2');
  });

  it('accepts the published list-of-one-page shape too', async () => {
    const { client } = scripted([{ json: [page(1, ids.slice(0, 1), 1).json] }]);
    const seen: string[] = [];
    for await (const document of client.inboxDocuments(INBOX)) {
      seen.push(document.id);
    }
    expect(seen).toEqual(ids.slice(0, 1));
  });

  it('stops at maxItems without fetching the next page', async () => {
    const { client, fetch } = scripted([page(1, ids.slice(0, 2))]);
    const seen: string[] = [];
    for await (const document of client.inboxDocuments(INBOX, { perPage: 2, maxItems: 2 })) {
      seen.push(document.id);
    }
    expect(seen).toHaveLength(2);
    expect(fetch.calls).toHaveLength(1);
  });

  it('refuses bad options when called, before any request', () => {
    const { client, fetch } = scripted([]);
    expect(() => client.inboxDocuments('x')).toThrow(/inboxId/);
    expect(() => client.inboxDocuments(INBOX, { perPage: 0 })).toThrow(/perPage/);
    expect(() => client.inboxDocuments(INBOX, { endReceiveDate: '30/11/2026' })).toThrow(/endReceiveDate/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('downloads, as streams', () => {
  it('the original file, with its own type and a safe name', async () => {
    const { client, fetch } = scripted([
      {
        body: '%PDF-1.7 bytes',
        headers: {
          'content-type': 'application/pdf',
          'content-length': '14',
          'content-disposition': 'attachment; filename="../../invoice.pdf"',
        },
      },
    ]);
    const file = await client.downloadOriginalFile(DOC);
    expect(file).toMatchObject({ contentType: 'application/pdf', size: 14, filename: 'invoice.pdf' });
    expect(await new Response(file.stream).text()).toBe('%PDF-1.7 bytes');
    expect(pathAndQuery(fetch.calls[0]?.url)).toBe(`/api/documents/${DOC}/original_file`);
  });

  it('page images and thumbnails by range', async () => {
    const png = { body: 'PNG', headers: { 'content-type': 'image/png' } };
    const { client, fetch } = scripted([png, png]);
    const page = await client.downloadPageImage(DOC, 1);
    const thumb = await client.downloadPageImage(DOC, '1-2', { thumbnail: true });
    expect([page.contentType, thumb.contentType, page.filename]).toEqual([
      'image/png',
      'image/png',
      undefined,
    ]);
    expect(fetch.calls.map((c) => pathAndQuery(c.url))).toEqual([
      `/api/documents/${DOC}/page/1`,
      `/api/documents/${DOC}/page_thumbnail/1-2`,
    ]);
    await expect(client.downloadPageImage(DOC, '0')).rejects.toThrow(/pages/);
  });

  it('the style sheet (undefined on 204) and the logo', async () => {
    const { client } = scripted([
      { status: 204 },
      { body: '.a{}', headers: { 'content-type': 'text/css' } },
      { body: 'PNG', headers: { 'content-type': 'image/png' } },
      { status: 404, json: { message: 'no logo' } },
    ]);
    expect(await client.downloadStyleSheet()).toBeUndefined();
    expect(await new Response((await client.downloadStyleSheet())?.stream).text()).toBe('.a{}');
    expect((await client.downloadLogo()).contentType).toBe('image/png');
    await expect(client.downloadLogo()).rejects.toBeInstanceOf(ApiError);
  });
});

describe('activateEmailIntegration', () => {
  const integration = '5a6f7e8d9c0b1a2f3e4d5c6b';
  it('returns the Location of the 302 without following it', async () => {
    const { client, fetch } = scripted([
      { status: 302, headers: { location: 'https://portal.example.com/integrations?activated=1' } },
    ]);
    const activation = await client.activateEmailIntegration(integration, 's3cr3t');
    expect(activation).toEqual({
      status: 302,
      location: 'https://portal.example.com/integrations?activated=1',
    });
    expect(fetch.calls).toHaveLength(1);
    expect(pathAndQuery(fetch.calls[0]?.url)).toBe(`/api/integrations/${integration}/activate?secret=s3cr3t`);
    expect(fetch.calls[0]?.url.startsWith(BASE)).toBe(true);
  });

  it('an error status is an ApiError; a missing secret is refused before sending', async () => {
    const { client, fetch } = scripted([{ status: 404, json: {} }]);
    await expect(client.activateEmailIntegration(integration, 's')).rejects.toBeInstanceOf(ApiError);
    await expect(client.activateEmailIntegration(integration, '')).rejects.toThrow(/secret/);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('formData (bodySerializer for short multipart fields)', () => {
  it('turns fields into text parts and Blobs into file parts, leaving undefined out', async () => {
    const form = formData({ level: 'file', include: true, n: 2, skip: undefined, hints: new Blob(['{}']) });
    expect([...form.keys()]).toEqual(['level', 'include', 'n', 'hints']);
    expect(form.get('include')).toBe('true');
    expect(form.get('hints')).toBeInstanceOf(Blob);
    expect(() => formData([1])).toThrow(ValidationError);
  });
});
