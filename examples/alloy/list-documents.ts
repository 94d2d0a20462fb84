import type { AlloyClient } from '@kybkit/alloy';
import { demoPerson, type Log, runStandalone } from './client-from-env.js';

const review = (approved: boolean | null | undefined) =>
  approved === true ? 'approved' : approved === false ? 'rejected' : 'not reviewed';

/** Lists the person's documents (metadata only) with their review state. */
export async function listDocuments(alloy: AlloyClient, log: Log): Promise<void> {
  const documents = await alloy.listDocuments(demoPerson);
  for (const d of documents) {
    log(
      `  ${d.document_token} ${d.type.padEnd(8)} ${d.name}.${d.extension}  ${review(d.approved)}, ${d.notes?.length ?? 0} note(s)`,
    );
  }
  log(`${documents.length} documents for ${demoPerson.externalEntityId}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(listDocuments);
}
