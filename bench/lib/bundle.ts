/**
 * esbuild bundles of the public entry points, minified and gzipped (node:zlib, default level), with
 * the inputs that make them up. Shared by bench/bundle-size.ts and scripts/check-bundle-size.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { openapiFetchEntry, type Provider, packageDir, repoRoot } from './paths.ts';

/** The budget: 6 kB = 6 × 1000 bytes, min + gzip, per provider entry point. */
export const BUNDLE_BUDGET_BYTES = 6_000;

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Minified bytes per input file, largest first. */
  inputs: Array<{ path: string; bytes: number }>;
}

/**
 * `@kybkit/<slug>` → the file its package.json `exports["."]` names; `openapi-fetch` → the one copy
 * the workspace links (what node_modules resolution gives too: pnpm links one version).
 */
const workspace: Plugin = {
  name: 'kybkit-workspace',
  setup(b) {
    b.onResolve({ filter: /^@kybkit\/[a-z-]+$|^openapi-fetch$/ }, (args) => {
      if (args.path === 'openapi-fetch') {
        return { path: openapiFetchEntry };
      }
      const dir = packageDir(args.path.slice('@kybkit/'.length));
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        exports: { '.': { default: string } };
      };
      return { path: join(dir, manifest.exports['.'].default) };
    });
  },
};

/** What-if builds for the report: how much a change in the packages would save (nothing is edited). */
export interface WhatIf {
  /** `helpers.js` replaced by an empty `createHelpers`: the client without its helpers (a subpath entry). */
  noHelpers?: boolean;
}

function whatIfPlugin(what: WhatIf): Plugin {
  return {
    name: 'what-if',
    setup(b) {
      b.onLoad({ filter: /\/dist\/helpers\.js$/ }, () =>
        what.noHelpers
          ? { contents: 'export function createHelpers() { return {}; }', loader: 'js' }
          : undefined,
      );
    },
  };
}

export async function bundleSize(
  contents: string,
  platform: 'browser' | 'node' | 'neutral' = 'browser',
  whatIf: WhatIf = {},
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    ...(platform === 'neutral' && { mainFields: ['module', 'main'] }),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [workspace, whatIfPlugin(whatIf)],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, info]) => ({ path: tidy(path), bytes: info.bytesInOutput }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return {
    minBytes: code.length,
    gzipBytes: gzipSync(code).length,
    brotliBytes: brotliCompressSync(code).length,
    inputs,
  };
}

/** `packages/core/dist/errors.js`, `openapi-fetch/dist/index.mjs`. */
function tidy(path: string): string {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    return path.slice(modules + 'node_modules/'.length);
  }
  return relative(repoRoot, join(repoRoot, path)).replace(/^(\.\.\/)+work\/main\//, '');
}

/** The entry of a provider: its factory, as an app would import it. */
export const providerEntry = (p: Provider): string => `export { ${p.factory} } from '@kybkit/${p.slug}';`;

/** Which package an input belongs to, for the per-package split. */
export function packageOf(path: string): string {
  if (path.startsWith('openapi-fetch')) {
    return 'openapi-fetch';
  }
  const pkg = /packages\/([^/]+)\/dist\/(generated\/)?/.exec(path);
  if (!pkg) {
    return 'other';
  }
  return pkg[2] ? `@kybkit/${pkg[1]} (generated)` : `@kybkit/${pkg[1]}`;
}

export function byPackage(size: BundleSize): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const input of size.inputs) {
    const pkg = packageOf(input.path);
    totals.set(pkg, (totals.get(pkg) ?? 0) + input.bytes);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}
