/**
 * Type-check cost of a file using the client: runs `tsc --noEmit --extendedDiagnostics` three
 * times on contract-fit-dozen.ts (twelve operations called) and on contract-fit-baseline.ts (the
 * same file without the calls), and prints min / median / max check time and the instantiations.
 * Run after `pnpm turbo run build --filter @kybkit/contract-fit` (the files import the built .d.ts):
 *   pnpm exec tsx packages/contract-fit/bench/typecheck/measure.ts [runs]
 * Not part of the tests: timings on a shared machine are noisy.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const runs = Number(process.argv[2] ?? 3);

function once(variant: 'dozen' | 'baseline'): { check: number; total: number; instantiations: number } {
  const out = execFileSync(
    process.execPath,
    [tsc, '--noEmit', '--extendedDiagnostics', '-p', `${here}tsconfig.${variant}.json`],
    { encoding: 'utf8' },
  );
  const read = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1]);
  return { check: read('Check time'), total: read('Total time'), instantiations: read('Instantiations') };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};

for (const variant of ['dozen', 'baseline'] as const) {
  const samples = Array.from({ length: runs }, () => once(variant));
  const check = stats(samples.map((s) => s.check));
  const total = stats(samples.map((s) => s.total));
  process.stdout.write(
    `${variant.padEnd(8)} check ${check.min}/${check.median}/${check.max} s (min/median/max), ` +
      `total ${total.min}/${total.median}/${total.max} s, instantiations ${samples[0]?.instantiations}\n`,
  );
}
