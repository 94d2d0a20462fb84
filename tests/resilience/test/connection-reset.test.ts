import { KybkitError, NetworkError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { PROVIDERS } from './support/providers.js';

describe.each(PROVIDERS)('connection reset: $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('retries a GET reset before the headers, then throws NetworkError', async () => {
    const h = await start();
    h.api.push({ kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' });
    const { error } = await h.outcome(h.get());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(h.apiRequests()).toHaveLength(3);
    expect(h.events.filter((e) => e.type === 'retry').map((e) => e.reason)).toEqual(['network', 'network']);
  });

  it('does not resend a POST whose connection was reset before the headers', async () => {
    const h = await start();
    h.api.push({ kind: 'reset' }, { json: { never: 'reached' } });
    const { error } = await h.outcome(h.post());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(h.apiRequests()).toHaveLength(1);
  });

  // The pipeline hands the response over once the headers are in; openapi-fetch then reads the body,
  // and undici's `TypeError: terminated` escapes untyped. DESIGN: transport failures are KybkitErrors.
  it('turns a reset in the middle of the body into a NetworkError (no hang)', async () => {
    const h = await start();
    h.api.push({ kind: 'reset-mid-body' });
    const { error } = await h.outcome(h.get());
    expect(error).toBeInstanceOf(NetworkError);
    expect(h.apiRequests()).toHaveLength(1);
  });

  it('sends a POST once when its answer is cut in the middle, and fails with a KybkitError', async () => {
    const h = await start();
    h.api.push({ kind: 'reset-mid-body', status: 201 }, { json: { never: 'reached' } });
    const { error } = await h.outcome(h.post());
    expect(h.apiRequests().map((r) => r.method)).toEqual(['POST']);
    expect(error).toBeInstanceOf(KybkitError);
  });
});
