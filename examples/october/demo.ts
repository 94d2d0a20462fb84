import { clientFromEnv, type OctoberSession } from './client-from-env.js';
import { flows } from './index.js';
import { startStorageServer } from './storage-server.js';

export const title = 'October X-Ray';
export const slug = 'october';
export { flows };

/** The storage host of the mock's upload descriptor (specs/october/openapi.yaml, createMedium). */
const STORAGE_HOST = 'october-media.s3.eu-west-3.amazonaws.com';

/**
 * Points the examples at a local mock: Prism serves the API, and the storage URL the mock hands
 * out is routed to a loopback server, so the real three-step upload runs end to end.
 */
export async function prepare(mockUrl: string, transport: typeof fetch) {
  const storage = await startStorageServer();
  const routed = ((input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.host === STORAGE_HOST
      ? transport(`${storage.url}${url.pathname}${url.search}`, init)
      : transport(input, init);
  }) as typeof fetch;
  const client: OctoberSession = {
    october: clientFromEnv(
      {
        OCTOBER_BASE_URL: mockUrl,
        OCTOBER_USER_ID: '63f4a1b2c3d4e5f6a7b8c9d0',
        OCTOBER_SESSION_TOKEN: 'demo-token',
      },
      routed,
    ),
    storage,
  };
  return { client, close: () => storage.close() };
}
