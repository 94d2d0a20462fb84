/**
 * The README quick start, run as written: the block is copied out of README.md and imported, with
 * only the network swapped underneath it (the production host is routed to the package's Prism
 * mock, the storage host of the mock's upload descriptor to a loopback storage server).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startStorageServer } from '@kybkit/testing';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterEach, expect, it, vi } from 'vitest';
import { OCTOBER_HEADERS, SESSION_TOKEN, STORAGE_HOST, USER_ID } from './support.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const file = new URL('./.readme-quickstart.ts', import.meta.url);
const statement = new URL('./releve-2024-02.pdf', import.meta.url);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(file, { force: true });
  rmSync(statement, { force: true });
});

it('README quick start runs against the mock', async () => {
  expect(quickStart).toBeDefined();
  const storage = await startStorageServer();
  const api = mockUrl('october');
  const realFetch = globalThis.fetch;
  const hosts: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    hosts.push(url.host);
    if (url.host === 'api.october.eu') {
      return realFetch(`${api}${url.pathname}${url.search}`, init);
    }
    if (url.host === STORAGE_HOST) {
      return realFetch(`${storage.url}${url.pathname}${url.search}`, init);
    }
    throw new TypeError(`unexpected host ${url.host}`);
  });
  vi.stubEnv('OCTOBER_USER_ID', USER_ID);
  vi.stubEnv('OCTOBER_SESSION_TOKEN', SESSION_TOKEN);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  const pdf = '%PDF-1.4\n% releve de test\n%%EOF\n';
  try {
    writeFileSync(statement, pdf);
    writeFileSync(file, quickStart as string);
    await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
  } finally {
    await storage.close();
  }
  expect(lines).toEqual([
    'request 635107e452436f15d3b39d87: pending_analysis',
    'medium 6412f0bc1a2b3c4d5e6f7a81: online',
    'esg report 6413a0d2e4f5a6b7c8d9e0f1',
    'bank report 6413a0d2e4f5a6b7c8d9e0f2',
  ]);
  expect(new Set(hosts)).toEqual(new Set(['api.october.eu', STORAGE_HOST]));
  expect(storage.requests).toHaveLength(1);
  expect(storage.requests[0]?.body).toContain(pdf);
  expect(OCTOBER_HEADERS.filter((h) => h in (storage.requests[0]?.headers ?? {}))).toEqual([]);
});
