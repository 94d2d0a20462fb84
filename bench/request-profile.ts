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

/** How to read the profiles, and the fixes they point to; `bareGet`: bare openapi-fetch's GET ratios of this run. */
export const profileNotes = (bareGet: string): string[] => [
  'A kybkit variant missed the budget (or `--profile` was given): the CPU profiles above cover the timed requests only (inspector, main thread). Areas that raw fetch does not touch (openapi-fetch, @kybkit/*) are attributed exactly; the others (undici, node internals, GC) are differences between two processes and carry noise. `defaultBodySerializer` is mostly the `JSON.stringify` that raw fetch also pays (in its “bench harness” row).',
  'openapi-fetch (`coreFetch`, `defaultPathSerializer`, `GET`/`POST`, `mergeHeaders`): bare openapi-fetch alone measured ' +
    bareGet +
    ' of raw fetch for GET in this run (0.79–0.90 in performance.md), so pipeline tuning alone cannot bring a GET through openapi-fetch to 0.9×. Proposed: pass a compiled `pathSerializer` to `createClient` (openapi-fetch 0.17 accepts one: split each path template once, cache it, join with `encodeURIComponent`), which removes most of `defaultPathSerializer`; the rest of `coreFetch` goes only if kybkit builds the URL and init itself behind the same typed surface (DESIGN.md keeps openapi-fetch behind the factory for exactly that).',
  '@kybkit/core (`run-pipeline.js` `runPipeline`/`loop`, `kybkit-request.js` `KybkitRequest`, `start-call.js` `startCall`): `loop` builds `new URL(call.url)` for the auth context on every attempt (native URL parsing) although a static strategy never reads it, and `startCall` parses the URL again for `isRetrySafe` on every POST: parse once per call, lazily (an `AuthContext.url` getter). The per-call `Headers` copy in `Call.writableHeaders()` keeps credentials away from middleware; it is part of the GC row and worth keeping.',
  'Per-attempt `AbortController` + `setTimeout` (`createAbortSignal`, `setMaxListeners`, `_addListener`, `removeEventListener`, `timers insert`, and undici’s `_Request`, which follows any `init.signal` with a `WeakRef`, `setMaxListeners(1500, signal)`, `addAbortListener` and a `FinalizationRegistry` entry): the price of a timeout that can abort the request through `fetch` (performance.md measured raw fetch + AbortController/setTimeout at 0.91×). No cheap fix that keeps per-attempt semantics (a shared controller would also abort bodies still being read).',
];
