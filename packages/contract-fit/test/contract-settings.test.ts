/**
 * Contract tests, Settings: the per-scope families (data retention, predictor, rules, sampling,
 * thresholds) and the dashboard/review settings, against Prism, with the API key in the query.
 */
import { describe, expect } from 'vitest';
import { contractSuite, ids } from './contract-support.js';

const { cf, contract, coverage } = contractSuite('contract-settings.test.ts', {
  type: 'apiKey',
  key: ids.apiKey,
  in: 'query',
});

const scope = { params: { path: { scope: ids.inbox } } };
const retention = { params: { path: { level: 'inbox', id: ids.inbox } } };
const document = { params: { path: { document_id: ids.document } } };
const noContent = (_: unknown, response: Response) => expect(response.status).toBe(204);

describe('Settings: data retention', () => {
  contract(
    'listDataRetentionSettings',
    () => cf.GET('/data_retention_settings'),
    (data) => expect(data[0]?.retention_days).toBe(90),
  );
  contract(
    'getDataRetentionSetting',
    () => cf.GET('/data_retention_settings/{level}/{id}', retention),
    (data) => expect(data.how).toBe('SOURCE_FILES'),
  );
  contract(
    'updateDataRetentionSetting',
    () => cf.PATCH('/data_retention_settings/{level}/{id}', { ...retention, body: { retention_days: 30 } }),
    (data) => expect(data.retention_days).toBe(30),
  );
  contract(
    'deleteDataRetentionSetting',
    () => cf.DELETE('/data_retention_settings/{level}/{id}', retention),
    noContent,
  );
});

describe('Settings: predictor', () => {
  contract(
    'listPredictorSettings',
    () => cf.GET('/predictor_settings'),
    (data) => expect(data[0]?.scope).toBe(ids.inbox),
  );
  contract(
    'getPredictorSetting',
    () => cf.GET('/predictor_settings/{scope}', scope),
    (data) => expect(data.languages).toEqual(['en', 'fr', 'nl']),
  );
  contract(
    'updatePredictorSetting',
    () =>
      cf.PATCH('/predictor_settings/{scope}', { ...scope, body: { languages: ['en', 'fr', 'nl', 'de'] } }),
    (data) => expect(data.languages).toContain('de'),
  );
  contract('deletePredictorSetting', () => cf.DELETE('/predictor_settings/{scope}', scope), noContent);
});

describe('Settings: validation rules', () => {
  contract(
    'listRuleConfigs',
    () => cf.GET('/rule_config'),
    (data) => expect(data[0]?.rules).toHaveLength(2),
  );
  contract(
    'getRuleConfig',
    () => cf.GET('/rule_config/{scope}', scope),
    (data) => expect(data.scope).toBe(ids.inbox),
  );
  contract(
    'updateRuleConfig',
    () =>
      cf.PATCH('/rule_config/{scope}', {
        ...scope,
        body: { rules: [{ field: 'VAT_number', check: 'vat_number_valid' }] },
      }),
    (data) => expect(data.rules).toHaveLength(1),
  );
  contract('deleteRuleConfig', () => cf.DELETE('/rule_config/{scope}', scope), noContent);
  contract(
    'debugRuleEntity',
    () =>
      cf.POST('/rule_config/rule_entity/', { body: { entity: 'VAT_number', text: 'VAT BE 0123.456.749' } }),
    (data) => expect(data.matches).toEqual(['BE0123456749']),
  );
  contract(
    'debugDocumentRuleEntity',
    () => cf.POST('/rule_config/rule_entity/{document_id}', { ...document, body: { entity: 'VAT_number' } }),
    (data) => expect(data.entity).toBe('VAT_number'),
  );
  contract(
    'debugWhereToSearch',
    () =>
      cf.POST('/rule_config/where_to_search/{document_id}', { ...document, body: { entity: 'VAT_number' } }),
    (data) => expect(data.zones).toEqual(['header']),
  );
});

describe('Settings: sampling and thresholds', () => {
  contract(
    'listSamplingSettings',
    () => cf.GET('/sampling_settings'),
    (data) => expect(data[0]?.sampling_rate).toBe(0.05),
  );
  contract(
    'getSamplingSetting',
    () => cf.GET('/sampling_settings/{scope}', scope),
    (data) => expect(data.sampling_rate).toBe(0.05),
  );
  contract(
    'updateSamplingSetting',
    () => cf.PATCH('/sampling_settings/{scope}', { ...scope, body: { sampling_rate: 0.1 } }),
    (data) => expect(data.sampling_rate).toBe(0.1),
  );
  contract('deleteSamplingSetting', () => cf.DELETE('/sampling_settings/{scope}', scope), noContent);
  contract(
    'listThresholdSettings',
    () => cf.GET('/threshold_settings'),
    (data) => expect(data).toHaveLength(1),
  );
  contract(
    'getThresholdSetting',
    () => cf.GET('/threshold_settings/{scope}', { params: { ...scope.params, query: { default: false } } }),
    (data) => expect(data.thresholds).toEqual({ invoice_number: 0.9, total_amount: 0.95 }),
  );
  contract(
    'updateThresholdSetting',
    () => cf.PATCH('/threshold_settings/{scope}', { ...scope, body: { thresholds: { total_amount: 0.97 } } }),
    (data) => expect(data.thresholds).toMatchObject({ total_amount: 0.97 }),
  );
  contract('deleteThresholdSetting', () => cf.DELETE('/threshold_settings/{scope}', scope), noContent);
});

describe('Settings: dashboard and review screens', () => {
  contract(
    'getDashboardSettings',
    () => cf.GET('/settings/dashboard', { params: { query: { scope: ids.project, full: true } } }),
    (data) => expect(data.widgets).toEqual(['volume', 'stp', 'accuracy']),
  );
  contract(
    'updateDashboardSettings',
    () => cf.PATCH('/settings/dashboard', { body: { scope: ids.project, widgets: ['volume', 'stp'] } }),
    (data) => expect(data.widgets).toEqual(['volume', 'stp']),
  );
  contract(
    'getReviewSettings',
    () => cf.GET('/settings/review', { params: { query: { scope: ids.project } } }),
    (data) => expect(data.show_confidence).toBe(true),
  );
  contract(
    'updateReviewSettings',
    () => cf.PATCH('/settings/review', { body: { scope: ids.project, auto_submit: true } }),
    (data) => expect(data.auto_submit).toBe(true),
  );
});

coverage();
