import type { MultipartFile } from '@kybkit/core';
import { invalid, shown } from './validate.js';

/** A file given as a stream, e.g. `Readable.toWeb(fs.createReadStream(path))`. */
export interface UploadStream {
  stream: ReadableStream<Uint8Array>;
  /** Exact size in bytes, when known: sent as Content-Length, and the stream must yield exactly that. */
  size?: number;
  filename: string;
  contentType: string;
}

/** A Blob or File (e.g. `await fs.openAsBlob(path, { type: 'application/pdf' })`, read as it is sent), or a stream. */
export type UploadFile = Blob | UploadStream;

/** Overrides for what a Blob does not say (a Blob from `openAsBlob` has no name). */
export interface FileHints {
  filename?: string | undefined;
  contentType?: string | undefined;
}

const MEDIA_TYPE =
  /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*(\s*;\s*[\w!#$&^.+-]+=("[^"\r\n]*"|[\w!#$&^.+-]+))*$/;

const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

function isUploadStream(file: unknown): file is UploadStream {
  const stream = (file as { stream?: unknown } | null)?.stream;
  return (
    typeof stream === 'object' &&
    stream !== null &&
    typeof (stream as ReadableStream).getReader === 'function'
  );
}

/**
 * Checks a file before anything is sent and returns its part: a non-empty Blob, or a stream not
 * being read elsewhere (with its exact size when given), a file name without control characters
 * (any directory part is dropped) and a media type (a Blob without one gets `defaultType`).
 * Nothing of the file is read here; the returned function opens it, once.
 */
export function checkUploadFile(
  file: UploadFile,
  hints: FileHints = {},
  defaultType = 'application/octet-stream',
): () => MultipartFile {
  let size: number | undefined;
  let filename: unknown;
  let contentType: unknown;
  let open: () => ReadableStream<Uint8Array>;
  if (typeof Blob !== 'undefined' && file instanceof Blob) {
    size = file.size;
    filename = hints.filename ?? (file as Partial<File>).name;
    contentType = hints.contentType ?? (file.type || defaultType);
    open = () => file.stream() as ReadableStream<Uint8Array>;
  } else if (isUploadStream(file)) {
    if (file.stream.locked) {
      throw invalid('file.stream', 'is locked: it is being read elsewhere');
    }
    size = file.size;
    filename = hints.filename ?? file.filename;
    contentType = hints.contentType ?? file.contentType;
    open = () => file.stream;
  } else {
    throw invalid('file', 'must be a Blob/File or { stream, size?, filename, contentType }');
  }
  if (size !== undefined && (!Number.isSafeInteger(size) || size < 1)) {
    throw invalid('file.size', `must be a whole number of bytes above 0, got ${shown(size)}`);
  }
  const name = typeof filename === 'string' ? (filename.split(/[\\/]/).pop() ?? '') : '';
  if (!name || hasControlCharacter(name)) {
    throw invalid(
      'file.filename',
      'is required (give `filename` for a Blob without a name) and may not hold control characters',
    );
  }
  if (typeof contentType !== 'string' || !MEDIA_TYPE.test(contentType)) {
    throw invalid(
      'file.contentType',
      `must be a media type such as application/pdf, got ${shown(contentType)}`,
    );
  }
  let opened = false;
  return () => {
    if (opened) {
      throw invalid('file', 'was already sent: pass the file again');
    }
    opened = true;
    return { stream: open(), size, filename: name, contentType };
  };
}
