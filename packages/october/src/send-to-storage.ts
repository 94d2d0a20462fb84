import { createMultipartBody, sizedStream } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import { securityHeaders } from './generated/operations.js';
import type { UploadDescriptor } from './types.js';
import type { CheckedFile } from './upload-file.js';

/** What failed, for UploadError; no URL (it is signed), no body, no header. */
export class StorageFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly storageCode?: string,
  ) {
    super(message);
  }
}

export interface StorageOptions {
  /** The raw transport: never the client's authenticated pipeline. */
  fetch: typeof fetch;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * Never copied from a descriptor: October's credentials and version, cookies, and the framing
 * headers this function sets itself.
 */
const NEVER_SENT = new Set([
  ...securityHeaders,
  'october-version',
  'authorization',
  'cookie',
  'content-length',
  'transfer-encoding',
  'host',
  'connection',
]);

function target(upload: UploadDescriptor | undefined): { url: URL; method: 'POST' | 'PUT' } {
  if (typeof upload?.url !== 'string') {
    throw new StorageFailure('the createMedium answer has no upload URL');
  }
  let url: URL;
  try {
    url = new URL(upload.url);
  } catch {
    throw new StorageFailure('the upload URL is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new StorageFailure(`the upload URL must use https (got ${url.protocol})`);
  }
  const method = (upload.method ?? (upload.fields ? 'POST' : 'PUT')).toUpperCase();
  if (method !== 'POST' && method !== 'PUT') {
    throw new StorageFailure(`unsupported upload method ${JSON.stringify(method.slice(0, 10))}`);
  }
  return { url, method };
}

function asStream(body: Blob | ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return body instanceof Blob ? (body.stream() as ReadableStream<Uint8Array>) : body;
}

/** The S3 error `<Code>`, if the storage answered one (a short word, safe to show). */
async function storageCodeOf(response: Response): Promise<string | undefined> {
  try {
    const text = (await response.text()).slice(0, 4_096);
    const code = /<Code>([A-Za-z]{1,64})<\/Code>/.exec(text)?.[1];
    return code;
  } catch {
    return undefined;
  }
}

function failureOf(error: unknown, signal: AbortSignal | undefined): StorageFailure {
  if (signal?.aborted) {
    return new StorageFailure('aborted');
  }
  const named = error as { name?: unknown; cause?: { code?: unknown } } | undefined;
  if (named?.name === 'TimeoutError') {
    return new StorageFailure('the storage did not answer in time');
  }
  const invalid = [error, named?.cause].find((e) => e instanceof Error && e.name === 'ValidationError');
  if (invalid instanceof Error) {
    return new StorageFailure(invalid.message.replace(/^\[[^\]]+\] /, ''));
  }
  const code = typeof named?.cause?.code === 'string' ? ` (${named.cause.code})` : '';
  return new StorageFailure(`the storage could not be reached${code}`);
}

/**
 * Step 2: sends the bytes to storage as the descriptor says, through the raw transport with only
 * the headers storage needs. A presigned POST gets a streamed multipart body (fields, then the file)
 * with its exact Content-Length; a presigned PUT gets the file itself. Sent once, never retried.
 */
export async function sendToStorage(
  upload: UploadDescriptor | undefined,
  file: CheckedFile,
  options: StorageOptions,
): Promise<void> {
  const { url, method } = target(upload);
  const headers = new Headers();
  let body: Blob | ReadableStream<Uint8Array>;
  if (method === 'POST') {
    const form = createMultipartBody(
      upload?.fields ?? {},
      { ...file, stream: asStream(file.open()) },
      { source: SOURCE, provider: PROVIDER },
    );
    headers.set('content-type', form.contentType);
    headers.set('content-length', String(form.length));
    body = form.body;
  } else {
    for (const [name, value] of Object.entries(upload?.headers ?? {})) {
      if (!NEVER_SENT.has(name.toLowerCase())) {
        headers.set(name, value);
      }
    }
    if (!headers.has('content-type')) {
      headers.set('content-type', file.contentType);
    }
    const source = file.open();
    if (source instanceof Blob) {
      body = source;
    } else {
      headers.set('content-length', String(file.size));
      body = sizedStream(source, { size: file.size, source: SOURCE, provider: PROVIDER });
    }
  }
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  let response: Response;
  try {
    response = await options.fetch(url.href, {
      method,
      headers,
      body,
      // 'error' unless the form asks for a success redirect: with any other mode undici keeps a
      // copy of the whole upload in memory until the response arrives.
      redirect: upload?.fields?.success_action_redirect === undefined ? 'error' : 'manual',
      signal: AbortSignal.any(signals),
      ...(!(body instanceof Blob) && { duplex: 'half' }),
    } as RequestInit);
  } catch (error) {
    throw failureOf(error, options.signal);
  }
  const redirectedOnSuccess =
    response.status === 303 && upload?.fields?.success_action_redirect !== undefined;
  if (response.ok || redirectedOnSuccess) {
    await response.body?.cancel();
    return;
  }
  const storageCode = await storageCodeOf(response);
  throw new StorageFailure(
    `${url.host} answered ${response.status}${storageCode ? ` (${storageCode})` : ''}`,
    response.status,
    storageCode,
  );
}
