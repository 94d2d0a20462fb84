import { AbortedError } from './errors.js';

/** One page as a provider package maps it: the items and, when the API says, the paging facts. */
export interface Page<T> {
  items: readonly T[];
  /** The page number the API reports (informational). */
  page?: number;
  /** The page size asked for or reported; a page with fewer items is the last one. */
  size?: number;
  /** Total items across all pages; iteration stops once that many were seen. */
  totalElements?: number;
}

export interface PaginateOptions {
  /** First page number. Default 0 (e-Attestations pages are 0-based). */
  startPage?: number;
  /** Yield at most this many items (exactly this many when the API has enough). */
  maxItems?: number;
  /** Fetch at most this many pages. */
  maxPages?: number;
  signal?: AbortSignal;
}

/**
 * Iterates over the items of a paged API, fetching a page only when the previous one is used up. It stops
 * on an empty page, on a short page (`items.length < size`), once `totalElements` items were seen, or at
 * `maxItems` / `maxPages`. Breaking out of a `for await` stops it too.
 *
 * @example for await (const dossier of paginate((page, signal) => listDossiers({ page, size: 100 }, signal))) …
 */
export async function* paginate<T>(
  fetchPage: (page: number, signal?: AbortSignal) => Promise<Page<T>>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const { maxItems, maxPages, signal } = options;
  let pageNumber = options.startPage ?? 0;
  let pages = 0;
  let seen = 0;
  let yielded = 0;
  for (;;) {
    if ((maxItems !== undefined && yielded >= maxItems) || (maxPages !== undefined && pages >= maxPages)) {
      return;
    }
    if (signal?.aborted) {
      throw new AbortedError('pagination was aborted', { cause: signal.reason });
    }
    const page = await fetchPage(pageNumber, signal);
    pages++;
    pageNumber++;
    const items = page.items;
    if (items.length === 0) {
      return;
    }
    seen += items.length;
    for (const item of items) {
      if (maxItems !== undefined && yielded >= maxItems) {
        return;
      }
      yielded++;
      yield item;
    }
    if (page.size !== undefined && items.length < page.size) {
      return;
    }
    if (page.totalElements !== undefined && seen >= page.totalElements) {
      return;
    }
  }
}

/** Reads an (async) iterable into an array, stopping after `max` items (and closing the iterator). */
export async function collect<T>(
  iterable: AsyncIterable<T> | Iterable<T>,
  options: { max?: number } = {},
): Promise<T[]> {
  const max = options.max;
  const out: T[] = [];
  if (max !== undefined && max <= 0) {
    return out;
  }
  for await (const item of iterable) {
    out.push(item);
    if (max !== undefined && out.length >= max) {
      break;
    }
  }
  return out;
}
