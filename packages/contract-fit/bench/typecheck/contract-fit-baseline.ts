/** The baseline of contract-fit-dozen.ts: the same import and client, without the calls. */
import { createContractFitClient, unwrap } from '@kybkit/contract-fit';

const cf = createContractFitClient({
  baseUrl: 'https://cfportal.contract-p.fit/api',
  auth: { type: 'token', username: 'user', password: 'password' },
});

export async function dozen(): Promise<unknown[]> {
  return [cf, unwrap];
}
