/**
 * What each provider's README quick start needs around it when run in the consumer project: which
 * hosts to route where (the package's own mock, a token endpoint, a storage host), its environment,
 * the files it reads next to itself, and the lines it must print.
 */
export type Target = 'mock' | 'token' | 'storage';

export interface QuickStartHarness {
  slug: string;
  /** host → where its requests go, and a path prefix to drop on the way to the mock. */
  routes: Record<string, { to: Target; stripPrefix?: string }>;
  env: Record<string, string>;
  /** Files written next to the compiled quick start. */
  files: Record<string, string>;
  /** Claims of the tokens the loopback token endpoint issues, when a route goes to `token`. */
  claims?: Record<string, unknown>;
  first: string;
  last: string;
}

const PDF = '%PDF-1.4\n% kybkit consumer smoke test\n%%EOF\n';

export const harnesses: QuickStartHarness[] = [
  {
    slug: 'e-attestations',
    routes: {
      'auth.test-e-attestations.com': { to: 'token' },
      'edge.test-e-attestations.com': { to: 'mock', stripPrefix: '/api/v1' },
    },
    env: { E_ATTESTATIONS_USERNAME: 'consumer', E_ATTESTATIONS_PASSWORD: 'consumer-pass' },
    files: {},
    claims: { account_ids: '12345' },
    first: '180 dossiers',
    last: 'dossier 11111 created',
  },
  {
    slug: 'october',
    routes: {
      'api.october.eu': { to: 'mock' },
      'october-media.s3.eu-west-3.amazonaws.com': { to: 'storage' },
    },
    env: { OCTOBER_USER_ID: '63f4a1b2c3d4e5f6a7b8c9d0', OCTOBER_SESSION_TOKEN: 'consumer-session' },
    files: { 'releve-2024-02.pdf': PDF },
    first: 'request 635107e452436f15d3b39d87: pending_analysis',
    last: 'bank report 6413a0d2e4f5a6b7c8d9e0f2',
  },
  {
    slug: 'alloy',
    routes: { 'sandbox.alloy.co': { to: 'mock', stripPrefix: '/v1' } },
    env: { ALLOY_TOKEN: 'consumer-token', ALLOY_SECRET: 'consumer-secret' },
    files: { 'driver_license.pdf': PDF },
    first: 'person P-3bq5UeZ8xKc2Lw9NtR4m',
    last: 'saved 40 bytes of application/octet-stream',
  },
  {
    slug: 'contract-fit',
    routes: { 'cfportal.contract-p.fit': { to: 'mock', stripPrefix: '/api' } },
    env: {
      CONTRACT_FIT_USERNAME: 'consumer',
      CONTRACT_FIT_PASSWORD: 'consumer-pass',
      INVOICE_PATH: 'dist/invoice.pdf',
    },
    files: { 'invoice.pdf': PDF },
    first: 'invoice-2026-0042.pdf: INV-2026-0042',
    last: '2 inboxes',
  },
];
