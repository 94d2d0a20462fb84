import { describe, expect, it } from 'vitest';
import { DEFAULT_SENSITIVE_HEADERS, REDACTED, redactText, redactUrl } from '../src/index.js';

describe('redactUrl', () => {
  it('replaces the values of the named query parameters, case-insensitively', () => {
    expect(redactUrl('https://api.example.com/v1/x?API_KEY=abc&page=2&Token=t', ['api_key', 'token'])).toBe(
      `https://api.example.com/v1/x?API_KEY=${REDACTED}&page=2&Token=${REDACTED}`,
    );
  });

  it('replaces userinfo', () => {
    expect(redactUrl('https://user:pass@api.example.com/a', [])).toBe(
      `https://${REDACTED}@api.example.com/a`,
    );
    expect(redactUrl('https://user@api.example.com/a', [])).toBe(`https://${REDACTED}@api.example.com/a`);
  });

  it('uses the default sensitive names when none are given', () => {
    expect(redactUrl('https://s3.example.com/b/k?X-Amz-Signature=sig&X-Amz-Expires=60&access_token=t')).toBe(
      `https://s3.example.com/b/k?X-Amz-Signature=${REDACTED}&X-Amz-Expires=60&access_token=${REDACTED}`,
    );
  });

  it('keeps the original encoding of everything else, and repeated params', () => {
    expect(redactUrl('https://h.example/p%20q?q=a%20b&k=1&k=2#frag', ['k'])).toBe(
      `https://h.example/p%20q?q=a%20b&k=${REDACTED}&k=${REDACTED}#frag`,
    );
  });

  it('matches encoded names and names without a value', () => {
    expect(redactUrl('https://h.example/?api%5Fkey=1&token', ['api_key', 'token'])).toBe(
      `https://h.example/?api%5Fkey=${REDACTED}&token=${REDACTED}`,
    );
  });

  it('accepts a URL object', () => {
    expect(redactUrl(new URL('https://h.example/?token=x'), ['token'])).toBe(
      `https://h.example/?token=${REDACTED}`,
    );
  });

  it('a relative or broken URL keeps only its path', () => {
    expect(redactUrl('/v1/x?api_key=secret', ['api_key'])).toBe(`/v1/x?${REDACTED}`);
    expect(redactUrl('not a url', [])).toBe('not a url');
  });
});

describe('redactText', () => {
  it('replaces every occurrence of each secret', () => {
    expect(redactText('a s3cr3t b s3cr3t', ['s3cr3t'])).toBe(`a ${REDACTED} b ${REDACTED}`);
  });
  it('ignores empty secrets and replaces the longest first', () => {
    expect(redactText('token abc-def', ['', 'abc', 'abc-def'])).toBe(`token ${REDACTED}`);
  });
  it('also replaces the URL-encoded form', () => {
    expect(redactText('?p=a%2Fb%20c', ['a/b c'])).toBe(`?p=${REDACTED}`);
  });
  it('no secrets → unchanged', () => {
    expect(redactText('plain', [])).toBe('plain');
  });
});

describe('DEFAULT_SENSITIVE_HEADERS', () => {
  it('covers the usual credential headers, lowercase', () => {
    expect(DEFAULT_SENSITIVE_HEADERS).toEqual(
      expect.arrayContaining(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']),
    );
    expect(DEFAULT_SENSITIVE_HEADERS.every((h) => h === h.toLowerCase())).toBe(true);
  });
});
