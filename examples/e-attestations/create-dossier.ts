import { DossierProcessError, type EAttestationsClient } from '@kybkit/e-attestations';
import { type Log, runStandalone } from './client-from-env.js';

/** Creates a dossier for a supplier by SIRET, waits for the asynchronous process, shows the dossier. */
export async function createDossier(ea: EAttestationsClient, log: Log): Promise<void> {
  try {
    const { processId, dossier } = await ea.createDossier(
      {
        companyIdType: 'CIT001',
        companyIdValue: '73282932000017',
        dossierReference: 'DOS-2024-001',
        thirdpartyCode: 'FOURNISSEUR-001',
        requiredDocuments: ['KBIS', 'URSSAF'],
        thirdpartyEmail: ['contact@fournisseur.example'],
      },
      { intervalMs: 200, timeoutMs: 30_000 },
    );
    log(`process ${processId} complete`);
    if (dossier) {
      const docs = dossier.documents ?? [];
      log(
        `dossier #${dossier.dossierId} ${dossier.dossierReference}: ${docs.length} documents, ${docs.filter((d) => d.present).length} present`,
      );
    }
  } catch (error) {
    if (error instanceof DossierProcessError) {
      log(`creation failed: ${error.codes.join(', ')}`);
      return;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(createDossier);
}
