/**
 * One round of the request-overhead bench at one concurrency, in a fresh process (child of
 * request-overhead.ts). Every variant warms up; then, cycle after cycle, every variant runs one block
 * of BENCH_BLOCK requests, in a seeded shuffled order per cycle, until each has done BENCH_N. Prints
 * per-variant wall ms and CPU µs per cycle as JSON, so that ratios can be taken cycle by cycle.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { setting } from './lib/args.ts';
import { seeded, shuffle } from './lib/stats.ts';
import { makeVariants, type Variant } from './request-variants.ts';

export interface VariantTotals {
  client: string;
  method: string;
  requests: number;
  ms: number;
  cpuUs: number;
  /** Wall ms of this variant's block in each cycle (same block size for every variant). */
  cycleMs: number[];
}

export interface RoundResult {
  concurrency: number;
  variants: Record<string, VariantTotals>;
}

const env = (name: string, fallback: number): number => Number(setting(name) ?? fallback);
const port = env('BENCH_PORT', 0);
const concurrency = env('BENCH_C', 1);
const perVariant = env('BENCH_N', 3_000);
const blockSize = env('BENCH_BLOCK', 500);
const warmup = env('BENCH_WARMUP', 300);
const only = setting('BENCH_ONLY')?.split(',');
/** When set: no server; every variant's transport is a stub answering at once (wrapper-only µs). */
const stub = setting('BENCH_STUB') !== undefined;
const STUB_BODY = JSON.stringify({ content: [], page: 0, pageSize: 20, totalElements: 0 });
const stubFetch: typeof fetch = async () =>
  new Response(STUB_BODY, { status: 200, headers: { 'content-type': 'application/json' } });
/** When set: a V8 CPU profile of the timed cycles only (not start-up or warm-up) is written there. */
const profileTo = setting('BENCH_PROFILE');

async function startProfile(): Promise<Session | undefined> {
  if (!profileTo) {
    return undefined;
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfile(session: Session | undefined): Promise<void> {
  if (session && profileTo) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileTo, JSON.stringify(profile));
    session.disconnect();
  }
}

async function runBlock(variant: Variant, count: number): Promise<void> {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      await variant.run();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

async function main(): Promise<void> {
  const variants = makeVariants(`http://127.0.0.1:${port}`, stub ? stubFetch : undefined).filter(
    (v) => only === undefined || only.includes(v.name),
  );
  const totals: Record<string, VariantTotals> = {};
  for (const variant of variants) {
    await runBlock(variant, warmup);
    totals[variant.name] = {
      client: variant.client,
      method: variant.method,
      requests: 0,
      ms: 0,
      cpuUs: 0,
      cycleMs: [],
    };
  }
  const random = seeded(env('BENCH_SEED', 1));
  const cycles = Math.max(1, Math.round(perVariant / blockSize));
  const session = await startProfile();
  for (let cycle = 0; cycle < cycles; cycle++) {
    for (const variant of shuffle([...variants], random)) {
      const total = totals[variant.name] as VariantTotals;
      const cpu = process.cpuUsage();
      const started = performance.now();
      await runBlock(variant, blockSize);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      total.requests += blockSize;
      total.ms += ms;
      total.cpuUs += used.user + used.system;
      total.cycleMs.push(ms);
    }
  }
  await stopProfile(session);
  const result: RoundResult = { concurrency, variants: totals };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

await main();
