/**
 * The README quick start, run as written: the block is copied out of README.md and imported, with
 * only the network swapped underneath it (the published host is routed to the package's Prism
 * mock, which also serves the login) and an invoice written where INVOICE_PATH points.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockUrl } from '@kybkit/testing/vitest';
import { afterEach, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readme.split('## Quick start')[1]?.match(/```ts\n([\s\S]*?)```/)?.[1];
const file = new URL('./.readme-quickstart.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'kybkit-cf-readme-'));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(file, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

it('README quick start runs against the mock', async () => {
  expect(quickStart).toBeDefined();
  const api = mockUrl('contract-fit');
  const realFetch = globalThis.fetch;
  const calls: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.host !== 'cfportal.contract-p.fit') {
      throw new TypeError(`unexpected host ${url.host}`);
    }
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    return realFetch(`${api}${url.pathname.replace(/^\/api/, '')}${url.search}`, init);
  });
  const invoice = join(dir, 'invoice.pdf');
  writeFileSync(invoice, '%PDF-1.4\n%readme\n%%EOF\n');
  vi.stubEnv('CONTRACT_FIT_USERNAME', 'readme-user');
  vi.stubEnv('CONTRACT_FIT_PASSWORD', 'readme-pass');
  vi.stubEnv('INVOICE_PATH', invoice);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.join(' '));
  });
  writeFileSync(file, quickStart as string);
  await import(/* @vite-ignore */ `${file.href}?t=${Date.now()}`);
  expect(lines).toEqual(['invoice-2026-0042.pdf: INV-2026-0042', '2 inboxes']);
  expect(calls).toEqual([
    'POST /api/auth',
    'POST /api/documents/5f1a2b3c4d5e6f7a8b9c0d1e',
    'GET /api/documents/6a1b2c3d4e5f6a7b8c9d0e1f',
    'GET /api/inboxes',
  ]);
});
