import { filenameFromContentDisposition, KybkitError } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { PROVIDER, SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';
import { unwrap } from './unwrap.js';

export interface FileRef {
  dossierId: number;
  documentId: number;
  fileId: number;
}

export interface DownloadedFile {
  /** The bytes, as they arrive: pipe them, never buffer a large file whole. */
  stream: ReadableStream<Uint8Array>;
  /** From Content-Disposition, stripped of any directory part; undefined when the server sends none. */
  filename: string | undefined;
  contentType: string | undefined;
  /** From Content-Length, when sent. */
  size: number | undefined;
}

/** Downloads an evidence file as a stream, with the server's file name. */
export async function downloadFile(
  api: Client<paths>,
  accountId: number,
  ref: FileRef,
  options: { signal?: AbortSignal } = {},
): Promise<DownloadedFile> {
  const result = await api.GET(
    '/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files/{fileId}',
    {
      params: { path: { accountId, ...ref } },
      parseAs: 'stream',
      ...(options.signal && { signal: options.signal }),
    },
  );
  const stream = unwrap(result, 'downloadFile') as ReadableStream<Uint8Array> | null | undefined;
  if (!stream) {
    throw new KybkitError('downloadFile: the response has no body', { source: SOURCE, provider: PROVIDER });
  }
  const headers = result.response.headers;
  const length = Number(headers.get('content-length'));
  return {
    stream,
    filename: filenameFromContentDisposition(headers.get('content-disposition') ?? ''),
    contentType: headers.get('content-type') ?? undefined,
    size: Number.isFinite(length) && headers.has('content-length') ? length : undefined,
  };
}
