/**
 * §1 Request overhead: req/s of raw fetch, bare openapi-fetch, kybkit's pipeline and the e-Attestations
 * client against one loopback server process, at c=1 and c=32, interleaved in shuffled blocks within
 * each round (a fresh client process per round and concurrency). Ratios are per round, to raw fetch.
 */
import { join } from 'node:path';
import { flag, numberOption } from './lib/args.ts';
import { pinningNote, runJsonChild } from './lib/child.ts';
import { benchDir } from './lib/paths.ts';
import { type Check, pass, type Section, type Table } from './lib/section.ts';
import { startServer } from './lib/server-handle.ts';
import { int, showSpread, spread } from './lib/stats.ts';
import type { RoundResult } from './request-client.ts';
import { profileMethod, profileNotes } from './request-profile.ts';
import { CLIENTS, FLOOR_CLIENT, KYBKIT_CLIENTS, type Method } from './request-variants.ts';
import { measureWrapper } from './wrapper-overhead.ts';

const BUDGET = 0.9;
const METHODS: readonly Method[] = ['GET', 'POST'];
/** Profiled against raw fetch (own processes, after the rounds) when a kybkit variant misses the budget. */
const PROFILED = 'e-Attestations client';

async function run(args: readonly string[]) {
  const rounds = numberOption(args, 'rounds', 3);
  const perVariant = numberOption(args, 'n', 3_000);
  /** Small blocks keep a cycle short (its blocks share the noise); at c=32 a block is at least 5 waves. */
  const blockFor = (c: number) => numberOption(args, 'block', Math.max(100, 5 * c));
  const concurrencies = [1, 32];
  const server = await startServer({ cpu: 1 });
  const byC = new Map<number, RoundResult[]>(concurrencies.map((c) => [c, []]));
  const profiles: Table[] = [];
  const checks: Check[] = [];
  const tables: Table[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const c of round % 2 === 0 ? concurrencies : [...concurrencies].reverse()) {
        const result = await runJsonChild<RoundResult>(join(benchDir, 'request-client.ts'), {
          cpu: 0,
          env: {
            BENCH_PORT: String(server.port),
            BENCH_C: String(c),
            BENCH_N: String(perVariant),
            BENCH_BLOCK: String(blockFor(c)),
            BENCH_SEED: String(1000 * (round + 1) + c),
          },
          timeoutMs: 240_000,
        });
        byC.get(c)?.push(result);
      }
    }
    let missed: Method[] = [];
    for (const c of concurrencies) {
      const results = byC.get(c) ?? [];
      for (const method of METHODS) {
        const rows: string[][] = [];
        for (const client of CLIENTS) {
          const name = `${method} ${client}`;
          const rps = results.map((r) => {
            const v = r.variants[name];
            return v ? (v.requests / v.ms) * 1000 : Number.NaN;
          });
          // Per round: the median over its cycles of (raw fetch block ms ÷ this variant's block ms).
          const ratios = results.map((r) => {
            const v = r.variants[name];
            const ref = r.variants[`${method} raw fetch`];
            return v && ref
              ? spread(v.cycleMs.map((ms, k) => (ref.cycleMs[k] ?? Number.NaN) / ms)).median
              : Number.NaN;
          });
          const cpu = results.map((r) => {
            const v = r.variants[name];
            return v ? v.cpuUs / v.requests : Number.NaN;
          });
          const cpuDelta = results.map((r) => {
            const v = r.variants[name];
            const ref = r.variants[`${method} raw fetch`];
            return v && ref ? v.cpuUs / v.requests - ref.cpuUs / ref.requests : Number.NaN;
          });
          const cpuRatio = results.map((r) => {
            const v = r.variants[name];
            const ref = r.variants[`${method} raw fetch`];
            return v && ref ? ref.cpuUs / ref.requests / (v.cpuUs / v.requests) : Number.NaN;
          });
          const ratio = spread(ratios);
          rows.push([
            client,
            `${int(spread(rps).median)} (${int(spread(rps).min)}–${int(spread(rps).max)})`,
            showSpread(ratio),
            `${int(spread(cpu).median)} (${spread(cpuDelta).median >= 0 ? '+' : ''}${int(spread(cpuDelta).median)})`,
            showSpread(spread(cpuRatio)),
          ]);
          if (KYBKIT_CLIENTS.includes(client)) {
            const ok = ratio.median >= BUDGET;
            if (!ok && client === PROFILED && !missed.includes(method)) {
              missed.push(method);
            }
            checks.push({
              name: `${method} c=${c}: ${client} / raw fetch`,
              value: showSpread(ratio),
              budget: `≥ ${BUDGET}×`,
              status: pass(ok),
            });
            // The same request on the wire (its Authorization header too): what kybkit itself adds.
            const sameRequest = results.map((r) => {
              const v = r.variants[name];
              const ref = r.variants[`${method} raw fetch + auth`];
              return v && ref
                ? spread(v.cycleMs.map((ms, k) => (ref.cycleMs[k] ?? Number.NaN) / ms)).median
                : Number.NaN;
            });
            checks.push({
              name: `${method} c=${c}: ${client} / raw fetch + auth (same request)`,
              value: showSpread(spread(sameRequest)),
              budget: `≥ ${BUDGET}× (info)`,
              status: 'info',
            });
          } else if (client === FLOOR_CLIENT) {
            // No kybkit at all: where the budget stands against any client with auth and a timeout.
            checks.push({
              name: `${method} c=${c}: ${FLOOR_CLIENT}, no kybkit (the floor) / raw fetch`,
              value: showSpread(ratio),
              budget: `≥ ${BUDGET}× (info)`,
              status: 'info',
              inSummary: true,
            });
          } else if (client === 'openapi-fetch') {
            checks.push({
              name: `${method} c=${c}: bare openapi-fetch / raw fetch (reference: ~${method === 'GET' ? '0.8' : '0.7'}×)`,
              value: showSpread(ratio),
              budget: 'none (anchor)',
              status: 'info',
            });
          }
        }
        tables.push({
          caption: `${method}, concurrency ${c}: median over ${results.length} rounds (min–max)`,
          head: [
            'client',
            'req/s',
            '× raw fetch (req/s)',
            'client CPU µs/req (Δ vs raw)',
            '× raw fetch (CPU/req)',
          ],
          rows,
        });
      }
    }
    if (flag(args, 'profile')) {
      missed = [...METHODS];
    }
    for (const method of missed) {
      profiles.push(...(await profileMethod(server.port, method, PROFILED)));
    }
  } finally {
    await server.stop();
  }
  const wrapper = await measureWrapper(rounds, METHODS);
  checks.push(...wrapper.checks);
  return {
    method: [
      `One \`node:http\` server process on 127.0.0.1 (keep-alive, a 59-byte JSON answer to any path); ${pinningNote()}.`,
      `Per round and concurrency a fresh client process: every variant warms up (300 requests); then cycles that each run one block of every variant (${blockFor(1)} requests at c=1, ${blockFor(32)} at c=32) in a fresh seeded shuffled order, so about ${perVariant} timed requests per variant; ${rounds} rounds, concurrency 1 and 32 (c=32: 32 requests in flight).`,
      'GET `/api/v1/account/12345/thirdparties?page=0&pageSize=20` (path + query), POST `/api/v1/account/12345/dossiers` with the spec’s createDossier example as JSON; every variant reads the JSON answer.',
      'Variants: raw `fetch(url)` / `fetch(url, { method, headers, body: JSON.stringify(...) })`; bare openapi-fetch `createClient({ baseUrl })` (default `Request`); raw fetch + auth: the same two requests with the `Authorization: Bearer` header the clients send (the issue’s budget is against plain raw fetch; this row isolates what kybkit adds beyond the header any authenticated call carries); raw fetch + auth + timeout: the same, plus an `AbortController` signal and a cleared `setTimeout` per request, the least a cancellable timeout costs with fetch; kybkit client `createTypedClient({ baseUrl, pipeline: { auth: createBearerAuth(...), timeoutMs: 30 s, deadlineMs: 120 s, retry: { maxRetries: 2 } } })`; the real `createEAttestationsClient({ baseUrl, accessToken })` (bearer auth, its generated retry-safe list, default timeouts and retries).',
      'Ratio = raw fetch block ms ÷ variant block ms within one cycle (all blocks of a cycle run within about a second, so they share the background noise); a round’s ratio is the median over its cycles; the tables show the median of the round ratios and their min–max. req/s = requests ÷ summed block time. Client CPU is `process.cpuUsage()` over the variant’s blocks (whole process); “× raw fetch (CPU/req)” = raw fetch CPU µs/req ÷ the variant’s, the throughput ratio a CPU-bound client would see, less sensitive to the other tenants than wall time (not budgeted).',
      wrapper.method,
    ],
    checks,
    tables: [...tables, ...wrapper.tables, ...profiles],
    notes: profiles.length
      ? profileNotes(
          checks
            .filter((c) => c.name.startsWith('GET') && c.name.includes('bare openapi-fetch'))
            .map((c) => `${c.value}× (${c.name.split(':')[0]})`)
            .join(', '),
        )
      : [],
  };
}

export const section: Section = { id: 'request-overhead', title: '1. Request overhead', run };
