/** The @kybkit/testing README quick start, run as written (it mocks e-Attestations for a user's test). */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../../packages/testing/README.md', import.meta.url), 'utf8');
const quickStart = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const file = new URL('./.readme-testing.ts', import.meta.url);

afterEach(() => rmSync(file, { force: true }));

it('@kybkit/testing README quick start runs: a mock, a token server, a client, and both closed', async () => {
  expect(quickStart).toBeDefined();
  writeFileSync(file, `${quickStart}\nexport { ea, mock, tokens };\n`);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const { ea, mock, tokens } = await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
  expect(log.mock.calls).toEqual([[12345]]);
  log.mockRestore();
  expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(tokens.requests.map((r: { grantType: string }) => r.grantType)).toEqual(['password']);
  await expect(fetch(mock.url)).rejects.toThrow();
  expect(typeof ea.accountId).toBe('function');
});
