import { invalid, shown } from './validate.js';

/** A file given as a stream, with what October must be told about it before the bytes are sent. */
export interface UploadStream {
  stream: ReadableStream<Uint8Array>;
  /** Exact size in bytes; the upload fails if the stream yields more or fewer. */
  size: number;
  filename: string;
  contentType: string;
}

/** A Blob or File (e.g. from `fs.openAsBlob(path, { type })`), or a stream with its size. */
export type UploadFile = Blob | UploadStream;

/** The file checked and described once: read at most once through `open()`. */
export interface CheckedFile {
  size: number;
  filename: string;
  contentType: string;
  /** The Blob itself, or the stream (once). */
  open(): Blob | ReadableStream<Uint8Array>;
}

/** October's documented limit: "20 MB" (guess: 20 × 1024 × 1024 bytes). */
export const MAX_MEDIUM_BYTES = 20 * 1024 * 1024;

/**
 * The types accepted by default. October lists them only in its non-public Media API Reference,
 * so this list is a guess (PDF and common images); pass `allowedTypes` to change it.
 */
export const DEFAULT_ALLOWED_TYPES: readonly string[] = Object.freeze([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/heic',
  'image/webp',
]);

const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function isStreamFile(file: unknown): file is UploadStream {
  const stream = (file as { stream?: unknown } | null)?.stream;
  return (
    typeof stream === 'object' &&
    stream !== null &&
    typeof (stream as ReadableStream).getReader === 'function'
  );
}

export interface FileHints {
  filename?: string | undefined;
  contentType?: string | undefined;
  allowedTypes?: readonly string[] | undefined;
}

/**
 * Checks a file before anything is sent: a Blob or a stream with a size, at most 20 MB, a file name,
 * and a content type in the allowed list. Nothing of the file is read here.
 */
export function checkFile(file: UploadFile, hints: FileHints = {}): CheckedFile {
  let size: number;
  let filename: string | undefined;
  let contentType: string | undefined;
  let open: () => Blob | ReadableStream<Uint8Array>;
  if (typeof Blob !== 'undefined' && file instanceof Blob) {
    size = file.size;
    filename = hints.filename ?? (typeof (file as File).name === 'string' ? (file as File).name : undefined);
    contentType = hints.contentType ?? (file.type || undefined);
    open = () => file;
  } else if (isStreamFile(file)) {
    size = file.size;
    filename = hints.filename ?? file.filename;
    contentType = hints.contentType ?? file.contentType;
    let used = false;
    open = () => {
      if (used) {
        throw invalid('file.stream', 'was already read: pass the file again to resume');
      }
      used = true;
      return file.stream;
    };
  } else {
    throw invalid('file', 'must be a Blob/File or { stream, size, filename, contentType }');
  }
  if (!Number.isSafeInteger(size) || size < 1) {
    throw invalid('file.size', `must be a whole number of bytes above 0, got ${shown(size)}`);
  }
  if (size > MAX_MEDIUM_BYTES) {
    throw invalid('file.size', `is ${size} bytes: October accepts at most 20 MB (${MAX_MEDIUM_BYTES} bytes)`);
  }
  filename = typeof filename === 'string' ? baseName(filename) : '';
  if (!filename || hasControlCharacter(filename)) {
    throw invalid(
      'file.filename',
      'is required (give `filename` for a Blob) and may not hold control characters',
    );
  }
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const allowed = (hints.allowedTypes ?? DEFAULT_ALLOWED_TYPES).map((t) => t.toLowerCase());
  if (!type) {
    throw invalid('file.contentType', 'is required (give `contentType`, e.g. application/pdf)');
  }
  if (!allowed.includes(type)) {
    throw invalid('file.contentType', `${shown(type)} is not an allowed type (${allowed.join(', ')})`);
  }
  return { size, filename, contentType: type, open };
}
