import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlloyClient } from '@kybkit/alloy';
import { samplePdf } from '../shared/sample-pdf.js';
import { demoPerson, type Log, runStandalone } from './client-from-env.js';

/** Writes a small PDF to disk, then describes and uploads it in one call, streamed from the file. */
export async function uploadDocument(alloy: AlloyClient, log: Log): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kybkit-alloy-'));
  try {
    const path = join(dir, 'driver_license.pdf');
    await writeFile(path, samplePdf('Driver license of Jane Doe (kybkit demo)'));
    const file = await openAsBlob(path, { type: 'application/pdf' });
    const document = await alloy.uploadDocument(demoPerson, file, {
      name: 'driver_license',
      extension: 'pdf',
      type: 'license',
      note: 'Uploaded by the kybkit demo',
      noteAuthorAgentEmail: 'reviewer@example.com',
    });
    log(`described and uploaded ${path.split('/').pop()} (${file.size} bytes, streamed from disk)`);
    log(`document ${document.document_token}: ${document.type}, uploaded ${document.uploaded}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(uploadDocument);
}
