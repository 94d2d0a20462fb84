import { type DownloadedFile, downloadedFile as fromStream } from '@kybkit/core';
import { unwrap } from './unwrap.js';

export type { DownloadedFile };

interface StreamResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** A `parseAs: 'stream'` result as a DownloadedFile, or the ApiError of a non-2xx answer. */
export function downloadedFile(result: StreamResult, operation: string): DownloadedFile {
  const data = unwrap(result, operation) as ReadableStream<Uint8Array> | null | undefined;
  return fromStream(data, result.response.headers);
}
