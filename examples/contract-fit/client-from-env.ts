import { type ContractFitAuth, type ContractFitClient, createContractFitClient } from '@kybkit/contract-fit';

/**
 * The client the examples use, from the environment:
 *   CONTRACT_FIT_BASE_URL   your tenant's API URL, with /api (e.g. https://cfportal.contract-p.fit/api)
 *   CONTRACT_FIT_USERNAME + CONTRACT_FIT_PASSWORD (log in for a token), or CONTRACT_FIT_API_KEY
 *   CONTRACT_FIT_INBOX      the inbox the demo uploads to
 * `pnpm run demo` points them at a local Prism mock, which serves the login too.
 */
export function clientFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  transport?: typeof fetch,
): ContractFitClient {
  const baseUrl = env.CONTRACT_FIT_BASE_URL;
  if (!baseUrl) {
    throw new Error('set CONTRACT_FIT_BASE_URL (or run `pnpm run demo`)');
  }
  let auth: ContractFitAuth;
  if (env.CONTRACT_FIT_API_KEY) {
    auth = { type: 'apiKey', key: env.CONTRACT_FIT_API_KEY };
  } else if (env.CONTRACT_FIT_USERNAME && env.CONTRACT_FIT_PASSWORD) {
    auth = { type: 'token', username: env.CONTRACT_FIT_USERNAME, password: env.CONTRACT_FIT_PASSWORD };
  } else {
    throw new Error('set CONTRACT_FIT_USERNAME and CONTRACT_FIT_PASSWORD, or CONTRACT_FIT_API_KEY');
  }
  return createContractFitClient({ baseUrl, auth, ...(transport && { fetch: transport }) });
}

export type Log = (line: string) => void;

/** What the flows share: the inbox they upload to, and the document the first flow uploads. */
export const demo: { inbox: string; documentId: string | undefined } = {
  inbox: process.env.CONTRACT_FIT_INBOX ?? '5f1a2b3c4d5e6f7a8b9c0d1e',
  documentId: process.env.CONTRACT_FIT_DOCUMENT,
};

/** The document the later flows work on: the one just uploaded. */
export function demoDocument(): string {
  if (!demo.documentId) {
    throw new Error('no document yet: run the upload flow first, or set CONTRACT_FIT_DOCUMENT');
  }
  return demo.documentId;
}

/** Runs an example on its own: `pnpm exec tsx examples/contract-fit/<file>.ts`. */
export async function runStandalone(example: (cf: ContractFitClient, log: Log) => Promise<void>) {
  await example(clientFromEnv(), (line) => console.log(line));
}
