/**
 * The providers under test, one row per credential style: how to build each client against a fault
 * server with credentials whose secret values are known, and the calls every scenario makes.
 */
import { randomUUID } from 'node:crypto';
import { createAlloyClient, unwrap as unwrapAlloy } from '@kybkit/alloy';
import { createContractFitClient, unwrap as unwrapContractFit } from '@kybkit/contract-fit';
import { createEAttestationsClient, unwrap as unwrapEAttestations } from '@kybkit/e-attestations';
import { createOctoberClient, unwrap as unwrapOctober } from '@kybkit/october';
import { startTokenServer } from '@kybkit/testing';
import type { BuildContext, ProviderCase } from './provider-case.js';

export const EA = { username: 'ea-user@example.com', password: 'Ea-Pa55-w0rd-7c1e', accountId: 4242 };
export const OCTOBER = { userId: 'oct-user-8d41f2a9', sessionToken: 'oct-session-3b9e1c77a2f0' };
export const ALLOY = { token: 'alloy-token-51ac0e', secret: 'alloy-secret-9f3d27b4' };
export const CF = {
  username: 'cf-user@example.com',
  password: 'Cf-Pa55-w0rd-4e2a',
  apiKey: 'cf-api-key-0d5b8e61c9',
};
const OCTOBER_ID = '635107e452436f15d3b39d87';
const CF_ID = '5f1a2b3c4d5e6f7a8b9c0d1e';

const tuning = (c: BuildContext) => ({
  fetch: c.transport,
  onEvent: c.onEvent,
  timeoutMs: c.timeoutMs,
  deadlineMs: c.deadlineMs,
  retry: c.retry,
});

/** A token endpoint on the API's own origin (Alloy `/oauth/bearer`, Contract.fit `/auth`). */
function routedTokens(c: BuildContext, path: string, answer: (token: string) => unknown) {
  let issued = 0;
  c.api.route(path, () => {
    issued += 1;
    return { json: answer(`tok-${issued}-${randomUUID()}`) };
  });
  return {
    isTokenEndpoint: (url: URL) => url.pathname === path,
    grants: () => c.api.requests.filter((r) => r.routed).map(() => 'login'),
  };
}

const eAttestations: ProviderCase = {
  name: 'e-attestations (password grant)',
  slug: 'e-attestations',
  auth: 'token',
  async build(c) {
    c.secret(EA.password);
    const tokens = await startTokenServer({
      claims: { account_ids: String(EA.accountId) },
      expiresIn: c.tokenLifetimeMs / 1000,
      username: EA.username,
      password: EA.password,
      clientId: 'ea-api-edge',
    });
    const client = createEAttestationsClient({
      baseUrl: `${c.api.url}/api/v1`,
      tokenUrl: tokens.tokenUrl,
      username: EA.username,
      password: EA.password,
      ...tuning(c),
    });
    const accountId = EA.accountId;
    return {
      client,
      base: '/api/v1',
      get: (init) => client.GET('/account', { ...init }),
      post: (init) =>
        client.POST('/account/{accountId}/dossiers', {
          params: { path: { accountId } },
          body: { companyIdType: 'CIT001', companyIdValue: '73282932000074', dossierReference: 'DOS-1' },
          ...init,
        }),
      safePost: (init) =>
        client.POST('/account/{accountId}/dossiers/{dossierId}/stop', {
          params: { path: { accountId, dossierId: 7 } },
          ...init,
        }),
      unwrap: (result) => unwrapEAttestations(result),
      isTokenEndpoint: (url) => url.href === tokens.tokenUrl,
      grants: () => tokens.requests.map((r) => r.grantType),
      close: () => tokens.close(),
    };
  },
};

const october: ProviderCase = {
  name: 'october (userId + sessionToken headers)',
  slug: 'october',
  auth: 'static',
  async build(c) {
    c.secret(OCTOBER.userId);
    c.secret(OCTOBER.sessionToken);
    const client = createOctoberClient({ baseUrl: c.api.url, ...OCTOBER, ...tuning(c) });
    return {
      client,
      base: '',
      get: (init) =>
        client.GET('/requests/{requestId}', { params: { path: { requestId: OCTOBER_ID } }, ...init }),
      post: (init) =>
        client.POST('/requests', { body: { code: { type: 'siren', id: '732829320' } }, ...init }),
      safePost: (init) =>
        client.POST('/media/{mediumId}', {
          params: { path: { mediumId: OCTOBER_ID } },
          body: { status: 'online' },
          ...init,
        }),
      unwrap: (result) => unwrapOctober(result),
      isTokenEndpoint: () => false,
      grants: () => [],
    };
  },
};

function alloy(mode: 'basic' | 'oauth'): ProviderCase {
  return {
    name: mode === 'basic' ? 'alloy (HTTP Basic)' : 'alloy (client-credentials OAuth)',
    slug: 'alloy',
    auth: mode === 'basic' ? 'static' : 'token',
    async build(c) {
      c.secret(ALLOY.token);
      c.secret(ALLOY.secret);
      c.secret(btoa(`${ALLOY.token}:${ALLOY.secret}`));
      const tokens = routedTokens(c, '/v1/oauth/bearer', (token) => ({
        access_token: token,
        token_type: 'Bearer',
        expires_in: c.tokenLifetimeMs / 1000,
      }));
      const client = createAlloyClient({ baseUrl: `${c.api.url}/v1`, ...ALLOY, auth: mode, ...tuning(c) });
      const path = { entity_token: 'P-3kVf8rW1', document_token: 'D-9xQ2' };
      return {
        client,
        base: '/v1',
        ...tokens,
        get: (init) => client.GET('/entities/{entity_token}', { params: { path }, ...init }),
        post: (init) =>
          client.POST('/entities/persons', { body: { name_first: 'Jane', name_last: 'Doe' }, ...init }),
        safePost: (init) =>
          client.PATCH('/entities/{entity_token}/documents/{document_token}', {
            params: { path },
            body: { approved: true },
            ...init,
          }),
        unwrap: (result) => unwrapAlloy(result),
      };
    },
  };
}

function contractFit(mode: 'login' | 'apiKey'): ProviderCase {
  return {
    name: mode === 'login' ? 'contract-fit (login token)' : 'contract-fit (api_key in the query)',
    slug: 'contract-fit',
    auth: mode === 'login' ? 'token' : 'static',
    async build(c) {
      c.secret(CF.password);
      c.secret(CF.apiKey);
      const tokens = routedTokens(c, '/api/auth', (token) => ({ authentication_token: token }));
      const client = createContractFitClient({
        baseUrl: `${c.api.url}/api`,
        auth:
          mode === 'login'
            ? { type: 'token', username: CF.username, password: CF.password, lifetimeMs: c.tokenLifetimeMs }
            : { type: 'apiKey', key: CF.apiKey, in: 'query' },
        ...tuning(c),
      });
      return {
        client,
        base: '/api',
        ...tokens,
        get: (init) => client.GET('/documents/{id}', { params: { path: { id: CF_ID } }, ...init }),
        post: (init) =>
          client.POST('/inboxes', { body: { name: 'Supplier invoices', project: CF_ID }, ...init }),
        safePost: (init) =>
          client.PATCH('/inboxes/{inbox_id}', {
            params: { path: { inbox_id: CF_ID } },
            body: { name: 'Supplier invoices 2027' },
            ...init,
          }),
        unwrap: (result) => unwrapContractFit(result),
      };
    },
  };
}

/** Every provider, once per credential style that changes the outcome of a scenario. */
export const PROVIDERS: readonly ProviderCase[] = [
  eAttestations,
  october,
  alloy('basic'),
  alloy('oauth'),
  contractFit('login'),
  contractFit('apiKey'),
];

export const TOKEN_PROVIDERS = PROVIDERS.filter((p) => p.auth === 'token');
export const STATIC_PROVIDERS = PROVIDERS.filter((p) => p.auth === 'static');
