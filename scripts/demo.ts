/**
 * `pnpm run demo`: for each provider with examples, start its Prism mock, run its example flows
 * against it, print what was called and what came back, then stop everything.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startMock } from '@kybkit/testing';
import { repoRoot } from './registry.ts';

interface Demo {
  title: string;
  slug: string;
  flows: ReadonlyArray<{ name: string; run: (client: never, log: (line: string) => void) => Promise<void> }>;
  prepare(mockUrl: string, transport: typeof fetch): Promise<{ client: unknown; close(): Promise<void> }>;
}

const examples = join(repoRoot, 'examples');
const slugs = readdirSync(examples, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(examples, d.name)).includes('demo.ts'))
  .map((d) => d.name);

let failures = 0;
const summary: string[] = [];
for (const slug of slugs) {
  const demo = (await import(pathToFileURL(join(examples, slug, 'demo.ts')).href)) as Demo;
  const started = performance.now();
  const mock = await startMock(join(repoRoot, 'specs', slug, 'openapi.yaml'));
  console.log(
    `\n${demo.title}: mock on ${mock.url} (ready in ${Math.round(performance.now() - started)} ms)`,
  );
  const calls: string[] = [];
  const transport: typeof fetch = async (input, init) => {
    const response = await mock.fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.pathname} → ${response.status}`);
    return response;
  };
  const env = await demo.prepare(mock.url, transport);
  try {
    for (const flow of demo.flows) {
      calls.length = 0;
      const t0 = performance.now();
      console.log(`\n  ▸ ${flow.name}`);
      try {
        await flow.run(env.client as never, (line) => console.log(`    ${line}`));
        const ms = Math.round(performance.now() - t0);
        console.log(`    calls: ${calls.join(', ')}`);
        summary.push(
          `  ok    ${demo.title}: ${flow.name} (${calls.length} call${calls.length === 1 ? '' : 's'}, ${ms} ms)`,
        );
      } catch (error) {
        failures += 1;
        console.log(`    FAILED: ${error instanceof Error ? error.message : String(error)}`);
        summary.push(`  FAIL  ${demo.title}: ${flow.name}`);
      }
    }
  } finally {
    await env.close();
    await mock.close();
  }
}
console.log(`\nSummary\n${summary.join('\n')}`);
console.log(`\nAPI reference (built by pnpm run docs): ${join(repoRoot, 'docs/reference/index.html')}`);
process.exit(failures > 0 ? 1 : 0);
