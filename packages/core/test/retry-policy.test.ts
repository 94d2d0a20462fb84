import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isIdempotentMethod,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryOptions,
} from '../src/index.js';

describe('isIdempotentMethod', () => {
  it.each(['GET', 'head', 'OPTIONS', 'PUT', 'delete'])('%s is idempotent', (method) => {
    expect(isIdempotentMethod(method)).toBe(true);
  });
  it.each(['POST', 'PATCH', 'CONNECT', 'TRACE', 'PROPFIND'])('%s is not', (method) => {
    expect(isIdempotentMethod(method)).toBe(false);
  });
});

describe('isRetryableStatus', () => {
  it('408, 425, 429 and 5xx except 501/505', () => {
    const retryable = [];
    for (let status = 100; status < 600; status++) {
      if (isRetryableStatus(status)) {
        retryable.push(status);
      }
    }
    expect(retryable.filter((s) => s < 500)).toEqual([408, 425, 429]);
    expect(retryable.filter((s) => s >= 500)).toHaveLength(98);
    expect(isRetryableStatus(501)).toBe(false);
    expect(isRetryableStatus(505)).toBe(false);
  });
  it('a custom list replaces the default', () => {
    expect(isRetryableStatus(409, [409])).toBe(true);
    expect(isRetryableStatus(503, [409])).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  const h = (init: Record<string, string>) => new Headers(init);
  it('seconds', () => {
    expect(parseRetryAfter(h({ 'retry-after': '5' }), now)).toBe(5_000);
    expect(parseRetryAfter(h({ 'retry-after': '0' }), now)).toBe(0);
    expect(parseRetryAfter(h({ 'retry-after': ' 1.5 ' }), now)).toBe(1_500);
  });
  it('an HTTP date, against now', () => {
    expect(parseRetryAfter(h({ 'retry-after': 'Sun, 01 Mar 2026 10:00:30 GMT' }), now)).toBe(30_000);
  });
  it('a date in the past gives 0', () => {
    expect(parseRetryAfter(h({ 'retry-after': 'Sun, 01 Mar 2026 09:00:00 GMT' }), now)).toBe(0);
  });
  it('retry-after-ms first', () => {
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '5' }), now)).toBe(250);
  });
  it('absent or garbage gives undefined', () => {
    expect(parseRetryAfter(h({}), now)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': '-3' }), now)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after-ms': 'x' }), now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const options = { baseDelayMs: 500, maxDelayMs: 8_000 };
  it('full jitter: random × min(max, base × 2^attempt)', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, options, () => 1))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
    expect(backoffDelay(2, options, () => 0.25)).toBe(500);
    expect(backoffDelay(2, options, () => 0)).toBe(0);
  });
  it('stays within [0, cap) with Math.random', () => {
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(10, options);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(8_000);
    }
  });
});

describe('defaults', () => {
  it('2 retries, 500 ms base, 8 s cap, 60 s Retry-After ceiling', () => {
    expect(DEFAULT_RETRY).toEqual({
      maxRetries: 2,
      baseDelayMs: 500,
      maxDelayMs: 8_000,
      maxRetryAfterMs: 60_000,
      statuses: undefined,
    });
    expect(resolveRetryOptions({ maxRetries: 5 })).toMatchObject({ maxRetries: 5, baseDelayMs: 500 });
  });
});
