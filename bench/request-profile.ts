/**
 * Where the time goes: CPU profiles (`node --cpu-prof`) of raw fetch and of the e-Attestations client,
 * one process per method and client at c=1, compared per request by area and by function.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runJsonChild } from './lib/child.ts';
import { selfTimes } from './lib/cpu-profile.ts';
import { benchDir, ensureScratch } from './lib/paths.ts';
import type { Table } from './lib/section.ts';
import type { Method } from './request-variants.ts';

const REQUESTS = 3_000;
const WARMUP = 300;

/** One profiled process: the client profiles its timed requests only (inspector, 100 µs sampling). */
async function profile(port: number, variant: string, dir: string): Promise<ReturnType<typeof selfTimes>> {
  const file = join(dir, `${variant.replace(/\W+/g, '-')}.cpuprofile`);
  rmSync(file, { force: true });
  await runJsonChild(join(benchDir, 'request-client.ts'), {
    cpu: 0,
    env: {
      BENCH_PROFILE: file,
      BENCH_PORT: String(port),
      BENCH_C: '1',
      BENCH_N: String(REQUESTS),
      BENCH_BLOCK: String(REQUESTS),
      BENCH_WARMUP: String(WARMUP),
      BENCH_ONLY: variant,
    },
    timeoutMs: 120_000,
  });
  return selfTimes(file);
}

const us = (total: number) => (total / REQUESTS).toFixed(1);

export async function profileMethod(port: number, method: Method, client: string): Promise<Table[]> {
  const dir = ensureScratch('profiles');
  const raw = await profile(port, `${method} raw fetch`, dir);
  const kyb = await profile(port, `${method} ${client}`, dir);
  const areas = [...new Set([...raw.byArea.keys(), ...kyb.byArea.keys()])].filter((a) => a !== '(root)');
  const areaRows = areas
    .map((area) => [area, raw.byArea.get(area) ?? 0, kyb.byArea.get(area) ?? 0] as const)
    .sort((a, b) => b[2] - b[1] - (a[2] - a[1]))
    .map(([area, r, k]) => [area, us(r), us(k), us(k - r)]);
  areaRows.push([
    '**total (sampled, idle excluded)**',
    us(raw.totalUs),
    us(kyb.totalUs),
    us(kyb.totalUs - raw.totalUs),
  ]);
  const grown = [...kyb.byFunction.entries()]
    .map(([key, v]) => [key, v - (raw.byFunction.get(key) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([key, delta]) => {
      const [area, fn] = key.split(' | ');
      return [area ?? '', `\`${fn ?? key}\``, us(kyb.byFunction.get(key) ?? 0), us(delta)];
    });
  return [
    {
      caption: `${method} at c=1: CPU µs per request by area, raw fetch vs ${client} (${REQUESTS} profiled requests each after ${WARMUP} warm-up, 100 µs sampling)`,
      head: ['area', 'raw fetch µs/req', `${client} µs/req`, 'Δ µs/req'],
      rows: areaRows,
    },
    {
      caption: `${method}: the 15 functions whose self time grew most (${client} − raw fetch)`,
      head: ['area', 'file:function:line', 'self µs/req', 'Δ vs raw µs/req'],
      rows: grown,
    },
  ];
}

/** How to read the profiles, and where the rest of the gap is; `bareGet`: bare openapi-fetch's GET ratios of this run. */
export const profileNotes = (bareGet: string): string[] => [
  'A kybkit variant missed the budget (or `--profile` was given): the CPU profiles above cover the timed requests only (inspector, main thread). Areas that raw fetch does not touch (@kybkit/*) are attributed exactly; the others (undici, node internals, GC) are differences between two processes and carry noise.',
  'What changed since the first bench (BENCHMARKS.md at commit 9ef0fa9: the e-Attestations client at 0.57–0.58× raw fetch for GET, 0.69–0.73× for POST): openapi-fetch’s runtime (`coreFetch`, `mergeHeaders`, `new Request`; bare openapi-fetch measured ' +
    bareGet +
    ' of raw fetch for GET in this run) is no longer on the path: `createTypedClient` builds the URL string from a cached template and a plain header record; the body guard (a `ReadableStream` and a `Response` per call, about 150 µs of CPU per request measured on its own) is gone for JSON and text calls, which read the body inside the call; `new URL` is parsed only when a strategy reads `AuthContext.url` or a URL matcher needs it; the attempt timers share one timer per length.',
  'What is left: the per-attempt `AbortController` passed to `fetch` (undici’s `Request` follows any `init.signal` with a `WeakRef`, `setMaxListeners(1500, signal)`, an abort listener and a `FinalizationRegistry` entry). The “raw fetch + auth + timeout” row is that cost alone, with nothing of kybkit: a timeout that can abort the request costs it, and the slow-headers resilience tests require the connection to be closed. The rest is kybkit’s own JS (the call object, the auth await, header record and URL building, reading the body as text then `JSON.parse`): a few µs per call beyond the floor on the stub transport (the wrapper-only rows), and more in the profiles above, where the same functions run between undici’s and sampling attributes them with noise.',
];
