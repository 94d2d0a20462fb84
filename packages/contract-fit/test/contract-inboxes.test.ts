/** Contract tests, Inboxes, Projects and Formats, against Prism. */

import { formData } from '@kybkit/contract-fit';
import { collect } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, coverage } = contractSuite('contract-inboxes.test.ts', {
  type: 'token',
  username: 'ap.manager@example.com',
  password: 'correct-horse-battery-staple',
});

const inbox = { params: { path: { inbox_id: ids.inbox } } };
const project = { params: { path: { project_id: ids.project } } };
const format = { params: { path: { format_id: ids.format } } };

describe('Inboxes', () => {
  contract(
    'listInboxes',
    () => cf.GET('/inboxes'),
    (data) => expect(data.map((i) => i.id)).toEqual([ids.inbox, ids.inbox2]),
  );
  contract(
    'createInbox',
    () => cf.POST('/inboxes', { body: { name: 'Supplier invoices', project: ids.project } }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data).toEqual({ id: ids.inbox, name: 'Supplier invoices', project: ids.project });
    },
  );
  contract(
    'getInbox',
    () => cf.GET('/inboxes/{inbox_id}', { ...inbox, headers: { 'X-Fields': '{id,name}' } }),
    (data) => expect(data.name).toBe('Supplier invoices'),
  );
  contract(
    'updateInbox',
    () => cf.PATCH('/inboxes/{inbox_id}', { ...inbox, body: { name: 'Supplier invoices 2027' } }),
    (data) => expect(data.name).toBe('Supplier invoices 2027'),
  );
  contract(
    'deleteInbox',
    () => cf.DELETE('/inboxes/{inbox_id}', inbox),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'compareInboxVersions',
    () =>
      cf.POST('/inboxes/{inbox_id}/compare_versions', {
        ...inbox,
        body: { versions: ['predicted', 'submitted'] },
      }),
    (data) => expect(data.documents).toBe(42),
  );
  contract(
    'listInboxDocumentVersions',
    () => cf.GET('/inboxes/{inbox_id}/document_versions', inbox),
    (data) => expect(data).toContain('submitted'),
  );
  contract(
    'listInboxDocuments',
    () => cf.GET('/inboxes/{inbox_id}/documents', inbox),
    (data) => expect(data.every((d) => d.inbox === ids.inbox)).toBe(true),
  );
  contract(
    'deleteInboxDocuments',
    () =>
      cf.DELETE('/inboxes/{inbox_id}/documents', {
        params: {
          ...inbox.params,
          query: {
            how: 'FULL',
            what: 'DONE',
            start_date: '2026-01-01T00:00:00Z',
            end_date: '2026-06-30T23:59:59Z',
          },
        },
      }),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'listInboxDocumentsPaginated',
    () =>
      cf.GET('/inboxes/{inbox_id}/paginated', {
        params: {
          ...inbox.params,
          query: { page: 1, per_page: 20, start_receive_date: '2026-11-01T00:00:00Z' },
        },
      }),
    (data) => {
      expect([data.page, data.per_page, data.total]).toEqual([1, 20, 2]);
      expect(data.results).toHaveLength(2);
    },
  );
  it('inboxDocuments walks the pages (the mock has 2 documents on one page)', async () => {
    const documents = await collect(cf.inboxDocuments(ids.inbox, { perPage: 20, orderBy: 'receive_time' }));
    expect(documents.map((d) => d.id)).toEqual([ids.document, ids.document2]);
  });
  contract(
    'reprocessInbox',
    () =>
      cf.POST('/inboxes/{inbox_id}/reprocess', {
        params: { ...inbox.params, query: { name: 'predicted', reviewer: 'Machine' } },
        body: { hints: JSON.stringify({ VAT_number: { whitelist: ['BE0123456749'] } }) },
        bodySerializer: formData,
      }),
    (data) => expect(data.scheduled).toBe(42),
  );
});

describe('Projects', () => {
  contract(
    'listProjects',
    () => cf.GET('/projects'),
    (data) => expect(data[0]?.formats).toEqual([ids.format]),
  );
  contract(
    'createProject',
    () =>
      cf.POST('/projects', {
        body: {
          name: 'Accounts payable',
          formats: [ids.format],
          split_into_sections: true,
          sub_page_splitting: false,
          default_document_type: 'invoice',
          timeout: 300,
        },
      }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data.id).toBe(ids.project);
    },
  );
  contract(
    'getProject',
    () => cf.GET('/projects/{project_id}', project),
    (data) => expect(data.split_into_sections).toBe(true),
  );
  contract(
    'updateProject',
    () => cf.PATCH('/projects/{project_id}', { ...project, body: { timeout: 600 } }),
    (data) => expect(data.name).toBe('Accounts payable'),
  );
  contract(
    'deleteProject',
    () => cf.DELETE('/projects/{project_id}', project),
    (_, response) => expect(response.status).toBe(204),
  );
});

describe('Formats', () => {
  contract(
    'listFormats',
    () => cf.GET('/formats'),
    (data) => expect(data[0]?.id).toBe(ids.format),
  );
  contract(
    'createFormat',
    () =>
      cf.POST('/formats', {
        body: { name: 'Invoice', document_type: 'invoice', fields: ['invoice_number', 'total_amount'] },
      }),
    (data) => expect(data.name).toBe('Invoice'),
  );
  contract(
    'listDocumentTypes',
    () => cf.GET('/formats/document_types'),
    (data) => expect(data.document_types).toContain('invoice'),
  );
  contract(
    'getFormat',
    () => cf.GET('/formats/{format_id}', format),
    (data) => expect(data.id).toBe(ids.format),
  );
  contract(
    'updateFormat',
    () => cf.PATCH('/formats/{format_id}', { ...format, body: { name: 'Supplier invoice' } }),
    (data) => expect(data.name).toBe('Supplier invoice'),
  );
  contract(
    'deleteFormat',
    () => cf.DELETE('/formats/{format_id}', format),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'getFormatTagFields',
    () => cf.GET('/formats/{scope}/tag_fields', { params: { path: { scope: ids.inbox } } }),
    (data) => expect(data.fields).toContain('VAT_number'),
  );
});

coverage();
