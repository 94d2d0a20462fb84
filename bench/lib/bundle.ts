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

/**
 * What-if builds for the report: a module swapped for a stub while bundling (nothing is edited), to
 * price one feature in bytes. Each cut says what a client built that way would lose.
 */
export const CUTS = {
  helpers: {
    what: 'the helpers (`helpers.js` returns `{}`: the raw typed calls only, as a subpath entry would be)',
    filter: /\/dist\/helpers\.js$/,
    contents: 'export function createHelpers() { return {}; }',
  },
  middleware: {
    what: 'middleware (`use`/`eject` and the `KybkitRequest` path behind them)',
    filter: /\/core\/dist\/internal\/middleware\.js$/,
    contents: 'export async function viaMiddleware() { throw new Error("cut"); }',
  },
  redirects: {
    what: 'manual redirects (credential stripping across origins, downgrade and hop checks)',
    filter: /\/core\/dist\/internal\/redirect\.js$/,
    contents:
      'export const isRedirectStatus = () => false; export const redirectRefused = () => new Error("cut"); export function followRedirect() {}',
  },
  redaction: {
    what: 'redaction of URLs and error text (`redact.js`; secrets would reach errors and events)',
    filter: /\/core\/dist\/redact\.js$/,
    contents:
      'export const REDACTED = ""; export const DEFAULT_SENSITIVE_HEADERS = []; export const DEFAULT_SENSITIVE_QUERY = []; export const redactUrl = (u) => String(u); export const redactText = (t) => t;',
  },
  retries: {
    what: 'the retry policy (Retry-After, backoff, retryable statuses)',
    filter: /\/core\/dist\/retry-policy\.js$/,
    contents:
      'export const DEFAULT_RETRY = { maxRetries: 0 }; export const resolveRetryOptions = (o) => o; export const isIdempotentMethod = () => false; export const isRetryableStatus = () => false; export const parseRetryAfter = () => undefined; export const backoffDelay = () => 0;',
  },
} as const satisfies Record<string, { what: string; filter: RegExp; contents: string }>;
export type Cut = keyof typeof CUTS;

function whatIfPlugin(cuts: readonly Cut[]): Plugin {
  return {
    name: 'what-if',
    setup(b) {
      for (const cut of cuts) {
        b.onLoad({ filter: CUTS[cut].filter }, () => ({ contents: CUTS[cut].contents, loader: 'js' }));
      }
    },
  };
}

export async function bundleSize(
  contents: string,
  platform: 'browser' | 'node' | 'neutral' = 'browser',
  cuts: readonly Cut[] = [],
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
    plugins: [workspace, whatIfPlugin(cuts)],
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
