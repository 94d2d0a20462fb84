import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractFitClient } from '@kybkit/contract-fit';
import { samplePdf } from '../shared/sample-pdf.js';
import { demo, type Log, runStandalone } from './client-from-env.js';
import { demoInvoice } from './demo-invoice.js';

/** Writes a small invoice PDF to disk and uploads it asynchronously, streamed from the file. */
export async function uploadInvoice(cf: ContractFitClient, log: Log): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kybkit-contract-fit-'));
  try {
    const path = join(dir, 'invoice-2026-0042.pdf');
    await writeFile(path, samplePdf(demoInvoice.title, demoInvoice.lines));
    const file = await openAsBlob(path, { type: 'application/pdf' });
    const id = await cf.uploadDocument(file, { inbox: demo.inbox, filename: 'invoice-2026-0042.pdf' });
    demo.documentId = id;
    log(`uploaded invoice-2026-0042.pdf (${file.size} bytes, streamed from disk) to inbox ${demo.inbox}`);
    log(`queued as document ${id} (sync=false: the call did not wait for the processing)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(uploadInvoice);
}
