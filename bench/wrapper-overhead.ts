/**
 * Wrapper-only cost, part of §1: the same variants with a stub transport that answers at once, no
 * network (request-client.ts with BENCH_STUB), so that each client's own µs per call shows without
 * undici in the way. The floor variant is raw fetch + auth + timeout: the same request, a signal and
 * a timer, and nothing of kybkit; with a stub, what undici does with the signal is not counted.
 */
import { join } from 'node:path';
import { runJsonChild } from './lib/child.ts';
import { benchDir } from './lib/paths.ts';
import type { Check, Table } from './lib/section.ts';
import { spread } from './lib/stats.ts';
import type { RoundResult } from './request-client.ts';
import { CLIENTS, FLOOR_CLIENT as FLOOR, KYBKIT_CLIENTS, type Method } from './request-variants.ts';

const fixed = (n: number) => n.toFixed(1);

export async function measureWrapper(
  rounds: number,
  methods: readonly Method[],
): Promise<{ tables: Table[]; checks: Check[]; method: string }> {
  const perVariant = 20_000;
  const block = 1_000;
  const results: RoundResult[] = [];
  for (let round = 0; round < rounds; round++) {
    results.push(
      await runJsonChild<RoundResult>(join(benchDir, 'request-client.ts'), {
        cpu: 0,
        env: {
          BENCH_STUB: '1',
          BENCH_C: '1',
          BENCH_N: String(perVariant),
          BENCH_BLOCK: String(block),
          BENCH_WARMUP: '2000',
          BENCH_SEED: String(7000 + round),
        },
        timeoutMs: 240_000,
      }),
    );
  }
  // Per round: µs per call of a variant = the median over its cycles of block ms ÷ block size.
  const usPerCall = (name: string) =>
    spread(
      results.map((r) => {
        const v = r.variants[name];
        return v ? (spread(v.cycleMs).median * 1000) / block : Number.NaN;
      }),
    ).median;
  const tables: Table[] = [];
  const checks: Check[] = [];
  for (const method of methods) {
    const floor = usPerCall(`${method} ${FLOOR}`);
    const bare = usPerCall(`${method} openapi-fetch`);
    tables.push({
      caption: `Wrapper only, ${method}: µs per call with a stub transport (no network), median of ${rounds} rounds`,
      head: ['client', 'µs per call', `Δ vs ${FLOOR} (µs)`, '× bare openapi-fetch (µs)'],
      rows: CLIENTS.map((client) => {
        const us = usPerCall(`${method} ${client}`);
        return [client, fixed(us), `${us >= floor ? '+' : ''}${fixed(us - floor)}`, (us / bare).toFixed(2)];
      }),
    });
    for (const client of KYBKIT_CLIENTS) {
      const us = usPerCall(`${method} ${client}`);
      checks.push({
        name: `${method} wrapper only: ${client} µs per call beyond ${FLOOR} (same request, stub transport)`,
        value: `+${fixed(us - floor)} µs (${fixed(us)} vs ${fixed(floor)})`,
        budget: 'none (shows kybkit’s own share)',
        status: 'info',
        inSummary: true,
      });
    }
  }
  return {
    tables,
    checks,
    method: `Wrapper only: the same variants in ${rounds} more client processes whose transport is a stub answering \`new Response(json)\` at once (the clients get it through their \`fetch\` option; no server, no undici), ${block}-call blocks interleaved as above, ${perVariant} calls per variant and round, µs per call = median block ms ÷ ${block}. The Δ column is each client minus ${FLOOR} (the same request with a signal and a timer): kybkit’s own code per call. Under real fetch the signal costs more than here, because undici follows it (a listener, a WeakRef and a FinalizationRegistry entry per request).`,
  };
}
