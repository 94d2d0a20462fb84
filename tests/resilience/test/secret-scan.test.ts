import { NetworkError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.js';
import { ALLOY, CF, EA, OCTOBER, PROVIDERS } from './support/providers.js';
import { leakedSecrets } from './support/secrets.js';

// The scan must not be vacuous: it finds a planted secret wherever an error can carry one, and each
// harness knows every secret its client holds, including the tokens issued during the test.
describe('the secret scan', { timeout: 5_000 }, () => {
  const secret = 'planted-s3cret-value';

  it.each([
    ['a message', new Error(`failed with ${secret}`)],
    [
      'a cause two levels down',
      new Error('outer', { cause: new Error('middle', { cause: new Error(secret) }) }),
    ],
    [
      'an enumerable property',
      Object.assign(new Error('x'), { headers: { authorization: `Bearer ${secret}` } }),
    ],
    ['a nested object', { deep: { deeper: { deepest: [secret] } } }],
    ['a URL-encoded form', new Error(`GET /x?key=${encodeURIComponent(`${secret}/+=`)}`)],
    ['a toJSON', { toJSON: () => ({ token: secret }) }],
  ])('finds a secret in %s', (_, value) => {
    const found = leakedSecrets([value], [secret, `${secret}/+=`]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join(' ')).not.toContain(secret);
  });

  it('is clean on a kybkit error whose message was redacted', () => {
    const error = new NetworkError('GET https://h/x?api_key=[REDACTED] failed', { attempts: 1 });
    expect(leakedSecrets([error], [secret])).toEqual([]);
  });
});

const CONFIGURED: Record<string, string[]> = {
  'e-attestations': [EA.password],
  october: [OCTOBER.userId, OCTOBER.sessionToken],
  alloy: [ALLOY.token, ALLOY.secret, btoa(`${ALLOY.token}:${ALLOY.secret}`)],
  'contract-fit': [CF.password, CF.apiKey],
};

describe.each(PROVIDERS)('the harness of $name', { timeout: 5_000 }, (provider) => {
  const start = useHarness(provider);

  it('knows the configured secrets and every credential the client sent', async () => {
    const h = await start();
    h.api.push({ json: { ok: true } });
    await h.outcome(h.get());
    for (const value of CONFIGURED[provider.slug] ?? []) {
      expect(h.secrets.has(value)).toBe(true);
    }
    const sent = h.apiRequests()[0]!;
    const credential =
      sent.headers.authorization ??
      sent.headers.sessiontoken ??
      new URL(sent.path, 'http://x').searchParams.get('api_key');
    expect(credential).toBeTruthy();
    expect(h.secrets.has(credential as string)).toBe(true);
    if (provider.auth === 'token') {
      const token = (sent.headers.authorization as string).replace(/^Bearer /, '');
      expect(h.secrets.has(token)).toBe(true);
    }
  });
});
