/**
 * The request-overhead variants, all against the same loopback server: raw fetch (as the issue
 * states it, and again with the Authorization header the clients send), bare openapi-fetch (default
 * Request), kybkit's typed client with bearer auth, and the real e-Attestations client.
 * Each run() sends one request, reads the JSON answer and throws if it was not a success.
 */
import { createBearerAuth } from '../packages/auth/dist/index.js';
import { createTypedClient } from '../packages/core/dist/index.js';
import createClient from '../packages/core/node_modules/openapi-fetch/dist/index.mjs';
import type { paths } from '../packages/e-attestations/dist/generated/schema.js';
import { createEAttestationsClient } from '../packages/e-attestations/dist/index.js';

export type Method = 'GET' | 'POST';

export interface Variant {
  /** e.g. `GET raw fetch` */
  name: string;
  method: Method;
  client: string;
  run: () => Promise<void>;
}

/** The same request as the clients send, with a signal and a timer, and nothing of kybkit. */
export const FLOOR_CLIENT = 'raw fetch + auth + timeout';
/** The clients compared, in report order; the first is the reference (ratio 1). */
export const CLIENTS = [
  'raw fetch',
  'raw fetch + auth',
  FLOOR_CLIENT,
  'openapi-fetch',
  'kybkit client',
  'e-Attestations client',
] as const;
export const KYBKIT_CLIENTS: readonly string[] = ['kybkit client', 'e-Attestations client'];
/** The token every authenticated variant sends. */
const TOKEN = 'bench-token';

const ACCOUNT = 12345;
const QUERY = { page: 0, pageSize: 20 };
/** The spec's own createDossier example. */
const DOSSIER = {
  companyIdType: 'CIT001',
  companyIdValue: '73282932000017',
  dossierReference: 'DOS-2024-001',
  thirdpartyCode: 'FOURNISSEUR-001',
  description: 'Evaluation fournisseur IT',
  purchasingCategory: 'IT',
  expirationDate: '2027-12-31',
  requiredDocuments: ['KBIS', 'URSSAF'],
  thirdpartyEmail: ['contact@fournisseur-exemple.fr'],
  userInCharge: ['acheteur@acme-industrie.fr'],
} as const;

type Api = ReturnType<typeof createClient<paths>>;
type NewDossier =
  paths['/account/{accountId}/dossiers']['post']['requestBody']['content']['application/json'];
const DOSSIER_BODY: NewDossier = {
  ...DOSSIER,
  requiredDocuments: [...DOSSIER.requiredDocuments],
  thirdpartyEmail: [...DOSSIER.thirdpartyEmail],
  userInCharge: [...DOSSIER.userInCharge],
};

function typed(name: string, api: Api): Variant[] {
  return [
    {
      name: `GET ${name}`,
      method: 'GET',
      client: name,
      run: async () => {
        const { data, error } = await api.GET('/account/{accountId}/thirdparties', {
          params: { path: { accountId: ACCOUNT }, query: QUERY },
        });
        if (error !== undefined || data === undefined) {
          throw new Error(`GET ${name} failed`);
        }
      },
    },
    {
      name: `POST ${name}`,
      method: 'POST',
      client: name,
      run: async () => {
        const { data, error } = await api.POST('/account/{accountId}/dossiers', {
          params: { path: { accountId: ACCOUNT } },
          body: DOSSIER_BODY,
        });
        if (error !== undefined || data === undefined) {
          throw new Error(`POST ${name} failed`);
        }
      },
    },
  ];
}

/**
 * `send` is the transport of every variant: the global fetch against the loopback server, or, for
 * the wrapper-only run, a stub that answers at once without any network (what each client costs on
 * its own, in µs per call).
 */
export function makeVariants(server: string, send: typeof fetch = globalThis.fetch): Variant[] {
  const baseUrl = `${server}/api/v1`;
  const getUrl = `${baseUrl}/account/${ACCOUNT}/thirdparties?page=${QUERY.page}&pageSize=${QUERY.pageSize}`;
  const postUrl = `${baseUrl}/account/${ACCOUNT}/dossiers`;
  const raw: Variant[] = [
    {
      name: 'GET raw fetch',
      method: 'GET',
      client: 'raw fetch',
      run: async () => {
        const response = await send(getUrl);
        await response.json();
        if (!response.ok) {
          throw new Error('GET raw fetch failed');
        }
      },
    },
    {
      name: 'POST raw fetch',
      method: 'POST',
      client: 'raw fetch',
      run: async () => {
        const response = await send(postUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(DOSSIER),
        });
        await response.json();
        if (!response.ok) {
          throw new Error('POST raw fetch failed');
        }
      },
    },
    {
      name: 'GET raw fetch + auth',
      method: 'GET',
      client: 'raw fetch + auth',
      run: async () => {
        const response = await send(getUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
        await response.json();
        if (!response.ok) {
          throw new Error('GET raw fetch + auth failed');
        }
      },
    },
    {
      name: 'POST raw fetch + auth',
      method: 'POST',
      client: 'raw fetch + auth',
      run: async () => {
        const response = await send(postUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify(DOSSIER),
        });
        await response.json();
        if (!response.ok) {
          throw new Error('POST raw fetch + auth failed');
        }
      },
    },
    ...(['GET', 'POST'] as const).map(
      (method): Variant => ({
        name: `${method} raw fetch + auth + timeout`,
        method,
        client: FLOOR_CLIENT,
        // The least any cancellable timeout costs with fetch: a signal per request and a timer.
        run: async () => {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), 30_000);
          try {
            const response = await send(method === 'GET' ? getUrl : postUrl, {
              method,
              headers:
                method === 'GET'
                  ? { authorization: `Bearer ${TOKEN}` }
                  : { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
              ...(method === 'POST' && { body: JSON.stringify(DOSSIER) }),
              signal: controller.signal,
            });
            await response.json();
            if (!response.ok) {
              throw new Error(`${method} raw fetch + auth + timeout failed`);
            }
          } finally {
            clearTimeout(timer);
          }
        },
      }),
    ),
  ];
  const bare = createClient<paths>({ baseUrl, fetch: send });
  const typedClient = createTypedClient<Api>({
    baseUrl,
    pipeline: {
      fetch: send,
      source: '@kybkit/bench',
      provider: 'bench',
      auth: createBearerAuth({ token: TOKEN }),
      timeoutMs: 30_000,
      deadlineMs: 120_000,
      retry: { maxRetries: 2 },
    },
  });
  const provider = createEAttestationsClient({ baseUrl, accessToken: TOKEN, fetch: send }) as unknown as Api;
  return [
    ...raw,
    ...typed('openapi-fetch', bare),
    ...typed('kybkit client', typedClient),
    ...typed('e-Attestations client', provider),
  ];
}
