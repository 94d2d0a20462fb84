/** The demo flows (`pnpm run demo`) as tests: each provider's examples against its mock. */
import { fileURLToPath } from 'node:url';
import { type MockServer, startMock } from '@kybkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as eAttestations from '../e-attestations/demo.js';

describe('e-Attestations demo flows', () => {
  let mock: MockServer;
  let env: Awaited<ReturnType<typeof eAttestations.prepare>>;
  beforeAll(async () => {
    mock = await startMock(
      fileURLToPath(new URL('../../specs/e-attestations/openapi.yaml', import.meta.url)),
    );
    env = await eAttestations.prepare(mock.url, mock.fetch);
  });
  afterAll(async () => {
    await env?.close();
    await mock?.close();
  });

  const run = async (name: string) => {
    const flow = eAttestations.flows.find((f) => f.name === name);
    const lines: string[] = [];
    await flow?.run(env.client, (line) => lines.push(line));
    return lines;
  };

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
    expect(env.tokenRequests()).toBe(1);
  });
});
