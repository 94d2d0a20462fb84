import type { AlloyClient } from '@kybkit/alloy';
import { clientFromEnv } from './client-from-env.js';
import { flows } from './index.js';

export const title = 'Alloy';
export const slug = 'alloy';
export { flows };

/**
 * Points the examples at a local mock. Prism serves the API and its `/oauth/bearer` endpoint, so
 * the client-credentials flow runs for real: one token request for all flows.
 */
export async function prepare(mockUrl: string, transport: typeof fetch) {
  let tokenRequests = 0;
  const counting: typeof fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).endsWith('/oauth/bearer')) {
      tokenRequests += 1;
    }
    return transport(input, init);
  };
  const client: AlloyClient = clientFromEnv(
    { ALLOY_BASE_URL: mockUrl, ALLOY_TOKEN: 'demo-token', ALLOY_SECRET: 'demo-secret', ALLOY_AUTH: 'oauth' },
    counting,
  );
  return { client, tokenRequests: () => tokenRequests, close: async () => {} };
}
