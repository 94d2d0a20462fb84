/**
 * Spec → code, for every provider in redocly.yaml:
 *   packages/<slug>/src/generated/schema.ts      openapi-typescript types
 *   packages/<slug>/src/generated/operations.ts  operation table (retry safety, security headers)
 *   packages/<slug>/openapi.json                 the bundled spec the package ships (and Prism serves)
 * `--check` writes nothing and fails when any of them differs from what is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { type BundledSpec, operationTable } from './operation-table.ts';
import { readRegistry, repoRoot } from './registry.ts';

const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const header = (spec: string) => `/**
 * GENERATED FILE: do not edit by hand.
 * Source: ${spec}
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */
`;

function bundle(spec: string): BundledSpec & Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'kybkit-bundle-'));
  try {
    const out = join(dir, 'openapi.json');
    execFileSync(join(repoRoot, 'node_modules/.bin/redocly'), ['bundle', spec, '--ext', 'json', '-o', out], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stale: string[] = [];
for (const provider of readRegistry()) {
  if (only.length > 0 && !only.includes(provider.slug)) {
    continue;
  }
  const bundled = bundle(provider.spec);
  const ast = await openapiTS(pathToFileURL(join(repoRoot, provider.spec)));
  const outputs: Record<string, string> = {
    [provider.schemaOutput]: header(provider.spec) + astToString(ast),
    [join(dirname(provider.schemaOutput), 'operations.ts')]: operationTable(bundled, header(provider.spec)),
    [join(provider.packageDir, 'openapi.json')]: `${JSON.stringify(
      { ...bundled, 'x-kybkit-generated': `from ${provider.spec} by pnpm run codegen; do not edit` },
      null,
      2,
    )}\n`,
  };
  for (const [file, content] of Object.entries(outputs)) {
    const path = join(repoRoot, file);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) {
      continue;
    }
    if (check) {
      stale.push(file);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${file}`);
    }
  }
}
if (check) {
  if (stale.length > 0) {
    console.error(
      `codegen:check: out of date with the specs:\n  ${stale.join('\n  ')}\nfix: pnpm run codegen`,
    );
    process.exit(1);
  }
  console.log('codegen:check: generated files match the specs');
}
