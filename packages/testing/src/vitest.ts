/**
 * Vitest glue, on its own entry point (`@kybkit/testing/vitest`) so that the main entry never
 * imports vitest. In vitest.config.ts: `globalSetup: ['./test/mocks.ts']`, where that file is
 * `export default mockGlobalSetup(['e-attestations'])`; in a test: `mockUrl('e-attestations')`.
 */
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { type StartMockOptions, startMock } from './start-mock.js';

const key = (slug: string) => `kybkit:mock:${slug}`;

/**
 * A vitest globalSetup that starts one Prism mock per entry and stops them afterwards. Entries are
 * slugs or spec paths (`['e-attestations']`), or names mapped to them (`{ ea: './openapi.json' }`).
 */
export function mockGlobalSetup(
  specs: readonly string[] | Readonly<Record<string, string>>,
  options: StartMockOptions = {},
) {
  const entries: Array<[string, string]> = Array.isArray(specs)
    ? specs.map((spec) => [spec, spec])
    : Object.entries(specs);
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const mocks = await Promise.all(entries.map(([, spec]) => startMock(spec, options)));
    const provide = project.provide as unknown as (name: string, value: string) => void;
    mocks.forEach((mock, index) => {
      provide(key((entries[index] as [string, string])[0]), mock.url);
    });
    return async () => {
      await Promise.all(mocks.map((mock) => mock.close()));
    };
  };
}

/** The URL of a mock started by `mockGlobalSetup` (by its slug, path or name), inside a test file. */
export function mockUrl(spec: string): string {
  const url = (inject as unknown as (name: string) => string | undefined)(key(spec));
  if (!url) {
    throw new Error(
      `[@kybkit/testing] no mock for "${spec}": add it to mockGlobalSetup([...]) in globalSetup`,
    );
  }
  return url;
}
