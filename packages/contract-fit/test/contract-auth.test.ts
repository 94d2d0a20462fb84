/** Contract tests, Auth and SSO: every call against Prism, checked on the spec's examples. */
import { describe, expect } from 'vitest';
import { contractSuite, ids, JWT } from './contract-support.js';

// Logs in at POST /auth on the mock, then sends that token raw in Authorization.
const { cf, contract, coverage } = contractSuite('contract-auth.test.ts', {
  type: 'token',
  username: 'ap.manager@example.com',
  password: 'correct-horse-battery-staple',
});

const role = { role: ids.reviewerRole, inbox: ids.inbox };

describe('Auth', () => {
  contract(
    'login',
    () =>
      cf.POST('/auth', {
        body: { username: 'ap.manager@example.com', password: 'correct-horse-battery-staple' },
      }),
    (data) => expect(data.authentication_token).toMatch(JWT),
  );
  contract(
    'listApiKeys',
    () => cf.GET('/auth/api-key'),
    (data) => expect(data.map((k) => k.token)).toContain(ids.apiKey),
  );
  contract(
    'createApiKey',
    () =>
      cf.POST('/auth/api-key', {
        body: { user: ids.user, roles: [role], active: true, expire_at: '2027-12-01T00:00:00Z' },
      }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data).toMatchObject({ token: ids.apiKey, user: ids.user, active: true });
    },
  );
  contract(
    'listInboxApiKeys',
    () => cf.GET('/auth/api-key/inbox/{inbox_id}', { params: { path: { inbox_id: ids.inbox } } }),
    (data) => expect(data[0]?.roles?.[0]?.inbox).toBe(ids.inbox),
  );
  contract(
    'createInboxApiKey',
    () =>
      cf.POST('/auth/api-key/inbox/{inbox_id}', {
        params: { path: { inbox_id: ids.inbox } },
        body: { user: ids.user, roles: [{ role: ids.reviewerRole }], active: true },
      }),
    (data) => expect(data.user).toBe(ids.user),
  );
  contract(
    'getApiKey',
    () => cf.GET('/auth/api-key/{key}', { params: { path: { key: ids.apiKey } } }),
    (data) => expect(data.expire_at).toBe('2027-12-01T00:00:00Z'),
  );
  contract(
    'updateApiKey',
    () => cf.PATCH('/auth/api-key/{key}', { params: { path: { key: ids.apiKey } }, body: { active: false } }),
    (data) => expect(data.active).toBe(false),
  );
  contract(
    'deleteApiKey',
    () => cf.DELETE('/auth/api-key/{key}', { params: { path: { key: ids.apiKey } } }),
    (data, response) => {
      expect(response.status).toBe(204);
      expect(data).toBeUndefined();
    },
  );
  contract(
    'createEphemeralToken',
    () => cf.POST('/auth/ephemeral'),
    (data) => expect(data.authentication_token).toMatch(JWT),
  );
  contract(
    'getJwt',
    () =>
      cf.POST('/auth/get_JWT', {
        body: {
          username: 'ap.manager@example.com',
          roles: [{ role: ids.reviewerRole, document_id: ids.document }],
        },
      }),
    (data) => expect(data.authentication_token).toMatch(JWT),
  );
  contract(
    'logout',
    () => cf.POST('/auth/logout'),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'resetPassword',
    () => cf.POST('/auth/reset_password', { body: { username: 'ap.manager@example.com' } }),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'createToken',
    () => cf.POST('/auth/token', { body: { username: 'ap.manager@example.com', roles: [role] } }),
    (data, response) => {
      expect(response.status).toBe(201);
      expect(data.authentication_token.split('.')).toHaveLength(3);
    },
  );
});

describe('SSO', () => {
  contract(
    'getSsoConfig',
    () => cf.GET('/sso/config'),
    (data) => expect(data).toMatchObject({ id: ids.sso, provider: 'azure_ad', domain: 'example.com' }),
  );
  contract(
    'createSsoConfig',
    () =>
      cf.POST('/sso/config', {
        body: {
          provider: 'azure_ad',
          client_id: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
          domain: 'example.com',
        },
      }),
    (data) => expect(data.id).toBe(ids.sso),
  );
  contract(
    'deleteSsoConfig',
    () => cf.DELETE('/sso/config/{sso_config_id}', { params: { path: { sso_config_id: ids.sso } } }),
    (_, response) => expect(response.status).toBe(204),
  );
  contract(
    'loginSso',
    () =>
      cf.POST('/sso/login', {
        body: {
          provider: 'azure_ad',
          code: '0.AAAA-mock-authorization-code',
          redirect_uri: 'https://cfportal.contract-p.fit/sso/callback',
        },
      }),
    (data) => expect(data.authentication_token).toMatch(JWT),
  );
});

coverage();
