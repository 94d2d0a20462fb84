import { type ContractFitClient, isDocumentProcessed } from '@kybkit/contract-fit';
import { demoDocument, type Log, runStandalone } from './client-from-env.js';

/** Polls the document until it is processed (isDocumentProcessed), then says how long it took. */
export async function waitForExtraction(cf: ContractFitClient, log: Log): Promise<void> {
  const id = demoDocument();
  let polls = 0;
  const document = await cf.waitForDocument(id, {
    intervalMs: 1_000,
    timeoutMs: 300_000,
    until: (d) => {
      polls += 1;
      return isDocumentProcessed(d);
    },
  });
  const seconds = document.timings?.processing_period;
  log(
    `document ${document.id} processed after ${polls} poll(s)` +
      `${seconds === undefined ? '' : `, in ${seconds} s on the server`}: ${document.page_count} page(s), last version "${document.last_version}"`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(waitForExtraction);
}
