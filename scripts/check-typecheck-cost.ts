/**
 * Type-check cost guard for `pnpm test`: the bench's consumer file (every built client, ten typed
 * calls each; bench/lib/typecheck-gen.ts) must type-check, and its tsc instantiations may be at most
 * 1.25× those of the same calls through bare openapi-fetch (reference/performance.md T3).
 * Instantiation counts are deterministic, so this gate does not flake on a shared machine; the
 * issue's budget itself (tsc wall time ≤ 2× a file with no kybkit import) is wall time, measured by
 * `pnpm run bench` over interleaved runs, and only printed here from one run of each file.
 */
import { rmSync } from 'node:fs';
import { isBuilt, providers } from '../bench/lib/paths.ts';
import { INSTANTIATION_RATIO_LIMIT, tsc } from '../bench/lib/tsc-diagnostics.ts';
import { CALLS_PER_CLIENT, prepare } from '../bench/lib/typecheck-gen.ts';

const missing = providers.filter((p) => !isBuilt(p.slug)).map((p) => p.slug);
if (missing.length) {
  console.log(`type-check cost: not built: ${missing.join(', ')} (run pnpm run build)`);
  process.exit(1);
}
const ws = await prepare(providers);
let failed = 0;
try {
  const consumer = await tsc(ws.dir, 'consumer');
  const bare = await tsc(ws.dir, 'bare');
  const baseline = await tsc(ws.dir, 'baseline');
  const ratio = consumer.instantiations / bare.instantiations;
  const fmt = (n: number) => n.toLocaleString('en-US');
  console.log(
    `consumer file: ${providers.length} clients × ${CALLS_PER_CLIENT} typed calls (${ws.calls.length} calls)`,
  );
  for (const [name, d] of [
    ['consumer (kybkit clients)', consumer],
    ['bare openapi-fetch, same calls', bare],
    ['baseline (plain fetch)', baseline],
  ] as const) {
    console.log(
      `  ${name.padEnd(32)} ${fmt(d.instantiations).padStart(8)} instantiations  ${d.wallS.toFixed(2)} s wall  ${d.errors} errors`,
    );
  }
  if (consumer.errors > 0 || bare.errors > 0 || Number.isNaN(ratio)) {
    failed++;
    console.log(
      'FAIL: the consumer files must type-check (run pnpm run bench --only typecheck-cost for detail)',
    );
  }
  const ok = ratio <= INSTANTIATION_RATIO_LIMIT;
  failed += ok ? 0 : 1;
  console.log(
    `instantiations consumer / bare openapi-fetch: ${ratio.toFixed(2)}× (limit ${INSTANTIATION_RATIO_LIMIT}×) ${ok ? 'ok' : 'FAIL'}`,
  );
  console.log(
    `tsc wall consumer / baseline, one run: ${(consumer.wallS / baseline.wallS).toFixed(2)}× (the ≤ 2× budget is checked by pnpm run bench)`,
  );
} finally {
  rmSync(ws.dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
