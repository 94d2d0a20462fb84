import { describe, expect, it } from 'vitest';
import { AbortedError, collect, type Page, paginate } from '../src/index.js';

/** A fake paged API over `total` numbered items, recording the pages asked for. */
function api(total: number, size: number, facts: { size?: boolean; total?: boolean } = {}) {
  const asked: number[] = [];
  const fetchPage = async (page: number): Promise<Page<number>> => {
    asked.push(page);
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - page * size)) },
      (_, i) => page * size + i,
    );
    return {
      items,
      page,
      ...(facts.size === false ? {} : { size }),
      ...(facts.total ? { totalElements: total } : {}),
    };
  };
  return { fetchPage, asked };
}

describe('paginate', () => {
  it('is lazy: nothing is fetched before the first next()', async () => {
    const { fetchPage, asked } = api(10, 3);
    const iterator = paginate(fetchPage);
    expect(asked).toEqual([]);
    expect((await iterator.next()).value).toBe(0);
    expect(asked).toEqual([0]);
  });

  it('stops on a short page', async () => {
    const { fetchPage, asked } = api(7, 3);
    expect(await collect(paginate(fetchPage))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(asked).toEqual([0, 1, 2]);
  });

  it('stops on an empty page when no size is known', async () => {
    const { fetchPage, asked } = api(6, 3, { size: false });
    expect(await collect(paginate(fetchPage))).toHaveLength(6);
    expect(asked).toEqual([0, 1, 2]);
  });

  it('stops when totalElements is reached (no extra empty-page request)', async () => {
    const { fetchPage, asked } = api(6, 3, { total: true });
    expect(await collect(paginate(fetchPage))).toHaveLength(6);
    expect(asked).toEqual([0, 1]);
  });

  it('maxItems yields exactly that many and fetches no more pages than needed', async () => {
    const { fetchPage, asked } = api(100, 10);
    expect(await collect(paginate(fetchPage, { maxItems: 15 }))).toEqual(
      Array.from({ length: 15 }, (_, i) => i),
    );
    expect(asked).toEqual([0, 1]);
    const exact = api(100, 10);
    expect(await collect(paginate(exact.fetchPage, { maxItems: 10 }))).toHaveLength(10);
    expect(exact.asked).toEqual([0]);
  });

  it('maxItems 0 fetches nothing', async () => {
    const { fetchPage, asked } = api(100, 10);
    expect(await collect(paginate(fetchPage, { maxItems: 0 }))).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('maxPages', async () => {
    const { fetchPage, asked } = api(100, 10);
    expect(await collect(paginate(fetchPage, { maxPages: 2 }))).toHaveLength(20);
    expect(asked).toEqual([0, 1]);
  });

  it('startPage (1-based APIs)', async () => {
    const asked: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          asked.push(page);
          return { items: page < 3 ? ['x'] : [] };
        },
        { startPage: 1 },
      ),
    );
    expect(items).toEqual(['x', 'x']);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('passes the signal and stops with AbortedError once it aborts', async () => {
    const controller = new AbortController();
    const signals: Array<AbortSignal | undefined> = [];
    const iterator = paginate(
      async (_page, signal) => {
        signals.push(signal);
        return { items: [1, 2], size: 2 };
      },
      { signal: controller.signal },
    );
    await iterator.next();
    await iterator.next();
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(AbortedError);
    expect(signals).toEqual([controller.signal]);
  });

  it('breaking out of for await stops fetching', async () => {
    const { fetchPage, asked } = api(100, 5);
    for await (const item of paginate(fetchPage)) {
      if (item === 6) {
        break;
      }
    }
    expect(asked).toEqual([0, 1]);
  });

  it('an error from fetchPage propagates', async () => {
    const iterator = paginate(async () => {
      throw new Error('boom');
    });
    await expect(iterator.next()).rejects.toThrow('boom');
  });
});

describe('collect', () => {
  it('reads sync and async iterables, up to max', async () => {
    expect(await collect([1, 2, 3])).toEqual([1, 2, 3]);
    expect(await collect([1, 2, 3], { max: 2 })).toEqual([1, 2]);
    expect(await collect([1, 2, 3], { max: 0 })).toEqual([]);
    const { fetchPage, asked } = api(100, 10);
    expect(await collect(paginate(fetchPage), { max: 3 })).toEqual([0, 1, 2]);
    expect(asked).toEqual([0]);
  });
});
