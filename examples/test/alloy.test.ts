/** The Alloy demo flows (`pnpm run demo`) as tests, against the provider's mock. */
import { describe, expect, it } from 'vitest';
import * as alloy from '../alloy/demo.js';
import { useDemo } from './support.js';

describe('Alloy demo flows', () => {
  const { env, run } = useDemo(alloy);

  it('creates a person mapped to the external id', async () => {
    const lines = await run('create a person');
    expect(lines).toEqual(['person P-3bq5UeZ8xKc2Lw9NtR4m (Jane Doe), external id kybkit-demo-0001']);
  });

  it('describes and uploads a generated PDF', async () => {
    const lines = await run('describe and upload a document');
    expect(lines[0]).toMatch(
      /^described and uploaded driver_license\.pdf \(\d+ bytes, streamed from disk\)$/,
    );
    expect(lines[1]).toBe('document D-9aRk2Vt5Lm8Qw3Zx7Jc1: license, uploaded true');
  });

  it('lists the documents', async () => {
    const lines = await run('list documents');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^ {2}D-9aRk2Vt5Lm8Qw3Zx7Jc1 license +driver_license\.pdf {2}not reviewed, 1 note\(s\)$/,
    );
    expect(lines[1]).toMatch(
      /^ {2}D-4Np6Ys2Hb9Ek5Ud8Gf3a utility +utility_bill_november\.pdf {2}approved, 1 note\(s\)$/,
    );
    expect(lines[2]).toBe('2 documents for kybkit-demo-0001');
  });

  it('downloads a document to a file', async () => {
    const lines = await run('download a document');
    expect(lines.at(-1)).toMatch(
      /D-9aRk2Vt5Lm8Qw3Zx7Jc1 → .*driver_license\.pdf \(40 bytes, application\/octet-stream\)$/,
    );
  });

  it('got one bearer token for all flows', () => {
    expect(env().tokenRequests()).toBe(1);
  });
});
