import { describe, expect, it } from 'vitest';
import { checkBaseUrl, ValidationError } from '../src/index.js';

const options = { option: 'baseUrl', source: '@kybkit/test', provider: 'test' };

function refusal(value: unknown, extra: Partial<typeof options> & { requiredMessage?: string } = {}) {
  try {
    checkBaseUrl(value, { ...options, ...extra });
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error(`accepted ${String(value)}`);
}

describe('checkBaseUrl', () => {
  it('returns https URLs without their trailing slashes', () => {
    expect(checkBaseUrl('https://api.example.com/v1/', options)).toBe('https://api.example.com/v1');
    expect(checkBaseUrl('https://api.example.com//', options)).toBe('https://api.example.com');
    expect(checkBaseUrl(new URL('https://API.example.com:8443/a'), options)).toBe(
      'https://api.example.com:8443/a',
    );
  });

  it('allows plain http on loopback only', () => {
    expect(checkBaseUrl('http://127.0.0.1:4010/', options)).toBe('http://127.0.0.1:4010');
    expect(checkBaseUrl('http://localhost:4010/api', options)).toBe('http://localhost:4010/api');
    expect(checkBaseUrl('http://[::1]:4010', options)).toBe('http://[::1]:4010');
    for (const url of ['http://api.example.com', 'http://127.0.0.2', 'http://localhost.example.com']) {
      expect(refusal(url).message).toBe(
        '[@kybkit/test] baseUrl must use https (plain http is allowed for loopback only)',
      );
    }
    expect(refusal('ftp://127.0.0.1/').message).toMatch(/must use https/);
  });

  it.each([
    ['credentials', 'https://user:pass@api.example.com'],
    ['a query', 'https://api.example.com/v1?x=1'],
    ['an empty query', 'https://api.example.com/v1?'],
    ['a fragment', 'https://api.example.com/v1#top'],
    ['an empty fragment', 'https://api.example.com/v1#'],
  ])('refuses %s', (_, url) => {
    expect(refusal(url).message).toBe(
      '[@kybkit/test] baseUrl must not carry credentials, a query or a fragment',
    );
  });

  it('refuses what is not a URL, naming the option', () => {
    for (const value of ['api.example.com', 'not a url', 42, {}]) {
      const error = refusal(value, { option: 'tokenUrl' });
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toBe('[@kybkit/test] tokenUrl is not a URL');
      expect(error).toMatchObject({ field: 'tokenUrl', source: '@kybkit/test', provider: 'test' });
    }
  });

  it('says a missing value is required, in the caller’s words when given', () => {
    for (const value of [undefined, null, '']) {
      expect(refusal(value).message).toBe('[@kybkit/test] baseUrl is required');
    }
    expect(refusal(undefined, { requiredMessage: 'baseUrl is required: your tenant’s URL' }).message).toBe(
      '[@kybkit/test] baseUrl is required: your tenant’s URL',
    );
  });

  it('leaves provider unset when not given', () => {
    const error = (() => {
      try {
        return checkBaseUrl('nope', { option: 'baseUrl', source: '@kybkit/test' });
      } catch (e) {
        return e as ValidationError;
      }
    })() as ValidationError;
    expect(error.provider).toBeUndefined();
    expect(error.field).toBe('baseUrl');
  });
});
