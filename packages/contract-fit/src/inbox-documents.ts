import { paginate } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';
import type { Document, DocumentPage, InboxPageQuery } from './types.js';
import { unwrap } from './unwrap.js';
import { assertObjectId, invalid, optionalDateTime, optionalPositiveInteger, shown } from './validate.js';

export interface InboxDocumentsOptions {
  /** Documents per request (`per_page`). Default 100 (the API's is 20; no maximum is published). */
  perPage?: number;
  /** Stop after this many documents. */
  maxItems?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  /** Only documents received from this time on (a Date or an RFC 3339 string). */
  startReceiveDate?: Date | string;
  /** Only documents received up to this time. */
  endReceiveDate?: Date | string;
  /** Sort key, as the API takes it (e.g. `receive_time`; the syntax is not published). */
  orderBy?: string;
  signal?: AbortSignal;
}

/**
 * One page as an object. The reference declares the answer as a list of pages; the spec resolved
 * it to one object, and a one-page list is accepted too, in case the server does marshal a list.
 */
function pageOf(data: DocumentPage | readonly DocumentPage[] | undefined): DocumentPage | undefined {
  return Array.isArray(data) ? data[0] : (data as DocumentPage | undefined);
}

/**
 * Every document of an inbox, page after page of `GET /inboxes/{inbox_id}/paginated` (1-based
 * `page`), fetched lazily. Stops on an empty or short page, once `total` documents were seen, or
 * at `maxItems` / `maxPages`. Options are checked when called, before any request.
 */
export function inboxDocuments(
  api: Client<paths>,
  inboxId: string,
  options: InboxDocumentsOptions = {},
): AsyncIterableIterator<Document> {
  const inbox = assertObjectId(inboxId, 'inboxId');
  const perPage = optionalPositiveInteger(options.perPage, 'perPage') ?? 100;
  const maxItems = optionalPositiveInteger(options.maxItems, 'maxItems');
  const maxPages = optionalPositiveInteger(options.maxPages, 'maxPages');
  const start = optionalDateTime(options.startReceiveDate, 'startReceiveDate');
  const end = optionalDateTime(options.endReceiveDate, 'endReceiveDate');
  if (options.orderBy !== undefined && (typeof options.orderBy !== 'string' || options.orderBy === '')) {
    throw invalid('orderBy', `must be a non-empty string, got ${shown(options.orderBy)}`);
  }
  const filters: InboxPageQuery = {
    per_page: perPage,
    ...(start !== undefined && { start_receive_date: start }),
    ...(end !== undefined && { end_receive_date: end }),
    ...(options.orderBy !== undefined && { order_by: options.orderBy }),
  };
  return paginate(
    async (page, signal) => {
      const result = await api.GET('/inboxes/{inbox_id}/paginated', {
        params: { path: { inbox_id: inbox }, query: { ...filters, page } },
        ...(signal && { signal }),
      });
      const data = pageOf(unwrap(result, 'listInboxDocumentsPaginated'));
      return {
        items: data?.results ?? [],
        size: data?.per_page ?? perPage,
        ...(data?.total !== undefined && { totalElements: data.total }),
      };
    },
    {
      startPage: 1,
      ...(maxItems !== undefined && { maxItems }),
      ...(maxPages !== undefined && { maxPages }),
      ...(options.signal && { signal: options.signal }),
    },
  );
}
