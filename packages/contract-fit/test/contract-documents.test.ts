/**
 * Contract tests, Documents. The uploads go through the streamed helpers, so Prism parses the
 * real multipart bodies (file part included) the client sends; the binary answers are read as
 * streams. What Prism cannot check (streaming, Content-Length) is in upload.test.ts.
 */
import { isDocumentProcessed } from '@kybkit/contract-fit';
import { describe, expect, it } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, flow, coverage } = contractSuite('contract-documents.test.ts', {
  type: 'token',
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2ln',
});

const document = { params: { path: { document_id: ids.document } } };
const pdf = () =>
  new File(['%PDF-1.4\n%contract test\n%%EOF\n'], 'invoice-2026-0042.pdf', { type: 'application/pdf' });
const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('Documents: uploads and processing', () => {
  flow('uploadDocument', async () => {
    await expect(cf.uploadDocument(pdf(), { inbox: ids.inbox })).resolves.toBe(ids.document);
    const processed = await cf.uploadDocument(pdf(), { inbox: ids.inbox, sync: true, experimental: false });
    expect(processed.prediction?.invoice_number).toBe('INV-2026-0042');
  });
  flow('uploadDocumentSimple', async () => {
    const values = await cf.uploadDocumentSimple(pdf(), { inbox: ids.inbox });
    expect(values).toMatchObject({ VAT_number: 'BE0123456749', currency: 'EUR' });
  });
  contract(
    'getDocument',
    () => cf.GET('/documents/{id}', { params: { path: { id: ids.document } } }),
    (data) => {
      expect(data).toMatchObject({ id: ids.document, inbox: ids.inbox, page_count: 2 });
      expect(isDocumentProcessed(data)).toBe(true);
    },
  );
  it('waitForDocument returns the processed document from the mock at once', async () => {
    const processed = await cf.waitForDocument(ids.document, { intervalMs: 1 });
    expect(processed.timings?.done_time).toBe('2026-11-30T09:12:11Z');
  });
  contract(
    'reprocessDocument',
    () =>
      cf.POST('/documents/{document_id}/reprocess', {
        ...document,
        params: { ...document.params, query: { name: 'second-pass', reviewer: 'Human' } },
      }),
    (data) => expect(data.status_data?.success).toBe(true),
  );
  it('reprocess (wait: false) sends the default version name', async () => {
    expect((await cf.reprocess(ids.document, { wait: false })).id).toBe(ids.document);
  });
  contract(
    'updateDocumentStatusData',
    () => cf.POST('/documents/{document_id}/status_data', { ...document, body: { archived: true } }),
    (data) => expect(data.id).toBe(ids.document),
  );
  contract(
    'submitDocumentFeedback',
    () =>
      cf.POST('/documents/{document_id}/feedback', {
        ...document,
        body: {
          name: 'submitted',
          prediction: { invoice_number: 'INV-2026-0042', total_amount: 1210, currency: 'EUR' },
        },
      }),
    (data) => expect(data.message).toBe('Feedback saved'),
  );
  contract(
    'deleteDocument',
    () =>
      cf.DELETE('/documents/{id}', {
        params: { path: { id: ids.document }, query: { how: 'SOURCE_FILES' } },
      }),
    (data) => expect(data.message).toContain(ids.document),
  );
});

describe('Documents: reading', () => {
  contract(
    'getDocumentText',
    () => cf.GET('/documents/{document_id}/text', document),
    (data) => expect(data.pages).toHaveLength(2),
  );
  contract(
    'getDocumentLastVersion',
    () =>
      cf.GET('/documents/{document_id}/last_version', {
        params: { ...document.params, query: { name: 'predicted', is_evaluated: false } },
      }),
    (data) => expect(data).toMatchObject({ name: 'predicted', is_evaluated: false }),
  );
  contract(
    'getDocumentWorkflow',
    () =>
      cf.GET('/documents/{document_id}/workflow', { ...document, headers: { 'X-Fields': '{step,ready}' } }),
    (data) => expect(data.step).toBe('review'),
  );
  contract(
    'getDocumentCustomOutput',
    () => cf.GET('/documents/{document_id}/custom_output', document),
    (data) => expect(data.InvoiceNumber).toBe('INV-2026-0042'),
  );
  contract(
    'getDocumentReverse',
    () =>
      cf.GET('/documents/{document_id}/reverse/{page_range}', {
        params: { path: { ...document.params.path, page_range: '1' } },
      }),
    // JSON or a PNG (the spec declares both; the mock serves the JSON first).
    (data) => expect(typeof data === 'string' ? data : data.page_range).toBe('1'),
  );
  flow('downloadOriginalFile', async () => {
    const file = await cf.downloadOriginalFile(ids.document);
    expect(file).toMatchObject({
      filename: 'invoice-2026-0042.pdf',
      contentType: 'application/octet-stream',
    });
    expect(await text(file.stream)).toMatch(/^%PDF-1\.7/);
  });
  flow('getDocumentPageImage', async () => {
    const image = await cf.downloadPageImage(ids.document, 1);
    expect(image.contentType).toBe('image/png');
    expect(await text(image.stream)).toBe('(mock PNG page image)');
  });
  flow('getDocumentPageThumbnail', async () => {
    const image = await cf.downloadPageImage(ids.document, '1-2', { thumbnail: true });
    expect(image.size).toBe('(mock PNG page image)'.length);
  });
});

describe('Documents: several at once', () => {
  contract(
    'generateCustomOutput',
    () => cf.POST('/documents/custom_output', { body: { document_ids: [ids.document] } }),
    (data) => expect(data.Currency).toBe('EUR'),
  );
  contract(
    'enrichDocuments',
    () => cf.POST('/documents/enrich', { body: { document_id: ids.document } }),
    (data) => expect(data.supplier_id).toBe('SUP-00042'),
  );
  contract(
    'queryDocumentData',
    () =>
      cf.POST('/documents/file_query/{data_type}', {
        params: { path: { data_type: 'prediction' } },
        body: { document_ids: [ids.document, ids.document2] },
      }),
    (data) => expect(Object.keys(data)).toEqual([ids.document, ids.document2]),
  );
  contract(
    'queryDocuments',
    () =>
      cf.POST('/documents/query/{query_type}', {
        params: { path: { query_type: 'aggregate' } },
        body: {
          pipeline: [
            { $match: { inbox: ids.inbox } },
            { $group: { _id: '$prediction.currency', count: { $sum: 1 } } },
          ],
        },
      }),
    (data) => expect(data[0]).toEqual({ _id: 'EUR', count: 42 }),
  );
  contract(
    'processTableAnnotation',
    () =>
      cf.POST('/documents/{document_id}/process_table_annotation', {
        ...document,
        body: { page: 1, columns: ['description', 'quantity', 'unit_price'] },
      }),
    (data) => expect(Array.isArray(data.rows)).toBe(true),
  );
  contract(
    'copyDocumentsToInbox',
    () =>
      cf.PATCH('/documents/{inbox_id}/copy_inbox', {
        params: { path: { inbox_id: ids.inbox2 } },
        body: { document_ids: [ids.document] },
      }),
    (data) => expect(data.inbox).toBe(ids.inbox2),
  );
  contract(
    'moveDocumentsToInbox',
    () =>
      cf.PATCH('/documents/{inbox_id}/move_inbox', {
        params: { path: { inbox_id: ids.inbox2 } },
        body: { document_ids: [ids.document] },
      }),
    (data) => expect(data.document_ids).toEqual([ids.document]),
  );
});

describe('the mock checks what is sent', () => {
  it('a request the spec rejects fails where it is sent', async () => {
    const sent = cf.GET('/documents/{id}', { params: { path: { id: 'not-an-object-id' } } });
    await expect(sent).rejects.toThrow(/breaks the spec/);
  });
});

coverage();
