/** The October demo flows (`pnpm run demo`) as tests, against the mock and a loopback storage. */
import { describe, expect, it } from 'vitest';
import * as october from '../october/demo.js';
import { useDemo } from './support.js';

describe('October demo flows', () => {
  const { env, run } = useDemo(october);

  it('creates a request, after refusing a bad SIREN locally', async () => {
    const lines = await run('create a request');
    expect(lines[0]).toMatch(/^SIREN 732829321 refused before sending: .*wrong check digit/);
    expect(lines.at(-1)).toBe(
      'request 635107e452436f15d3b39d87 on SIREN 732829320: status pending_analysis, stage 1.1',
    );
    expect(env().client.requestId).toBe('635107e452436f15d3b39d87');
  });

  it('uploads a generated bank statement through storage without October headers', async () => {
    const lines = await run('upload a bank statement');
    expect(lines).toContain('medium 6412f0bc1a2b3c4d5e6f7a81: bank_statement, online, period month');
    expect(lines.at(-1)).toMatch(/^storage received a POST of \d+ bytes; October headers it saw: none$/);
    const [receipt] = env().client.storage?.receipts ?? [];
    const size = Number(lines.find((l) => l.startsWith('uploading'))?.split(' ')[1]);
    expect(receipt?.bytes).toBeGreaterThan(size);
  });

  it('waits for the reports and lists them', async () => {
    const lines = await run('wait for reports');
    expect(lines[0]).toBe('2 reports for request 635107e452436f15d3b39d87');
    expect(lines[1]).toMatch(/^ {2}esg report 6413a0d2e4f5a6b7c8d9e0f1 /);
  });
});
