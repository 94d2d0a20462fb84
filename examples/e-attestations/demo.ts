import type { EAttestationsClient } from '@kybkit/e-attestations';
import { startTokenServer } from '@kybkit/testing';
import { clientFromEnv } from './client-from-env.js';
import { flows } from './index.js';

export const title = 'e-Attestations';
export const slug = 'e-attestations';
export { flows };

/**
 * Points the examples at a local mock: Prism serves the API, a loopback token endpoint plays
 * Keycloak (password grant, a JWT carrying `account_ids`), so the real auth flow runs too.
 */
export async function prepare(mockUrl: string, transport: typeof fetch) {
  const tokens = await startTokenServer({ claims: { account_ids: '12345' }, clientId: 'ea-api-edge' });
  const client: EAttestationsClient = clientFromEnv(
    {
      E_ATTESTATIONS_BASE_URL: mockUrl,
      E_ATTESTATIONS_TOKEN_URL: tokens.tokenUrl,
      E_ATTESTATIONS_USERNAME: 'demo-user',
      E_ATTESTATIONS_PASSWORD: 'demo-password',
    },
    transport,
  );
  return { client, tokenRequests: () => tokens.requests.length, close: () => tokens.close() };
}
