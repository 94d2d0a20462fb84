import { ValidationError } from '@kybkit/core';
import { SOURCE } from './environments.js';

/**
 * The file of a document. A Blob or File (for instance `await fs.openAsBlob(path)`, read from disk as
 * it is sent) or bytes already in memory: the size is known and sent as Content-Length. Or a stream,
 * with its size when you know it (Content-Length), else sent chunked; for a Node stream use
 * `Readable.toWeb(fs.createReadStream(path))`. Nothing is read into memory whole.
 */
export type DocumentFile =
  | Blob
  | Uint8Array
  | { readonly stream: ReadableStream<Uint8Array>; readonly size?: number };

/** The request body of an upload and its length when known. */
export interface UploadBody {
  body: Blob | Uint8Array | ReadableStream<Uint8Array>;
  length: number | undefined;
}

function invalid(message: string): ValidationError {
  return new ValidationError(message, { source: SOURCE, field: 'file' });
}

/** Checks the file before anything is sent; never reads it. */
export function uploadBody(file: DocumentFile): UploadBody {
  if (file instanceof Blob || file instanceof Uint8Array) {
    const length = file instanceof Blob ? file.size : file.byteLength;
    if (length === 0) {
      throw invalid('the file is empty');
    }
    return { body: file, length };
  }
  const stream = (file as { stream?: unknown } | null | undefined)?.stream;
  if (!(stream instanceof ReadableStream)) {
    throw invalid('give the file as a Blob, bytes, or { stream: ReadableStream, size? }');
  }
  if (stream.locked) {
    throw invalid('the stream is locked: it is being read elsewhere');
  }
  const size = (file as { size?: unknown }).size;
  if (size === undefined) {
    return { body: stream, length: undefined };
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) {
    throw invalid('size must be a positive whole number of bytes');
  }
  return { body: stream, length: size };
}
