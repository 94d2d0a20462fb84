import { sizedStream } from './sized-stream.js';

/** A file part, as `checkUploadFile` describes it. */
export interface FilePart {
  stream: ReadableStream<Uint8Array>;
  /** Exact size in bytes when known: the body then has a Content-Length. */
  size: number | undefined;
  filename: string;
  contentType: string;
}

export interface MultipartBody {
  body: ReadableStream<Uint8Array>;
  /** `multipart/form-data; boundary=…` */
  contentType: string;
  /** The exact byte length of `body` when the file size is known; undefined otherwise (chunked). */
  length: number | undefined;
}

/** Form-data names and file names: quotes and line breaks percent-encoded, as browsers do. */
function quoted(value: string): string {
  return `"${value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')}"`;
}

function randomBoundary(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `----kybkit-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A multipart/form-data body built as a stream (RFC 7578): every text field first, in the given
 * order, then the file part last under `fileField`. Only the short head and tail are held in
 * memory; the file's bytes flow through as the request reads them. The length is computed from
 * the parts and the file size, when that is known.
 */
export function multipartBody(
  fields: Readonly<Record<string, string>>,
  file: FilePart,
  fileField = 'file',
  boundary: string = randomBoundary(),
): MultipartBody {
  const encoder = new TextEncoder();
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(fileField)}; filename=${quoted(file.filename)}\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    body: sizedStream(file.stream, file.size, headBytes, tailBytes),
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: file.size === undefined ? undefined : headBytes.byteLength + file.size + tailBytes.byteLength,
  };
}
