import { filenameFromContentDisposition } from './content-disposition.js';

/** A file downloaded as a stream, with what the response headers say about it. */
export interface DownloadedFile {
  /** The bytes as they arrive: pipe them somewhere, never buffer a large file whole. */
  stream: ReadableStream<Uint8Array>;
  /** The server's media type (Content-Type), when sent. */
  contentType: string | undefined;
  /** From Content-Length, when sent (a whole number of bytes). */
  size: number | undefined;
  /** From Content-Disposition, without any directory part; undefined when none is sent. */
  filename: string | undefined;
}

/**
 * The body of a `parseAs: 'stream'` call and its response headers as a {@link DownloadedFile}.
 * No body (openapi-fetch gives none for `Content-Length: 0`) is an empty file, not a failure.
 */
export function downloadedFile(
  body: ReadableStream<Uint8Array> | null | undefined,
  headers: Headers,
): DownloadedFile {
  const stream = body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const length = Number(headers.get('content-length'));
  return {
    stream,
    contentType: headers.get('content-type') ?? undefined,
    size: headers.has('content-length') && Number.isSafeInteger(length) && length >= 0 ? length : undefined,
    filename: filenameFromContentDisposition(headers.get('content-disposition')),
  };
}
