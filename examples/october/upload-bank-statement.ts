import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UploadError } from '@kybkit/october';
import { samplePdf } from '../shared/sample-pdf.js';
import { type Log, type OctoberSession, requestIdOf, runStandalone } from './client-from-env.js';

/**
 * Writes a small bank statement PDF to disk and uploads it in one call: create the medium, stream
 * the file to storage (never with October's headers), mark it online for February 2024.
 */
export async function uploadBankStatement(session: OctoberSession, log: Log): Promise<void> {
  const requestId = await requestIdOf(session, log);
  const dir = await mkdtemp(join(tmpdir(), 'kybkit-october-'));
  const path = join(dir, 'releve-2024-02.pdf');
  try {
    await writeFile(
      path,
      samplePdf('Banque Exemple - Releve de compte', [
        'Exemple Industrie SAS - SIREN 732 829 320',
        'Periode : 01/02/2024 - 29/02/2024',
        '01/02 Solde initial            12 480,00 EUR',
        '05/02 Virement client ACME       8 200,00 EUR',
        '12/02 Prelevement URSSAF        -3 150,00 EUR',
        '29/02 Solde final              17 530,00 EUR',
      ]),
    );
    const file = await openAsBlob(path, { type: 'application/pdf' });
    log(`uploading ${file.size} bytes as a bank_statement of request ${requestId}`);
    const medium = await session.october
      .uploadMedium(requestId, file, {
        name: 'bank_statement',
        filename: 'releve-2024-02.pdf',
        period: 'month',
        date: '2024-02-29',
      })
      .catch(async (error: unknown) => {
        if (error instanceof UploadError) {
          log(`upload of medium ${error.mediumId} stopped at the ${error.step} step: resuming`);
          return session.october.resumeUpload(error, await openAsBlob(path, { type: 'application/pdf' }));
        }
        throw error;
      });
    log(`medium ${medium.id}: ${medium.name}, ${medium.status}, period ${medium.meta?.period}`);
    const receipt = session.storage?.receipts.at(-1);
    if (receipt) {
      const leaked = receipt.octoberHeaders.length === 0 ? 'none' : receipt.octoberHeaders.join(', ');
      log(
        `storage received a ${receipt.method} of ${receipt.bytes} bytes; October headers it saw: ${leaked}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(uploadBankStatement);
}
