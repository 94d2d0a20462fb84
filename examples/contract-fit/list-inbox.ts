import type { ContractFitClient } from '@kybkit/contract-fit';
import { demo, type Log, runStandalone } from './client-from-env.js';

/** Lists the inbox's documents, page after page (the iterator fetches a page only when needed). */
export async function listInbox(cf: ContractFitClient, log: Log): Promise<void> {
  let count = 0;
  for await (const document of cf.inboxDocuments(demo.inbox, { perPage: 50, maxItems: 20 })) {
    count += 1;
    const state = document.timings?.done_time ? 'processed' : 'waiting';
    log(`  ${document.id}  ${document.original_filename.padEnd(24)} ${state}`);
  }
  log(`${count} document(s) in inbox ${demo.inbox}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(listInbox);
}
