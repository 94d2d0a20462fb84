/** Where things are: the repo, each provider package and its built entry point, the scratch dir. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const benchDir = join(repoRoot, 'bench');
/** Gitignored (`.tmp/`): section results, profiles. */
export const scratchDir = join(repoRoot, '.tmp', 'bench');

export interface Provider {
  slug: string;
  /** The factory exported by `@kybkit/<slug>`. */
  factory: string;
}

/** The four provider packages of the issue, in the order the report lists them. */
export const providers: readonly Provider[] = [
  { slug: 'e-attestations', factory: 'createEAttestationsClient' },
  { slug: 'october', factory: 'createOctoberClient' },
  { slug: 'alloy', factory: 'createAlloyClient' },
  { slug: 'contract-fit', factory: 'createContractFitClient' },
];

export const packageDir = (slug: string): string => join(repoRoot, 'packages', slug);
export const distEntry = (slug: string): string => join(packageDir(slug), 'dist', 'index.js');
/** A package counts as ready when its built entry point exists (`pnpm run build`). */
export const isBuilt = (slug: string): boolean => existsSync(distEntry(slug));

/** openapi-fetch as the packages resolve it (a dev dependency of core; not hoisted to the root). */
export const openapiFetchEntry = join(
  packageDir('core'),
  'node_modules',
  'openapi-fetch',
  'dist',
  'index.mjs',
);
export const tscBin = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

export function ensureScratch(...parts: string[]): string {
  const dir = join(scratchDir, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
