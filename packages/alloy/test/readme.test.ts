/**
 * The README quick start, run as written: the block is copied out of README.md and imported, with
 * only the network swapped underneath it (the sandbox host, token endpoint included, is routed to
 * the package's Prism mock) and a small PDF put where the block reads it from.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterEach, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const file = new URL('./.readme-quickstart.ts', import.meta.url);
const pdf = new URL('./driver_license.pdf', import.meta.url);
const copy = new URL('./driver_license-copy.pdf', import.meta.url);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const path of [file, pdf, copy]) {
    rmSync(path, { force: true });
  }
});

it('README quick start runs against the mock', async () => {
  expect(quickStart).toBeDefined();
  const api = mockUrl('alloy');
  const realFetch = globalThis.fetch;
  const calls: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(`${init?.method ?? 'GET'} ${url.host}${url.pathname}`);
    if (url.host !== 'sandbox.alloy.co') {
      throw new TypeError(`unexpected host ${url.host}`);
    }
    return realFetch(`${api}${url.pathname.replace(/^\/v1/, '')}${url.search}`, init);
  });
  vi.stubEnv('ALLOY_TOKEN', 'readme-token');
  vi.stubEnv('ALLOY_SECRET', 'readme-secret');
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  writeFileSync(pdf, '%PDF-1.4\n%readme\n%%EOF\n');
  writeFileSync(file, quickStart as string);
  await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
  expect(lines).toEqual([
    'person P-3bq5UeZ8xKc2Lw9NtR4m',
    'document D-9aRk2Vt5Lm8Qw3Zx7Jc1 uploaded: true',
    'D-9aRk2Vt5Lm8Qw3Zx7Jc1 license driver_license',
    'D-4Np6Ys2Hb9Ek5Ud8Gf3a utility utility_bill_november',
    'saved 40 bytes of application/octet-stream',
  ]);
  expect(statSync(copy).size).toBe(40);
  expect(calls).toEqual([
    'POST sandbox.alloy.co/v1/oauth/bearer',
    'POST sandbox.alloy.co/v1/entities/persons',
    'POST sandbox.alloy.co/v1/entities/P-3bq5UeZ8xKc2Lw9NtR4m/documents',
    'PUT sandbox.alloy.co/v1/entities/P-3bq5UeZ8xKc2Lw9NtR4m/documents/D-9aRk2Vt5Lm8Qw3Zx7Jc1',
    'GET sandbox.alloy.co/v1/entities/cust-000042/documents',
    'GET sandbox.alloy.co/v1/entities/P-3bq5UeZ8xKc2Lw9NtR4m/documents/D-9aRk2Vt5Lm8Qw3Zx7Jc1',
  ]);
});
