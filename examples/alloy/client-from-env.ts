import { type AlloyClient, createAlloyClient } from '@kybkit/alloy';

/**
 * The client the examples use, from the environment:
 *   ALLOY_ENVIRONMENT=sandbox|production, or ALLOY_BASE_URL (including /v1)
 *   ALLOY_TOKEN, ALLOY_SECRET; ALLOY_AUTH=basic|oauth (default oauth here)
 * `pnpm run demo` points them at a local Prism mock, which serves the token endpoint too.
 */
export function clientFromEnv(env: NodeJS.ProcessEnv = process.env, transport?: typeof fetch): AlloyClient {
  const token = env.ALLOY_TOKEN;
  const secret = env.ALLOY_SECRET;
  if (!token || !secret) {
    throw new Error('set ALLOY_TOKEN and ALLOY_SECRET (or run `pnpm run demo`)');
  }
  return createAlloyClient({
    ...(env.ALLOY_BASE_URL
      ? { baseUrl: env.ALLOY_BASE_URL }
      : { environment: env.ALLOY_ENVIRONMENT === 'production' ? 'production' : 'sandbox' }),
    token,
    secret,
    auth: env.ALLOY_AUTH === 'basic' ? 'basic' : 'oauth',
    ...(transport && { fetch: transport }),
  });
}

export type Log = (line: string) => void;

/** The person the flows work on, addressed by your own id once the first flow has created it. */
export const demoPerson = { externalEntityId: process.env.ALLOY_DEMO_EXTERNAL_ID ?? 'kybkit-demo-0001' };

/** Runs an example on its own: `pnpm exec tsx examples/alloy/<file>.ts`. */
export async function runStandalone(example: (alloy: AlloyClient, log: Log) => Promise<void>) {
  await example(clientFromEnv(), (line) => console.log(line));
}
