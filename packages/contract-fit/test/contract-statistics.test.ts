/** Contract tests, Statistics, Style (streamed uploads and downloads) and Tenant, against Prism. */
import { formData } from '@kybkit/contract-fit';
import { describe, expect } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, flow, coverage } = contractSuite('contract-statistics.test.ts', {
  type: 'token',
  username: 'ap.manager@example.com',
  password: 'correct-horse-battery-staple',
});

const period = { start_date: '2026-11-01T00:00:00Z', end_date: '2026-12-01T00:00:00Z' };
const inbox = { inbox_id: ids.inbox };
const noContent = (_: unknown, response: Response) => expect(response.status).toBe(204);

describe('Statistics', () => {
  contract(
    'getUsageStats',
    () =>
      cf.GET('/stats/usage', { params: { query: { ...period, inbox_id: ids.inbox, excel_output: false } } }),
    (data) => expect(data).toMatchObject({ documents: 1250, pages: 2980 }),
  );
  contract(
    'getInboxStats',
    () =>
      cf.GET('/stats/{inbox_id}', {
        params: {
          path: inbox,
          query: { ...period, field_name: 'invoice_number', version_name: 'submitted' },
        },
      }),
    (data) => expect(data.inbox).toBe(ids.inbox),
  );
  contract(
    'getAutomationBlockersStats',
    () =>
      cf.GET('/stats/{inbox_id}/automation_blockers', {
        params: { path: inbox, query: { ...period, include_detail: true } },
      }),
    (data) => expect(data.blocked).toBe(9),
  );
  contract(
    'getBlueDotsStats',
    () =>
      cf.POST('/stats/{inbox_id}/blue_dots', {
        params: { path: inbox },
        body: { ...period, version_name: 'submitted', level: 'file' },
        bodySerializer: formData,
      }),
    (data) => expect(data.level).toBe('file'),
  );
  contract(
    'listEvaluatedVersions',
    () =>
      cf.GET('/stats/{inbox_id}/evaluated_versions', {
        params: { path: inbox, query: { ...period, last_one_only: true, version_name: 'submitted' } },
      }),
    (data) => expect(data.versions).toHaveLength(1),
  );
  contract(
    'getProcessingStats',
    () =>
      cf.GET('/stats/{inbox_id}/processing', {
        params: { path: inbox, query: { ...period, group_by: 'pages' } },
      }),
    (data) => expect(data.total).toBe(2980),
  );
  contract(
    'getVolumeStats',
    () =>
      cf.GET('/stats/{inbox_id}/volume', {
        params: { path: inbox, query: { ...period, status: 'to_review', user: ids.user2 } },
      }),
    (data) => expect(data.documents).toBe(9),
  );
  contract(
    'getAccuracyStats',
    () =>
      cf.GET('/stats/{scope}/accuracy', {
        params: {
          path: { scope: ids.inbox },
          query: { ...period, stp_files_only: false, version_name: 'submitted' },
        },
      }),
    (data) => expect(data.accuracy).toBe(0.962),
  );
  contract(
    'getStpStats',
    () => cf.GET('/stats/{scope}/stp', { params: { path: { scope: ids.project }, query: period } }),
    (data) => expect(data.stp_rate).toBe(0.786),
  );
});

describe('Style', () => {
  flow('getStyleSheet', async () => {
    const css = await cf.downloadStyleSheet();
    expect(css?.contentType).toBe('text/css');
    expect(await new Response(css?.stream).text()).toContain('.header');
  });
  flow('uploadStyleSheet', async () => {
    await cf.uploadStyleSheet(new Blob(['.header { color: #0b3d91; }\n']), { filename: 'custom.css' });
  });
  contract('deleteStyleSheet', () => cf.DELETE('/style/custom.css'), noContent);
  flow('getLogo', async () => {
    const logo = await cf.downloadLogo();
    expect(logo.contentType).toBe('image/png');
    expect(await new Response(logo.stream).text()).toBe('(mock PNG logo)');
  });
  flow('uploadLogo', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await cf.uploadLogo({
      stream: png.stream(),
      size: png.size,
      filename: 'logo.png',
      contentType: 'image/png',
    });
  });
  contract('deleteLogo', () => cf.DELETE('/style/logo.png'), noContent);
});

describe('Tenant', () => {
  contract('deleteTenant', () => cf.DELETE('/tenant'), noContent);
  contract(
    'activateTenant',
    () => cf.PATCH('/tenant/activate', { body: { activation_code: '4F7K-9Q2M' } }),
    (data) => expect(data.active).toBe(true),
  );
  contract(
    'getReleaseNotes',
    () => cf.GET('/about/release_notes'),
    (data) => expect(data.releases).toHaveLength(1),
  );
  contract(
    'getVersion',
    () => cf.GET('/about/version'),
    (data) => expect(data.version).toBe('2026.11.2'),
  );
});

coverage();
