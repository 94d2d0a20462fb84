import { createWriteStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import type { EAttestationsClient } from '@kybkit/e-attestations';
import { type Log, runStandalone } from './client-from-env.js';

/** Finds the first file of a dossier's documents and streams it to disk under its own name. */
export async function downloadFile(ea: EAttestationsClient, log: Log): Promise<void> {
  const accountId = await ea.accountId();
  const dossierId = 11111;
  const documents = await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents', {
    params: { path: { accountId, dossierId } },
  });
  const document = documents.data?.content?.find((d) => d.present);
  if (!document?.documentId) {
    log('no document with a file');
    return;
  }
  const files = await ea.GET('/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files', {
    params: { path: { accountId, dossierId, documentId: document.documentId } },
  });
  const fileId = files.data?.content?.[0]?.fileId;
  if (!fileId) {
    log(`document ${document.documentCode} has no file`);
    return;
  }
  const file = await ea.downloadFile({ dossierId, documentId: document.documentId, fileId });
  const target = join(await mkdtemp(join(tmpdir(), 'kybkit-demo-')), file.filename ?? `file-${fileId}`);
  await pipeline(Readable.fromWeb(file.stream as WebStream<Uint8Array>), createWriteStream(target));
  log(
    `${document.documentCode} file ${fileId} → ${target} (${(await stat(target)).size} bytes, ${file.contentType})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(downloadFile);
}
