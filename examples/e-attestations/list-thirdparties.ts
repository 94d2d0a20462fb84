import type { EAttestationsClient } from '@kybkit/e-attestations';
import { type Log, runStandalone } from './client-from-env.js';

/** Lists the monitored third parties across pages, with the account statistics. */
export async function listThirdparties(ea: EAttestationsClient, log: Log): Promise<void> {
  const accountId = await ea.accountId();
  log(`account ${accountId}`);
  const stats = await ea.GET('/account/{accountId}', { params: { path: { accountId } } });
  const info = stats.data?.content;
  if (info) {
    log(
      `${info.numberOfThirdparties} third parties, ${info.numberOfDossiers} dossiers (${info.numberOfCompleteDossiers} complete)`,
    );
  }
  let count = 0;
  for await (const thirdparty of ea.thirdparties({ monitored: true }, { maxItems: 20 })) {
    count += 1;
    log(
      `  #${thirdparty.thirdpartyId} ${thirdparty.name ?? '(no name)'} ${thirdparty.companyIdType} ${thirdparty.companyIdValue}`,
    );
  }
  log(`${count} monitored third parties listed`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(listThirdparties);
}
