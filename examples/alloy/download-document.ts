import { createWriteStream } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AlloyClient } from '@kybkit/alloy';
import { demoPerson, type Log, runStandalone } from './client-from-env.js';

/** Downloads the person's first uploaded document, streamed to a temporary file. */
export async function downloadDocument(alloy: AlloyClient, log: Log): Promise<void> {
  const documents = await alloy.listDocuments(demoPerson);
  const document = documents.find((d) => d.uploaded);
  if (!document) {
    log('no uploaded document to download');
    return;
  }
  const file = await alloy.downloadDocument(demoPerson, document.document_token);
  const name = file.filename ?? `${document.name}.${document.extension}`;
  const target = join(await mkdtemp(join(tmpdir(), 'kybkit-alloy-')), name);
  await file.stream.pipeTo(Writable.toWeb(createWriteStream(target)));
  log(`${document.document_token} → ${target} (${(await stat(target)).size} bytes, ${file.contentType})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(downloadDocument);
}
