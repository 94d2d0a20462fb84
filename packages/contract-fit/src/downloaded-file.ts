import { filenameFromContentDisposition } from '@kybkit/core';
import { unwrap } from './unwrap.js';

export interface DownloadedFile {
  /** The bytes as they arrive: pipe them somewhere, never buffer a large file whole. */
  stream: ReadableStream<Uint8Array>;
  /** The server's media type (for the original file: the file's own type). */
  contentType: string | undefined;
  /** From Content-Length, when sent. */
  size: number | undefined;
  /** From Content-Disposition, without any directory part; undefined when none is sent. */
  filename: string | undefined;
}

interface StreamResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** A `parseAs: 'stream'` result as a DownloadedFile, or the ApiError of a non-2xx answer. */
export function downloadedFile(result: StreamResult, operation: string): DownloadedFile {
  const data = unwrap(result, operation) as ReadableStream<Uint8Array> | null | undefined;
  // openapi-fetch gives no body for `Content-Length: 0`: that is an empty file, not a failure.
  const stream = data ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const headers = result.response.headers;
  const length = Number(headers.get('content-length'));
  return {
    stream,
    contentType: headers.get('content-type') ?? undefined,
    size: headers.has('content-length') && Number.isSafeInteger(length) && length >= 0 ? length : undefined,
    filename: filenameFromContentDisposition(headers.get('content-disposition')),
  };
}
