import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One provider as the spec registry (`redocly.yaml`) lists it. */
export interface ProviderEntry {
  slug: string;
  /** e.g. `e-attestations@v1` */
  api: string;
  title: string;
  /** repo-relative paths */
  spec: string;
  packageDir: string;
  schemaOutput: string;
  /** the fixed local mock port (`pnpm run mock <slug>`) */
  port: number;
}

export const repoRoot = join(import.meta.dirname, '..');

interface RawApi {
  root: string;
  'x-openapi-ts'?: { output?: string };
  'x-kybkit'?: { package?: string; title?: string; port?: number };
}

export function readRegistry(root: string = repoRoot): ProviderEntry[] {
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, RawApi> };
  return Object.entries(config.apis ?? {}).map(([api, entry]) => {
    const slug = api.split('@')[0] as string;
    const packageDir = entry['x-kybkit']?.package ?? `packages/${slug}`;
    return {
      slug,
      api,
      title: entry['x-kybkit']?.title ?? slug,
      spec: entry.root,
      packageDir,
      schemaOutput: entry['x-openapi-ts']?.output ?? `${packageDir}/src/generated/schema.ts`,
      port: entry['x-kybkit']?.port ?? 4010,
    };
  });
}
