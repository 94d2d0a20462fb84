/** The demo flows (`pnpm run demo`) as tests: each provider's examples against its mock. */
import { describe, expect, it } from 'vitest';
import * as eAttestations from '../e-attestations/demo.js';
import { useDemo } from './support.js';

describe('e-Attestations demo flows', () => {
  const { env, run } = useDemo(eAttestations);

  it('lists the monitored third parties', async () => {
    const lines = await run('list third parties');
    expect(lines).toContain('2 monitored third parties listed');
  });

  it('creates a dossier and waits for it', async () => {
    const lines = await run('create a dossier and wait for it');
    expect(lines.at(-1)).toMatch(/^dossier #11111 DOS-2024-001: 2 documents, 1 present$/);
  });

  it('downloads a file under its own name', async () => {
    const lines = await run('download a file');
    expect(lines.at(-1)).toMatch(/kbis_fournisseur\.pdf \(\d+ bytes, application\/octet-stream\)$/);
  });

  it('logged in once for all flows', () => {
    expect(env().tokenRequests()).toBe(1);
  });
});
