/**
 * `pnpm run bench`: runs every section in order (or `--only a,b`), stores each result under
 * .tmp/bench/results/, and writes BENCHMARKS.md from the latest result of every section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type as osType, release } from 'node:os';
import { join } from 'node:path';
import { section as build } from './build.ts';
import { section as bundleSize } from './bundle-size.ts';
import { option } from './lib/args.ts';
import { document } from './lib/markdown.ts';
import { ensureScratch, repoRoot } from './lib/paths.ts';
import { load, machine, type Section, type SectionResult } from './lib/section.ts';
import { section as requestOverhead } from './request-overhead.ts';
import { section as tokenRefresh } from './token-refresh.ts';
import { section as typecheckCost } from './typecheck-cost.ts';
import { section as uploadMemory } from './upload-memory.ts';

const sections: readonly Section[] = [
  requestOverhead,
  bundleSize,
  typecheckCost,
  build,
  uploadMemory,
  tokenRefresh,
];

const args = process.argv.slice(2);
const only = option(args, 'only')?.split(',');
const unknown = only?.filter((id) => !sections.some((s) => s.id === id)) ?? [];
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; known: ${sections.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const resultsDir = ensureScratch('results');
const resultFile = (id: string) => join(resultsDir, `${id}.json`);

async function runOne(s: Section): Promise<SectionResult> {
  const loadBefore = load();
  const started = performance.now();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  console.log(`\n▶ ${s.title}`);
  try {
    const body = await s.run(args);
    return {
      id: s.id,
      title: s.title,
      date,
      loadBefore,
      loadAfter: load(),
      seconds: (performance.now() - started) / 1000,
      ...body,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`  ${s.id} failed: ${message}`);
    return {
      id: s.id,
      title: s.title,
      date,
      loadBefore,
      loadAfter: load(),
      seconds: (performance.now() - started) / 1000,
      method: [],
      checks: [{ name: 'section ran', value: `failed: ${message}`, budget: 'completes', status: 'FAIL' }],
      tables: [],
      notes: [],
    };
  }
}

for (const s of sections) {
  if (only && !only.includes(s.id)) {
    continue;
  }
  const result = await runOne(s);
  writeFileSync(resultFile(s.id), `${JSON.stringify(result, null, 2)}\n`);
  for (const c of result.checks) {
    console.log(`  ${c.status.padEnd(7)} ${c.name}: ${c.value} (budget ${c.budget})`);
  }
  console.log(`  ${result.seconds.toFixed(1)} s`);
}

const stored = sections
  .filter((s) => existsSync(resultFile(s.id)))
  .map((s) => JSON.parse(readFileSync(resultFile(s.id), 'utf8')) as SectionResult);
const missing = sections.filter((s) => !existsSync(resultFile(s.id))).map((s) => s.id);
const version = (pkg: string) =>
  (
    JSON.parse(readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const { cpu, nproc } = machine();
const env = {
  node: process.version,
  undici: process.versions.undici ?? 'unknown',
  typescript: version('typescript'),
  esbuild: version('esbuild'),
  os: `${osType()} ${release()}`,
  cpu,
  nproc,
};
writeFileSync(join(repoRoot, 'BENCHMARKS.md'), `${document(env, stored, missing)}\n`);
console.log(
  `\nBENCHMARKS.md written (${stored.length} section(s)${missing.length ? `; not run yet: ${missing.join(', ')}` : ''})`,
);
const failed = stored.flatMap((r) =>
  r.checks.filter((c) => c.status === 'FAIL').map((c) => `${r.id}: ${c.name}`),
);
console.log(failed.length ? `budgets missed: ${failed.length}` : 'every budget met');
