import { describe, expect, it } from 'vitest';
import {
  type AuthStrategy,
  createProviderFetch,
  KybkitRequest,
  type PipelineEvent,
  type ProviderFetchOptions,
  RedirectError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import { rejection, res, type Step, scripted } from './helpers.js';

const BASE = 'https://api.example.com/v1';
const operations = {
  createThing: { method: 'POST', path: '/things', retrySafe: false },
  searchThings: { method: 'POST', path: '/things/search', retrySafe: true },
};
const auth: AuthStrategy = {
  kind: 'test',
  headerNames: ['authorization'],
  authenticate: () => Promise.resolve({ headers: { Authorization: 'Bearer token-SECRET' } }),
  secrets: () => ['token-SECRET'],
};

function providerFetch(steps: readonly Step[], options: ProviderFetchOptions['options'] = {}) {
  const script = scripted(steps);
  const fetch = createProviderFetch({
    source: '@kybkit/acme',
    provider: 'acme',
    baseUrl: BASE,
    auth,
    operations,
    securityHeaders: ['x-acme-key'],
    securityQuery: ['acme_key'],
    extraSecretQuery: ['secret'],
    options: { fetch: script.fetch, retry: { baseDelayMs: 0, maxDelayMs: 0 }, ...options },
  });
  return { fetch, calls: script.calls };
}

describe('createProviderFetch: the tuning options are checked', () => {
  it.each([
    ['timeoutMs', { timeoutMs: 0 }],
    ['timeoutMs', { timeoutMs: -1 }],
    ['timeoutMs', { timeoutMs: Number.NaN }],
    ['timeoutMs', { timeoutMs: Number.POSITIVE_INFINITY }],
    ['timeoutMs', { timeoutMs: '5000' }],
    ['deadlineMs', { deadlineMs: 0 }],
    ['maxRedirects', { maxRedirects: -1 }],
    ['maxRedirects', { maxRedirects: 1.5 }],
    ['retry', { retry: 3 }],
    ['retry', { retry: true }],
    ['retry', { retry: null }],
    ['retry', { retry: [] }],
    ['retry.maxRetries', { retry: { maxRetries: -1 } }],
    ['retry.maxRetries', { retry: { maxRetries: 1.5 } }],
    ['retry.baseDelayMs', { retry: { baseDelayMs: -1 } }],
    ['retry.maxDelayMs', { retry: { maxDelayMs: Number.POSITIVE_INFINITY } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: Number.NaN } }],
    ['retry.statuses', { retry: { statuses: [99] } }],
    ['retry.statuses', { retry: { statuses: '503' } }],
    ['fetch', { fetch: 'globalThis.fetch' }],
    ['onEvent', { onEvent: 1 }],
  ])('refuses a bad %s with a ValidationError naming it', (field, options) => {
    const make = () => providerFetch([], options as ProviderFetchOptions['options']);
    expect(make).toThrow(ValidationError);
    try {
      make();
    } catch (error) {
      expect(error).toMatchObject({ field, source: '@kybkit/acme', provider: 'acme' });
      expect((error as Error).message).toMatch(
        new RegExp(`^\\[@kybkit/acme\\] ${field.replace('.', '\\.')} `),
      );
    }
  });

  it('shows the bad value, not just the field', () => {
    expect(() => providerFetch([], { timeoutMs: -5 })).toThrow(
      '[@kybkit/acme] timeoutMs must be a number of milliseconds above 0, got "-5"',
    );
  });

  it('accepts the edges: retry false, empty retry options, no redirects, zero delays', () => {
    for (const options of [
      { retry: false as const },
      { retry: {} },
      { maxRedirects: 0 },
      { retry: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0, statuses: [429, 503] } },
      { timeoutMs: 0.5, deadlineMs: 1 },
    ]) {
      expect(() => providerFetch([], options)).not.toThrow();
    }
  });
});

describe('createProviderFetch: the wiring', () => {
  it('authenticates through the given strategy and transport', async () => {
    const p = providerFetch([res(200)]);
    await p.fetch(`${BASE}/things`, { method: 'POST', body: '{}' });
    expect(p.calls[0]?.headers.authorization).toBe('Bearer token-SECRET');
  });

  it('retries a POST the operation table marks safe to repeat, and only that one', async () => {
    const safe = providerFetch([res(503), res(200)]);
    expect((await safe.fetch(`${BASE}/things/search`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(safe.calls).toHaveLength(2);
    const unsafe = providerFetch([res(503), res(200)]);
    expect((await unsafe.fetch(`${BASE}/things`, { method: 'POST', body: '{}' })).status).toBe(503);
    expect(unsafe.calls).toHaveLength(1);
  });

  it('strips the spec’s credential header and query parameters, and the extra ones, on a cross-origin hop', async () => {
    const target = 'https://files.example.net/blob?acme_key=key-SECRET&secret=one-SECRET&sig=abc';
    const p = providerFetch([res(302, { location: target }), res(200)]);
    await p.fetch(new KybkitRequest(`${BASE}/things/7`, { headers: { 'X-Acme-Key': 'key-SECRET' } }));
    expect(p.calls[0]?.headers['x-acme-key']).toBe('key-SECRET');
    expect(p.calls[1]?.url).toBe('https://files.example.net/blob?sig=abc');
    expect(p.calls[1]?.headers['x-acme-key']).toBeUndefined();
    expect(p.calls[1]?.headers.authorization).toBeUndefined();
  });

  it('passes timeoutMs, maxRedirects and onEvent through', async () => {
    const events: PipelineEvent[] = [];
    const timed = providerFetch(['hang'], { timeoutMs: 20, retry: false, onEvent: (e) => events.push(e) });
    const error = await rejection(timed.fetch(`${BASE}/things/7`));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(20);
    expect(events.map((e) => [e.type, e.provider])).toEqual([['timeout', 'acme']]);
    const redirected = providerFetch([res(302, { location: '/v1/things/8' })], { maxRedirects: 0 });
    expect(await rejection(redirected.fetch(`${BASE}/things/7`))).toBeInstanceOf(RedirectError);
  });

  it('passes deadlineMs through', async () => {
    const p = providerFetch(['hang'], { timeoutMs: 60_000, deadlineMs: 20 });
    const error = await rejection(p.fetch(`${BASE}/things/7`));
    expect(error).toMatchObject({ kind: 'deadline', timeoutMs: 20 });
  });
});
