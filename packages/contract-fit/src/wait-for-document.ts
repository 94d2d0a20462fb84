import { waitFor } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { DocumentProcessingError } from './document-processing-error.js';
import { isDocumentFailed, isDocumentProcessed, reprocessedSince } from './document-state.js';
import { SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';
import type { Document } from './types.js';
import { unwrap } from './unwrap.js';
import { assertObjectId, invalid, optionalDuration, shown } from './validate.js';

export interface WaitForDocumentOptions {
  /** Give up after this long (WaitTimeoutError, with the last document read). Default 10 minutes. */
  timeoutMs?: number;
  /** First pause between polls; it grows 1.5× up to 30 s. Default 2 s. */
  intervalMs?: number;
  signal?: AbortSignal;
  /** When to stop. Default `isDocumentProcessed`. */
  until?: (document: Document) => boolean;
}

export interface ReprocessOptions extends Omit<WaitForDocumentOptions, 'until'> {
  /** Name of the version the reprocessing produces. Default `reprocessed` (the API's default). */
  name?: string;
  /** Who the new version is attributed to. Default `Machine` (the API's default). */
  reviewer?: 'Machine' | 'Human';
  /** Wait for the new version. Default true; false answers the document as it stands. */
  wait?: boolean;
}

/**
 * Polls `GET /documents/{id}` (with backoff) until the document is processed, and returns it.
 * Throws DocumentProcessingError when it was processed without success (with the default `until`).
 */
export async function waitForDocument(
  api: Client<paths>,
  id: string,
  options: WaitForDocumentOptions = {},
): Promise<Document> {
  const documentId = assertObjectId(id, 'id');
  const timeoutMs = optionalDuration(options.timeoutMs, 'timeoutMs') ?? 600_000;
  const intervalMs = optionalDuration(options.intervalMs, 'intervalMs') ?? 2_000;
  if (options.until !== undefined && typeof options.until !== 'function') {
    throw invalid('until', `must be a function, got ${shown(options.until)}`);
  }
  const until = options.until ?? isDocumentProcessed;
  const document = await waitFor(
    async (_attempt, signal) =>
      unwrap(
        await api.GET('/documents/{id}', { params: { path: { id: documentId } }, signal }),
        'getDocument',
      ),
    until,
    {
      timeoutMs,
      intervalMs,
      source: SOURCE,
      description: `document ${documentId} to be processed`,
      ...(options.signal && { signal: options.signal }),
    },
  );
  if (options.until === undefined && isDocumentFailed(document)) {
    throw new DocumentProcessingError(document);
  }
  return document;
}

/**
 * `POST /documents/{id}/reprocess` (always asynchronous), then, by default, waits until the new
 * version is there (see `reprocessedSince`) and returns the document. Never retried: each call
 * schedules another run.
 */
export async function reprocess(
  api: Client<paths>,
  id: string,
  options: ReprocessOptions = {},
): Promise<Document> {
  const documentId = assertObjectId(id, 'id');
  const name = options.name ?? 'reprocessed';
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalid('name', 'must be a non-empty version name');
  }
  if (options.reviewer !== undefined && options.reviewer !== 'Machine' && options.reviewer !== 'Human') {
    throw invalid('reviewer', `must be 'Machine' or 'Human', got ${shown(options.reviewer)}`);
  }
  const { wait = true, timeoutMs, intervalMs, signal } = options;
  if (typeof wait !== 'boolean') {
    throw invalid('wait', `must be true or false, got ${shown(wait)}`);
  }
  optionalDuration(timeoutMs, 'timeoutMs');
  optionalDuration(intervalMs, 'intervalMs');
  const query = { name, ...(options.reviewer && { reviewer: options.reviewer }) };
  const before = unwrap(
    await api.POST('/documents/{document_id}/reprocess', {
      params: { path: { document_id: documentId }, query },
      ...(signal && { signal }),
    }),
    'reprocessDocument',
  );
  if (!wait) {
    return before;
  }
  const after = await waitForDocument(api, documentId, {
    until: reprocessedSince(before, name),
    ...(timeoutMs !== undefined && { timeoutMs }),
    ...(intervalMs !== undefined && { intervalMs }),
    ...(signal && { signal }),
  });
  if (isDocumentFailed(after)) {
    throw new DocumentProcessingError(after);
  }
  return after;
}
