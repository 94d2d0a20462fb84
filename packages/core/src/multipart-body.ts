import { ValidationError } from './errors.js';
import { sizedStream } from './sized-stream.js';

/** The file part of a multipart body: streamed, never buffered. */
export interface MultipartFile {
  stream: ReadableStream<Uint8Array>;
  /** Exact size in bytes when known: the body then has a length (Content-Length); otherwise chunked. */
  size?: number | undefined;
  filename: string;
  contentType: string;
}

export interface MultipartBodyOptions {
  /** The form-data name of the file part. Default `file`. */
  fileField?: string;
  /** Default: `----kybkit-` and 32 random hex digits, never found in a field value. */
  boundary?: string;
  /** For ValidationErrors (bad boundary, size mismatch): the package raising them. */
  source?: string;
  /** For ValidationErrors: the provider slug. */
  provider?: string;
}

export interface MultipartBody {
  body: ReadableStream<Uint8Array>;
  /** `multipart/form-data; boundary=…` */
  contentType: string;
  /** The exact byte length of `body` when the file size is known; undefined otherwise (send it chunked). */
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

/** RFC 2046 boundary characters that need no quoting in the Content-Type header, 1 to 70 of them. */
const BOUNDARY = /^[0-9A-Za-z'+_.-]{1,70}$/;

/**
 * A multipart/form-data body built as a stream (RFC 7578): every text field first, in the given
 * order, then the file part last under `fileField`. Only the short head and tail are held in
 * memory; the file's bytes flow through as the request reads them (see {@link sizedStream}). With a
 * known file size the exact length is computed from the parts, and a file yielding another number
 * of bytes errors the body. A boundary that a field value contains is refused.
 */
export function createMultipartBody(
  fields: Readonly<Record<string, string>>,
  file: MultipartFile & { size: number },
  options?: MultipartBodyOptions,
): MultipartBody & { length: number };
export function createMultipartBody(
  fields: Readonly<Record<string, string>>,
  file: MultipartFile,
  options?: MultipartBodyOptions,
): MultipartBody;
export function createMultipartBody(
  fields: Readonly<Record<string, string>>,
  file: MultipartFile,
  options: MultipartBodyOptions = {},
): MultipartBody {
  const { source, provider } = options;
  const context = {
    ...(source !== undefined && { source }),
    ...(provider !== undefined && { provider }),
  };
  const invalid = (field: string, message: string) => new ValidationError(message, { ...context, field });
  const values = Object.values(fields);
  let boundary = options.boundary;
  if (boundary === undefined) {
    do {
      boundary = randomBoundary();
    } while (values.some((value) => value.includes(boundary as string)));
  } else if (!BOUNDARY.test(boundary) || values.some((value) => value.includes(boundary as string))) {
    throw invalid(
      'boundary',
      "boundary must be 1 to 70 letters, digits or ' + _ . - and appear in no field value",
    );
  }
  if (/[\r\n]/.test(file.contentType)) {
    throw invalid('file.contentType', 'file.contentType may not hold a line break');
  }
  const encoder = new TextEncoder();
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(options.fileField ?? 'file')}; ` +
    `filename=${quoted(file.filename)}\r\nContent-Type: ${file.contentType}\r\n\r\n`;
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(`\r\n--${boundary}--\r\n`);
  return {
    body: sizedStream(file.stream, { size: file.size, head: headBytes, tail: tailBytes, ...context }),
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: file.size === undefined ? undefined : headBytes.byteLength + file.size + tailBytes.byteLength,
  };
}
