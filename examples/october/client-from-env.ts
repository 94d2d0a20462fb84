import { createOctoberClient, type OctoberClient } from '@kybkit/october';

/**
 * The client the examples use, from the environment:
 *   OCTOBER_USER_ID, OCTOBER_SESSION_TOKEN (from the October web app: profile, "API token")
 *   OCTOBER_BASE_URL (the testing host, given by October; default production), OCTOBER_VERSION
 * `pnpm run demo` points them at a local Prism mock.
 */
export function clientFromEnv(env: NodeJS.ProcessEnv = process.env, transport?: typeof fetch): OctoberClient {
  const userId = env.OCTOBER_USER_ID;
  const sessionToken = env.OCTOBER_SESSION_TOKEN;
  if (!userId || !sessionToken) {
    throw new Error('set OCTOBER_USER_ID and OCTOBER_SESSION_TOKEN (or run `pnpm run demo`)');
  }
  return createOctoberClient({
    userId,
    sessionToken,
    ...(env.OCTOBER_BASE_URL && { baseUrl: env.OCTOBER_BASE_URL }),
    ...(env.OCTOBER_VERSION && { version: env.OCTOBER_VERSION }),
    ...(transport && { fetch: transport }),
  });
}

/** What the loopback storage of the demo saw of one upload. */
export interface StorageReceipt {
  method: string;
  bytes: number;
  /** Names of the October headers that reached the storage (always none). */
  octoberHeaders: string[];
}

/** What the flows share: the client, the request the first flow created, the demo's storage log. */
export interface OctoberSession {
  october: OctoberClient;
  requestId?: string;
  storage?: { receipts: StorageReceipt[] };
}

export type Log = (line: string) => void;

/** The SIREN the examples use (its check digit is valid). */
export const SIREN = '732829320';

/** The session's request, created on first use. */
export async function requestIdOf(session: OctoberSession, log: Log): Promise<string> {
  if (!session.requestId) {
    const request = await session.october.createRequest({ code: { type: 'siren', id: SIREN } });
    log(`created request ${request.id} for SIREN ${SIREN}`);
    session.requestId = request.id;
  }
  return session.requestId;
}

/** Runs an example on its own: `pnpm exec tsx examples/october/<file>.ts`. */
export async function runStandalone(example: (session: OctoberSession, log: Log) => Promise<void>) {
  const session: OctoberSession = { october: clientFromEnv() };
  if (process.env.OCTOBER_REQUEST_ID) {
    session.requestId = process.env.OCTOBER_REQUEST_ID;
  }
  await example(session, (line) => console.log(line));
}
