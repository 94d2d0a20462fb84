import { sizedStream } from './sized-stream.js';

export interface MultipartBody {
  body: ReadableStream<Uint8Array>;
  /** `multipart/form-data; boundary=…` */
  contentType: string;
  /** The exact byte length of `body` (S3 refuses a POST without Content-Length). */
  length: number;
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
 * A multipart/form-data body for a presigned POST: every field first, in the given order, then the
 * file last as `file`, streamed. The length is computed from the parts and the declared file size.
 */
export function multipartBody(
  fields: Readonly<Record<string, string>>,
  file: { stream: ReadableStream<Uint8Array>; size: number; filename: string; contentType: string },
  boundary: string = randomBoundary(),
): MultipartBody {
  const encoder = new TextEncoder();
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=${quoted(file.filename)}\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    body: sizedStream(file.stream, file.size, headBytes, tailBytes),
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: headBytes.byteLength + file.size + tailBytes.byteLength,
  };
}
