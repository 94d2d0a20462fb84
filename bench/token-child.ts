/**
 * Token refresh rounds, in a fresh process (child of token-refresh.ts): two e-Attestations clients on
 * the loopback token endpoint, one whose token lives 1 s and one whose token lives an hour. Per round,
 * after the short token expired, 1,000 concurrent calls on each (order alternating); prints JSON.
 */
import { createEAttestationsClient } from '../packages/e-attestations/dist/index.js';
import { setting } from './lib/args.ts';
import type { RouteStats } from './lib/server-routes.ts';

export interface Burst {
  kind: 'expired' | 'valid';
  ms: number;
  /** Until the first of the calls resolved: with an expired token, this includes the token request. */
  firstMs: number;
  ok: number;
  tokenRequests: number;
  grants: Record<string, number>;
  /** Distinct Authorization values the burst's API requests carried. */
  authValues: number;
  /** How long the burst's token requests took, until their response headers (client side). */
  tokenMs: number[];
}

const base = setting('BENCH_BASE') as string;
const rounds = Number(setting('BENCH_ROUNDS') ?? 3);
const calls = Number(setting('BENCH_CALLS') ?? 1_000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const control = async (path: string) =>
  (await fetch(`${base}${path}`, { method: path === '/__reset' ? 'POST' : 'GET' })).text();

let tokenMs: number[] = [];
/** The global fetch, timing the token requests (the client sends API and token requests through it). */
const timedFetch: typeof fetch = async (input, init) => {
  if (!String(input).includes('/oauth/token')) {
    return fetch(input, init);
  }
  const started = performance.now();
  const response = await fetch(input, init);
  tokenMs.push(performance.now() - started);
  return response;
};

function client(ttlSeconds: number) {
  return createEAttestationsClient({
    baseUrl: `${base}/api/v1`,
    tokenUrl: `${base}/oauth/token/${ttlSeconds}`,
    username: 'bench-user',
    password: 'bench-password',
    fetch: timedFetch,
  });
}

type Client = ReturnType<typeof client>;
const call = (c: Client) =>
  c.GET('/account/{accountId}/thirdparties', { params: { path: { accountId: 12345 }, query: { page: 0 } } });

async function burst(kind: Burst['kind'], c: Client): Promise<Burst> {
  await control('/__reset');
  tokenMs = [];
  const started = performance.now();
  let firstMs = Number.NaN;
  const first = (r: Awaited<ReturnType<typeof call>>) => {
    if (Number.isNaN(firstMs)) {
      firstMs = performance.now() - started;
    }
    return r;
  };
  const results = await Promise.all(Array.from({ length: calls }, () => call(c).then(first)));
  const ms = performance.now() - started;
  const stats = JSON.parse(await control('/__stats')) as RouteStats;
  return {
    kind,
    ms,
    firstMs,
    ok: results.filter((r) => r.error === undefined && r.data !== undefined).length,
    tokenRequests: stats.tokenRequests,
    grants: stats.grants,
    authValues: Object.keys(stats.byAuth).length,
    tokenMs: [...tokenMs],
  };
}

async function main(): Promise<void> {
  const out: Burst[][] = [];
  for (let round = 0; round < rounds; round++) {
    const expiring = client(1);
    const valid = client(3600);
    await call(expiring);
    await call(valid);
    // Open the connection pool once for both bursts, so that neither pays for 1,000 new sockets.
    await Promise.all(
      Array.from({ length: calls }, () => fetch(`${base}/warm`).then((r) => r.arrayBuffer())),
    );
    await pause(1_150);
    const order: Array<[Burst['kind'], Client]> = [
      ['expired', expiring],
      ['valid', valid],
    ];
    if (round % 2 === 1) {
      order.reverse();
    }
    const bursts: Burst[] = [];
    for (const [kind, c] of order) {
      bursts.push(await burst(kind, c));
    }
    out.push(bursts);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}

await main();
