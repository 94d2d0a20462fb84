import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ContractFitClient } from '@kybkit/contract-fit';
import { demoDocument, type Log, runStandalone } from './client-from-env.js';

/** Downloads the uploaded file again, streamed to a temporary file under its own name. */
export async function downloadOriginal(cf: ContractFitClient, log: Log): Promise<void> {
  const id = demoDocument();
  const file = await cf.downloadOriginalFile(id);
  const dir = await mkdtemp(join(tmpdir(), 'kybkit-contract-fit-'));
  try {
    const target = join(dir, file.filename ?? `${id}.bin`);
    await file.stream.pipeTo(Writable.toWeb(createWriteStream(target)));
    log(`${id} → ${file.filename} (${(await stat(target)).size} bytes, ${file.contentType})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStandalone(downloadOriginal);
}
