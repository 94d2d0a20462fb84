/**
 * Bundle-size budget: each provider's entry point, bundled by esbuild the way an app imports it
 * (`export { create<X>Client } from '@kybkit/<slug>'`, ESM, minified, browser, from the package's
 * dist) and gzipped, must be at most 6 kB = 6 × 1000 bytes. Prints a table; on a miss, the largest
 * inputs of that bundle. Exits 1 when any provider is over budget or not built.
 * `--ceiling <bytes>` (what `pnpm test` runs while the 6 kB budget is missed, see BENCHMARKS.md):
 * a regression guard that fails only above that size, and still reports the 6 kB misses.
 */
import { BUNDLE_BUDGET_BYTES, bundleSize, byPackage, providerEntry } from '../bench/lib/bundle.ts';
import { isBuilt, providers } from '../bench/lib/paths.ts';

const fmt = (n: number) => n.toLocaleString('en-US').padStart(8);
const ceilingArg = process.argv.indexOf('--ceiling');
const ceiling = ceilingArg === -1 ? undefined : Number(process.argv[ceilingArg + 1]);
let failed = 0;
let overCeiling = 0;
const misses: string[] = [];
console.log(
  `bundle size budget: ≤ ${BUNDLE_BUDGET_BYTES.toLocaleString('en-US')} bytes min+gzip per provider`,
);
console.log(`${'entry'.padEnd(46)} ${'min'.padStart(8)} ${'gzip'.padStart(8)}  result`);
for (const p of providers) {
  const name = `@kybkit/${p.slug} ${p.factory}`;
  if (!isBuilt(p.slug)) {
    failed++;
    console.log(
      `${name.padEnd(46)} ${'—'.padStart(8)} ${'—'.padStart(8)}  FAIL (not built: run pnpm run build)`,
    );
    continue;
  }
  const size = await bundleSize(providerEntry(p));
  const ok = size.gzipBytes <= BUNDLE_BUDGET_BYTES;
  if (ceiling !== undefined && size.gzipBytes > ceiling) {
    overCeiling++;
  }
  console.log(`${name.padEnd(46)} ${fmt(size.minBytes)} ${fmt(size.gzipBytes)}  ${ok ? 'ok' : 'FAIL'}`);
  if (!ok) {
    failed++;
    const split = byPackage(size)
      .map(([pkg, bytes]) => `${pkg} ${bytes.toLocaleString('en-US')}`)
      .join(', ');
    const top = size.inputs
      .slice(0, 6)
      .map((i) => `    ${fmt(i.bytes)}  ${i.path}`)
      .join('\n');
    misses.push(
      `@kybkit/${p.slug}: ${size.gzipBytes - BUNDLE_BUDGET_BYTES} bytes over; minified bytes by package: ${split}\n${top}`,
    );
  }
}
for (const miss of misses) {
  console.log(`\n${miss}`);
}
if (misses.length) {
  const floor = await bundleSize(`export { createTypedClient } from '@kybkit/core';`);
  console.log(
    `\nfloor: @kybkit/core's createTypedClient (typed runtime + pipeline) alone is ${floor.gzipBytes.toLocaleString('en-US')} bytes gzip, before any auth or provider code (BENCHMARKS.md §2 has the split and what-if sizes)`,
  );
}
console.log(
  failed ? `\nbundle size: ${failed} over budget or missing` : '\nbundle size: every provider within budget',
);
if (ceiling !== undefined) {
  console.log(
    `regression ceiling ${ceiling.toLocaleString('en-US')} bytes: ${overCeiling ? `${overCeiling} over` : 'all within'}`,
  );
  process.exit(overCeiling ? 1 : 0);
}
process.exit(failed ? 1 : 0);
