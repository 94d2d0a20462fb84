/**
 * §2 Bundle size: esbuild (ESM, minify, tree-shaken, es2022) of each provider's public entry point
 * importing its factory, gzipped with node:zlib; the budget is on the browser build. Anchors:
 * openapi-fetch alone and kybkit's pipeline alone. Deterministic: the same check runs in `pnpm test`.
 */
import {
  BUNDLE_BUDGET_BYTES,
  type BundleSize,
  bundleSize,
  byPackage,
  CUTS,
  type Cut,
  packageOf,
  providerEntry,
} from './lib/bundle.ts';
import { isBuilt, providers } from './lib/paths.ts';
import { type Check, pass, type Section, type Table } from './lib/section.ts';
import { int } from './lib/stats.ts';

const ANCHORS: Array<[string, string, string]> = [
  [
    'openapi-fetch `createClient` alone',
    `export { default as createClient } from 'openapi-fetch';`,
    '2.7 kB',
  ],
  [
    '@kybkit/core `createFetch` alone (the pipeline as a fetch)',
    `export { createFetch } from '@kybkit/core';`,
    '—',
  ],
  [
    '@kybkit/core `createTypedClient` alone (typed runtime + pipeline, what every client runs on)',
    `export { createTypedClient } from '@kybkit/core';`,
    '—',
  ],
];

const CUT_ORDER = Object.keys(CUTS) as Cut[];

/** gzip bytes of `entry` as built, then with the cuts applied one more at a time (cumulative). */
async function cumulative(entry: string): Promise<number[]> {
  const sizes = [(await bundleSize(entry)).gzipBytes];
  for (let i = 1; i <= CUT_ORDER.length; i++) {
    sizes.push((await bundleSize(entry, 'browser', CUT_ORDER.slice(0, i))).gzipBytes);
  }
  return sizes;
}

const row = (name: string, b: BundleSize, n?: BundleSize, ref = '—') => [
  name,
  int(b.minBytes),
  int(b.gzipBytes),
  int(b.brotliBytes),
  n ? `${int(n.minBytes)} / ${int(n.gzipBytes)}` : '—',
  ref,
];

async function run() {
  const checks: Check[] = [];
  const sizes: string[][] = [];
  const splits: Table[] = [];
  const whatIfs: number[][] = [];
  const whatIfNames: string[] = [];
  const anchorGzip: number[] = [];
  for (const [name, entry, ref] of ANCHORS) {
    const browser = await bundleSize(entry);
    anchorGzip.push(browser.gzipBytes);
    sizes.push(row(name, browser, await bundleSize(entry, 'node'), ref));
  }
  for (const p of providers) {
    const name = `@kybkit/${p.slug} \`${p.factory}\``;
    if (!isBuilt(p.slug)) {
      checks.push({ name, value: 'not built yet', budget: '≤ 6,000 B gzip', status: 'pending' });
      continue;
    }
    const browser = await bundleSize(providerEntry(p));
    const node = await bundleSize(providerEntry(p), 'node');
    sizes.push(row(name, browser, node));
    checks.push({
      name: `${name} min+gzip (browser)`,
      value: `${int(browser.gzipBytes)} B`,
      budget: `≤ ${int(BUNDLE_BUDGET_BYTES)} B`,
      status: pass(browser.gzipBytes <= BUNDLE_BUDGET_BYTES),
    });
    whatIfNames.push(`@kybkit/${p.slug}`);
    whatIfs.push(await cumulative(providerEntry(p)));
    const total = browser.minBytes;
    splits.push({
      caption: `@kybkit/${p.slug}: what the ${int(total)} minified bytes are (esbuild metafile; gzip share estimated pro rata)`,
      head: ['package', 'min bytes', 'share', '≈ gzip bytes', 'largest inputs (min bytes)'],
      rows: byPackage(browser).map(([pkg, bytes]) => [
        pkg,
        int(bytes),
        `${((bytes / total) * 100).toFixed(0)} %`,
        int((bytes / total) * browser.gzipBytes),
        browser.inputs
          .filter((i) => packageOf(i.path) === pkg)
          .slice(0, 4)
          .map((i) => `${i.path.replace(/^packages\/[^/]+\/dist\//, '')} ${int(i.bytes)}`)
          .join(', '),
      ]),
    });
  }
  whatIfNames.push('@kybkit/core `createTypedClient` alone');
  whatIfs.push(await cumulative(ANCHORS[2]?.[1] ?? ''));
  const providerFloor = Math.min(...whatIfs.slice(0, -1).map((w) => w.at(-1) ?? 0));
  const runtimeCut = whatIfs.at(-1)?.at(-1) ?? 0;
  return {
    method: [
      'esbuild bundle of `export { create<X>Client } from "@kybkit/<slug>"` (the package’s `exports["."]`, i.e. its `dist/`), `bundle`, `minify`, `format: esm`, `target: es2022`, tree-shaken; platform `browser` for the budget, `node` shown for comparison.',
      'gzip: `zlib.gzipSync` (default level 6, like `gzip -c`); brotli: `zlib.brotliCompressSync` defaults. 1 kB = 1,000 bytes; the budget is 6,000 bytes.',
      'Peers measured in reference/performance.md §2.6: openapi-fetch 2.7 kB, ky 5.1 kB, @octokit/core 8.0 kB, openai 36 kB (gzip).',
      'The same bundles are checked by `scripts/check-bundle-size.ts` (exit 1 above budget), meant for `pnpm test`.',
    ],
    checks,
    tables: [
      {
        caption: 'Sizes in bytes',
        head: ['entry', 'browser min', 'browser gzip', 'browser brotli', 'node min / gzip', 'reference gzip'],
        rows: sizes,
      },
      ...splits,
      {
        caption: `What-if, gzip bytes (browser), cumulative from left to right; nothing is edited, esbuild swaps a module for a stub while bundling. Each column also removes: ${CUT_ORDER.map((c, i) => `(${i + 1}) ${CUTS[c].what}`).join('; ')}`,
        head: ['entry', 'as built', ...CUT_ORDER.map((c, i) => `(${i + 1}) − ${c}`)],
        rows: whatIfs.map((w, i) => [
          whatIfNames[i] ?? '',
          ...w.map((b) => (b <= BUNDLE_BUDGET_BYTES ? `${int(b)} ✅` : int(b))),
        ]),
      },
    ],
    notes: [
      `Reading the tables: kybkit’s typed runtime and pipeline (\`createTypedClient\`: URL and header building, middleware, per-attempt timeout, deadline, retry policy with Retry-After, manual credential-safe redirects, 401 refresh, redaction, the error classes) are ${int(anchorGzip[2] ?? 0)} bytes before any provider or auth code${(anchorGzip[2] ?? 0) > BUNDLE_BUDGET_BYTES ? ', so no trimming of provider code alone meets the budget' : ''}. openapi-fetch’s runtime is no longer bundled (its types are the client’s surface), and the runtime reads only the generated \`retrySafe\` list, not the operation table.`,
      `What the what-if table shows: with all ${CUT_ORDER.length} features cut, the smallest provider bundle is still ${int(providerFloor)} bytes${providerFloor > BUNDLE_BUDGET_BYTES ? `, ${int(providerFloor - BUNDLE_BUDGET_BYTES)} over the budget` : ''}, and the runtime left (\`createTypedClient\` after the cuts) is ${int(runtimeCut)}. What is left is what every client here needs: URL and header building with their checks, the per-attempt timeout and deadline, 401 refresh, the typed errors, the auth strategy and the provider's own checks.${providerFloor > BUNDLE_BUDGET_BYTES ? ` Meeting the budget would take all ${CUT_ORDER.length} cuts and that remaining runtime rewritten to about ${int(Math.max(0, runtimeCut - (providerFloor - BUNDLE_BUDGET_BYTES)))} bytes; that is a decision on the budget or the features, not a trim (issue 7 note).` : ''}`,
      'Ways out, none taken: (1) the helpers on a `@kybkit/<slug>/helpers` subpath (column 1, an API change for every user of the helpers); (2) a budget that matches the design, like performance.md §3 B1–B3 (≤ 4.0 kB gzip shared runtime, ≤ 1.5 kB per provider), which counts the runtime once for an app with several providers.',
    ],
  };
}

export const section: Section = { id: 'bundle-size', title: '2. Bundle size', run };
