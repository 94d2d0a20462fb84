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
  const whatIfs: string[][] = [];
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
    const bare = await bundleSize(providerEntry(p), 'browser', { noHelpers: true });
    whatIfs.push([`@kybkit/${p.slug}`, ...[browser, bare].map((b) => int(b.gzipBytes))]);
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
        caption:
          'What-if, gzip bytes (browser), nothing edited: esbuild swaps a module while bundling. “no helpers”: `helpers.js` returns `{}` (the client alone, as a subpath entry without the helpers would be)',
        head: ['entry', 'as built', 'no helpers'],
        rows: whatIfs,
      },
    ],
    notes: [
      `Reading the tables: kybkit’s typed runtime and pipeline (\`createTypedClient\`: URL and header building, middleware, per-attempt timeout, deadline, retry policy with Retry-After, manual credential-safe redirects, 401 refresh, redaction, the error classes) are ${int(anchorGzip[2] ?? 0)} bytes before any provider or auth code${(anchorGzip[2] ?? 0) > BUNDLE_BUDGET_BYTES ? ', so no trimming of provider code alone meets the budget' : ''}. openapi-fetch’s runtime is no longer bundled (its types are the client’s surface), and the runtime reads only the generated \`retrySafe\` list, not the operation table.`,
      'Proposed, in order of payoff: (1) keep the helpers out of the client entry (a `@kybkit/<slug>/helpers` subpath or functions taking the client, tree-shakable), see the what-if table; (2) shrink core (lazy error messages, one redaction pass, the middleware path loaded only by clients that register middleware); (3) or a budget that matches the design: performance.md §3 B1–B3 proposes ≤ 4.0 kB gzip for the shared runtime and ≤ 1.5 kB per provider, which a runtime with these reliability features has not reached here.',
    ],
  };
}

export const section: Section = { id: 'bundle-size', title: '2. Bundle size', run };
