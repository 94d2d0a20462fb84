import { startStorageServer as startRecorder } from '@kybkit/testing';
import type { StorageReceipt } from './client-from-env.js';

/** October's headers, as Node reports them (lowercase): none of them may reach the storage. */
const OCTOBER_HEADERS = ['userid', 'sessiontoken', 'october-version'];

/**
 * The demo's storage host: @kybkit/testing's recording upload target on 127.0.0.1, reporting for
 * each upload its size and which October headers (there must be none) arrived with it.
 */
export async function startStorageServer() {
  const recorder = await startRecorder();
  return {
    url: recorder.url,
    get receipts(): StorageReceipt[] {
      return recorder.requests.map((r) => ({
        method: r.method,
        bytes: r.bytes,
        octoberHeaders: OCTOBER_HEADERS.filter((name) => name in r.headers),
      }));
    },
    close: () => recorder.close(),
  };
}
