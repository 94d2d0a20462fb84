/** The Contract.fit demo flows (`pnpm run demo`) as tests, against the provider's mock. */
import { describe, expect, it } from 'vitest';
import { demo } from '../contract-fit/client-from-env.js';
import * as contractFit from '../contract-fit/demo.js';
import { demoInvoice } from '../contract-fit/demo-invoice.js';
import { samplePdf } from '../shared/sample-pdf.js';
import { useDemo } from './support.js';

describe('Contract.fit demo flows', () => {
  const { env, run } = useDemo(contractFit);

  it('uploads a generated invoice asynchronously and keeps its id', async () => {
    const lines = await run('upload an invoice asynchronously');
    expect(lines[0]).toMatch(
      /^uploaded invoice-2026-0042\.pdf \(\d+ bytes, streamed from disk\) to inbox 5f1a2b3c4d5e6f7a8b9c0d1e$/,
    );
    expect(lines[1]).toMatch(/^queued as document 6a1b2c3d4e5f6a7b8c9d0e1f /);
    expect(demo.documentId).toBe('6a1b2c3d4e5f6a7b8c9d0e1f');
  });

  it('waits until the document is processed', async () => {
    const lines = await run('wait for the extraction');
    expect(lines).toEqual([
      'document 6a1b2c3d4e5f6a7b8c9d0e1f processed after 1 poll(s), in 7.4 s on the server: 2 page(s), last version "predicted"',
    ]);
  });

  it('prints the extracted fields as an aligned table', async () => {
    const lines = await run('read the extracted fields');
    expect(lines[0]).toBe('invoice-2026-0042.pdf: 7 fields extracted');
    expect(lines).toContain('  invoice_number  INV-2026-0042');
    expect(lines).toContain('  VAT_number      BE0123456749');
    expect(lines).toContain('  total_amount    1,210');
  });

  it('lists the inbox page by page', async () => {
    const lines = await run('list the inbox');
    expect(lines.at(-1)).toBe('2 document(s) in inbox 5f1a2b3c4d5e6f7a8b9c0d1e');
    expect(lines[0]).toMatch(/^ {2}6a1b2c3d4e5f6a7b8c9d0e1f {2}invoice-2026-0042\.pdf +processed$/);
  });

  it('downloads the original file under its own name', async () => {
    const lines = await run('download the original file');
    expect(lines.at(-1)).toMatch(/→ invoice-2026-0042\.pdf \(43 bytes, application\/octet-stream\)$/);
  });

  it('logged in once for all flows', () => {
    expect(env().logins()).toBe(1);
  });

  it('the generated invoice carries its lines as text', () => {
    const text = new TextDecoder().decode(samplePdf(demoInvoice.title, demoInvoice.lines));
    expect(text).toContain('(Invoice INV-2026-0042, 28 November 2026) Tj');
  });
});
