import { paginate } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';
import type { Dossier, DossierQuery, ThirdpartyQuery, ThirdpartyRepresentation } from './types.js';
import { unwrap } from './unwrap.js';
import { validateIdentifierFilters } from './validate.js';

export interface IterateOptions {
  /** Items per request (the API's `pageSize`). Default 100. */
  pageSize?: number;
  /** Stop after this many items. */
  maxItems?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  signal?: AbortSignal;
}

const pagingOf = (options: IterateOptions) => ({
  ...(options.maxItems !== undefined && { maxItems: options.maxItems }),
  ...(options.maxPages !== undefined && { maxPages: options.maxPages }),
  ...(options.signal && { signal: options.signal }),
});

interface PageBody<T> {
  content?: T[];
  page?: number;
  size?: number;
  totalElements?: number;
}

/** One lazy iterator over an e-Attestations page/pageSize listing. */
function pages<T>(
  load: (page: number, pageSize: number, signal?: AbortSignal) => Promise<PageBody<T>>,
  options: IterateOptions,
): AsyncIterableIterator<T> {
  const pageSize = options.pageSize ?? 100;
  return paginate(async (page, signal) => {
    const { content, ...paging } = await load(page, pageSize, signal);
    return { items: content ?? [], ...paging };
  }, pagingOf(options));
}

/** Every third party matching the filters, page after page (0-based `page`, `pageSize`). */
export function iterateThirdparties(
  api: Client<paths>,
  accountId: () => Promise<number>,
  query: ThirdpartyQuery = {},
  options: IterateOptions = {},
): AsyncIterableIterator<ThirdpartyRepresentation> {
  validateIdentifierFilters(query);
  return pages(async (page, pageSize, signal) => {
    const result = await api.GET('/account/{accountId}/thirdparties', {
      params: { path: { accountId: await accountId() }, query: { ...query, page, pageSize } },
      ...(signal && { signal }),
    });
    return unwrap(result, 'listThirdparties');
  }, options);
}

/** Every dossier matching the filters, page after page. */
export function iterateDossiers(
  api: Client<paths>,
  accountId: () => Promise<number>,
  query: DossierQuery = {},
  options: IterateOptions = {},
): AsyncIterableIterator<Dossier> {
  validateIdentifierFilters(query);
  return pages(async (page, pageSize, signal) => {
    const result = await api.GET('/account/{accountId}/dossiers', {
      params: { path: { accountId: await accountId() }, query: { ...query, page, pageSize } },
      ...(signal && { signal }),
    });
    return unwrap(result, 'searchDossiers');
  }, options);
}
