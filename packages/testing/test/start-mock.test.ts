import { ContractViolationError, type MockServer, startMock } from '@kybkit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const spec = new URL('./fixtures/widgets.yaml', import.meta.url).pathname;

describe('startMock', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock(spec);
  }, 60_000);
  afterAll(async () => {
    await mock?.close();
  });

  it('serves the spec examples on 127.0.0.1', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await mock.fetch(`${mock.url}/widgets/7`, { headers: { authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 7, name: 'sprocket' });
  });

  it('enforces the spec security: no credentials, 401', async () => {
    const response = await mock.fetch(`${mock.url}/widgets/7`);
    expect(response.status).toBe(401);
  });

  it('fails a request the spec rejects, naming where', async () => {
    const sent = mock.fetch(`${mock.url}/widgets`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    await expect(sent).rejects.toBeInstanceOf(ContractViolationError);
    await expect(sent).rejects.toThrow(/body\.name/);
    expect(mock.fetch.violations.at(-1)?.method).toBe('POST');
  });

  it('records instead of throwing when asked', async () => {
    const lenient = await startMock(spec, { onViolation: 'record' });
    try {
      const response = await lenient.fetch(`${lenient.url}/widgets/abc`, {
        headers: { authorization: 'Bearer t' },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(lenient.fetch.violations).toHaveLength(1);
      expect(lenient.fetch.violations[0]?.location).toEqual(['path', 'id']);
    } finally {
      await lenient.close();
    }
    await expect(fetch(lenient.url)).rejects.toThrow();
  }, 60_000);

  it('refuses an unknown slug with a clear message', async () => {
    await expect(startMock('no-such-provider')).rejects.toThrow(/no spec for "no-such-provider"/);
  });
});
