/** Contract tests, Integrations (with connections) and Reports, against Prism (an X-API-Key). */
import { describe, expect } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, flow, coverage } = contractSuite('contract-integrations.test.ts', {
  type: 'apiKey',
  key: ids.apiKey,
});

const integration = { params: { path: { integration_id: ids.integration } } };
const connection = { params: { path: { connection_id: ids.connection } } };
const report = { params: { path: { report_id: ids.report } } };
const webhook = {
  type: 'webhook' as const,
  name: 'ERP webhook',
  url: 'https://erp.example.com/hooks/contract-fit',
};

describe('Integrations', () => {
  contract(
    'listIntegrations',
    () => cf.GET('/integrations/'),
    (data) => expect(data[0]?.type).toBe('webhook'),
  );
  contract(
    'createIntegration',
    () => cf.POST('/integrations/', { body: webhook }),
    (data) => expect(data.id).toBe(ids.integration),
  );
  contract(
    'getIntegration',
    () => cf.GET('/integrations/{integration_id}', integration),
    (data) => expect(data.name).toBe('ERP webhook'),
  );
  contract(
    'updateIntegration',
    () =>
      cf.PATCH('/integrations/{integration_id}', {
        ...integration,
        body: { url: 'https://erp.example.com/hooks/contract-fit-v2' },
      }),
    (data) => expect(data.url).toBe('https://erp.example.com/hooks/contract-fit-v2'),
  );
  contract(
    'deleteIntegration',
    () => cf.DELETE('/integrations/{integration_id}', integration),
    (_, response) => expect(response.status).toBe(204),
  );
  // Its only success is a 302 to the portal: the helper asks for `redirect: 'manual'` and returns
  // the Location; following it would leave the mock for the portal host.
  flow('activateEmailIntegration', async () => {
    const activation = await cf.activateEmailIntegration(ids.integration, '7c1e9a4b2d6f8e0a3c5b7d9f1e2a4c6b');
    expect(activation).toEqual({ status: 302, location: 'https://cfportal.contract-p.fit/' });
  });
  contract(
    'listConnections',
    () => cf.GET('/connections'),
    (data) => expect(data[0]?.integration).toBe(ids.integration),
  );
  contract(
    'createConnection',
    () =>
      cf.POST('/connections', {
        body: { event: 'document_predict', integration: ids.integration, what: 'ready', scope: ids.inbox },
      }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data.id).toBe(ids.connection);
    },
  );
  contract(
    'getConnection',
    () => cf.GET('/connections/{connection_id}', connection),
    (data) => expect(data.event).toBe('document_predict'),
  );
  contract(
    'updateConnection',
    () =>
      cf.PATCH('/connections/{connection_id}', {
        ...connection,
        body: { event: 'document_evaluate', integration: ids.integration, what: 'submit', scope: ids.inbox },
      }),
    (data) => expect(data.what).toBe('submit'),
  );
  contract(
    'deleteConnection',
    () => cf.DELETE('/connections/{connection_id}', connection),
    (_, response) => expect(response.status).toBe(204),
  );
});

describe('Reports', () => {
  const definition = {
    name: 'Monthly processing',
    scope: ids.project,
    frequency: 'monthly',
    recipients: ['ap.manager@example.com'],
  };
  contract(
    'listReports',
    () => cf.GET('/reports'),
    (data) => expect(data[0]?.id).toBe(ids.report),
  );
  contract(
    'createReport',
    () => cf.POST('/reports', { body: definition }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data.id).toBe(ids.report);
    },
  );
  contract(
    'getReport',
    () => cf.GET('/reports/{report_id}', report),
    (data) => expect(data.frequency).toBe('monthly'),
  );
  contract(
    'updateReport',
    () => cf.PATCH('/reports/{report_id}', { ...report, body: { frequency: 'weekly' } }),
    (data) => expect(data.frequency).toBe('weekly'),
  );
  contract(
    'deleteReport',
    () => cf.DELETE('/reports/{report_id}', report),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'generateReport',
    () =>
      cf.POST('/reports/generate', {
        body: {
          name: 'Ad hoc processing',
          scope: ids.project,
          delivery_method: 'download',
          start_date: '2026-11-01T00:00:00Z',
          end_date: '2026-12-01T00:00:00Z',
        },
        parseAs: 'text',
      }),
    (data, response) => {
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
      expect(data).toMatch(/^PK/);
    },
  );
  contract(
    'generateReportById',
    () =>
      cf.POST('/reports/{report_id}/generate', {
        params: {
          ...report.params,
          query: {
            delivery_method: 'download',
            start_date: '2026-11-01T00:00:00Z',
            end_date: '2026-12-01T00:00:00Z',
          },
        },
        parseAs: 'stream',
      }),
    async (data) => expect(await new Response(data).text()).toBe('PK(mock xlsx workbook)'),
  );
});

coverage();
