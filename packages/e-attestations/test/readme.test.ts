/**
 * The README quick start, run as written: the block is copied out of README.md and imported, with
 * only the network swapped underneath it (the TEST hosts are routed to the package's Prism mock
 * and to a loopback token endpoint).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startTokenServer } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterEach, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const file = new URL('./.readme-quickstart.ts', import.meta.url);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  rmSync(file, { force: true });
});

it('README quick start runs against the mock', async () => {
  expect(quickStart).toBeDefined();
  const tokens = await startTokenServer({
    claims: { account_ids: '12345' },
    username: 'readme-user',
    password: 'readme-pass',
  });
  const api = mockUrl('e-attestations');
  const realFetch = globalThis.fetch;
  const hosts: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    hosts.push(url.host);
    if (url.host === 'auth.test-e-attestations.com') {
      return realFetch(tokens.tokenUrl, init);
    }
    if (url.host === 'edge.test-e-attestations.com') {
      return realFetch(`${api}${url.pathname.replace(/^\/api\/v1/, '')}${url.search}`, init);
    }
    throw new TypeError(`unexpected host ${url.host}`);
  });
  vi.stubEnv('E_ATTESTATIONS_USERNAME', 'readme-user');
  vi.stubEnv('E_ATTESTATIONS_PASSWORD', 'readme-pass');
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  try {
    writeFileSync(file, quickStart as string);
    await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
  } finally {
    await tokens.close();
  }
  expect(lines[0]).toBe('180 dossiers');
  expect(lines).toContain('67890 Fournisseur Exemple SAS');
  expect(lines.at(-1)).toBe('dossier 11111 created');
  expect(new Set(hosts)).toEqual(new Set(['auth.test-e-attestations.com', 'edge.test-e-attestations.com']));
});
