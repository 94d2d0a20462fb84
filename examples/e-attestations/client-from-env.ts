import { createEAttestationsClient, type EAttestationsClient } from '@kybkit/e-attestations';

/**
 * The client the examples use, from the environment:
 *   E_ATTESTATIONS_ENVIRONMENT=test|production, or E_ATTESTATIONS_BASE_URL (+ E_ATTESTATIONS_TOKEN_URL)
 *   E_ATTESTATIONS_USERNAME, E_ATTESTATIONS_PASSWORD
 * `pnpm run demo` sets them to a local Prism mock and a loopback token endpoint.
 */
export function clientFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  transport?: typeof fetch,
): EAttestationsClient {
  const username = env.E_ATTESTATIONS_USERNAME;
  const password = env.E_ATTESTATIONS_PASSWORD;
  if (!username || !password) {
    throw new Error('set E_ATTESTATIONS_USERNAME and E_ATTESTATIONS_PASSWORD (or run `pnpm run demo`)');
  }
  return createEAttestationsClient({
    ...(env.E_ATTESTATIONS_BASE_URL
      ? {
          baseUrl: env.E_ATTESTATIONS_BASE_URL,
          ...(env.E_ATTESTATIONS_TOKEN_URL && { tokenUrl: env.E_ATTESTATIONS_TOKEN_URL }),
        }
      : { environment: env.E_ATTESTATIONS_ENVIRONMENT === 'production' ? 'production' : 'test' }),
    username,
    password,
    ...(transport && { fetch: transport }),
  });
}

export type Log = (line: string) => void;

/** Runs an example on its own: `pnpm exec tsx examples/e-attestations/<file>.ts`. */
export async function runStandalone(example: (ea: EAttestationsClient, log: Log) => Promise<void>) {
  await example(clientFromEnv(), (line) => console.log(line));
}
