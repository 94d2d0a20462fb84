import type { ContractFitClient } from '@kybkit/contract-fit';
import { clientFromEnv } from './client-from-env.js';
import { flows } from './index.js';

export const title = 'Contract.fit';
export const slug = 'contract-fit';
export { flows };

/**
 * Points the examples at a local mock. Prism serves `POST /auth` too (it accepts any username and
 * password, and then any Authorization), so the real login-for-token flow runs: one login for all
 * the flows, its token sent raw in Authorization.
 */
export async function prepare(mockUrl: string, transport: typeof fetch) {
  let logins = 0;
  const counting: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/auth') && (init?.method ?? 'GET') === 'POST') {
      logins += 1;
    }
    return transport(input, init);
  };
  const client: ContractFitClient = clientFromEnv(
    {
      CONTRACT_FIT_BASE_URL: mockUrl,
      CONTRACT_FIT_USERNAME: 'demo@example.com',
      CONTRACT_FIT_PASSWORD: 'demo-password',
    },
    counting,
  );
  return { client, logins: () => logins, close: async () => {} };
}
