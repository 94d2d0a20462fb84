import { ValidationError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { createApiKeyAuth } from '../src/index.js';

const ctx = { url: new URL('https://api.october.eu/requests'), method: 'GET' };

function validationError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('createApiKeyAuth', () => {
  it('sends October-style header pairs together and lists their names in lowercase', async () => {
    const auth = createApiKeyAuth({ headers: { userId: 'user-42', sessionToken: 'st-secret' } });
    expect(auth.kind).toBe('api-key');
    expect(auth.headerNames).toEqual(['userid', 'sessiontoken']);
    expect(auth.queryNames).toEqual([]);
    expect(await auth.authenticate(ctx)).toEqual({
      headers: { userId: 'user-42', sessionToken: 'st-secret' },
    });
    expect(auth.secrets()).toEqual(['user-42', 'st-secret']);
  });

  it('sends Contract.fit-style query keys', async () => {
    const auth = createApiKeyAuth({ query: { api_key: 'cf-secret' } });
    expect(auth.headerNames).toEqual([]);
    expect(auth.queryNames).toEqual(['api_key']);
    expect(await auth.authenticate(ctx)).toEqual({ query: { api_key: 'cf-secret' } });
  });

  it('combines headers and query keys, and hands out fresh objects each time', async () => {
    const auth = createApiKeyAuth({ headers: { 'X-Api-Key': 'k1' }, query: { api_key: 'k2' } });
    const first = await auth.authenticate(ctx);
    expect(first).toEqual({ headers: { 'X-Api-Key': 'k1' }, query: { api_key: 'k2' } });
    first.headers!['X-Api-Key'] = 'tampered';
    expect((await auth.authenticate(ctx)).headers).toEqual({ 'X-Api-Key': 'k1' });
  });

  it('treats a 401 as final', async () => {
    const auth = createApiKeyAuth({ headers: { sessionToken: 'st' } });
    expect(await auth.onUnauthorized()).toBe(false);
  });

  it('refuses an empty options object, and empty header and query maps', () => {
    expect(validationError(() => createApiKeyAuth({})).message).toMatch(/^\[@kybkit\/auth\] .*at least one/);
    validationError(() => createApiKeyAuth({ headers: {}, query: {} }));
    validationError(() => createApiKeyAuth(undefined as never));
  });

  const secret = 'sup3r-s3cret-value';
  it.each([
    ['an empty header value', { headers: { sessionToken: '' } }, 'headers.sessionToken', 'sessionToken'],
    [
      'CR/LF in a header value',
      { headers: { sessionToken: `${secret}\r\nX-Evil: 1` } },
      'headers.sessionToken',
      'sessionToken',
    ],
    ['a LF in a header value', { headers: { userId: `${secret}\n` } }, 'headers.userId', 'userId'],
    ['a TAB in a header value', { headers: { userId: `a\t${secret}` } }, 'headers.userId', 'userId'],
    ['a NUL in a query value', { query: { api_key: `${secret}\u0000` } }, 'query.api_key', 'api_key'],
    ['DEL in a query value', { query: { api_key: `${secret}\u007f` } }, 'query.api_key', 'api_key'],
    ['an empty query value', { query: { api_key: '' } }, 'query.api_key', 'api_key'],
    [
      'surrounding whitespace in a header value',
      { headers: { sessionToken: ` ${secret}` } },
      'headers.sessionToken',
      'sessionToken',
    ],
    [
      'a non-Latin-1 header value',
      { headers: { sessionToken: `${secret}€` } },
      'headers.sessionToken',
      'sessionToken',
    ],
    [
      'a non-string value',
      { headers: { sessionToken: 42 as unknown as string } },
      'headers.sessionToken',
      'sessionToken',
    ],
  ])('refuses %s, naming the key but never the value', (_label, options, field, key) => {
    const error = validationError(() => createApiKeyAuth(options));
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${key}"`);
    for (const text of [error.message, JSON.stringify(error), String(error), error.stack ?? '']) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses invalid and duplicate header names', () => {
    expect(validationError(() => createApiKeyAuth({ headers: { 'bad name': 'v' } })).message).toMatch(
      /not a valid HTTP header name/,
    );
    expect(
      validationError(() => createApiKeyAuth({ headers: { sessionToken: 'a', SessionToken: 'b' } })).message,
    ).toMatch(/twice/);
    validationError(() => createApiKeyAuth({ query: { '': 'v' } }));
  });

  it('accepts Latin-1 and inner spaces in header values and any Unicode in query values', async () => {
    const auth = createApiKeyAuth({ headers: { 'X-Key': 'a b\u00e9' }, query: { key: 'clé 🔑' } });
    expect(await auth.authenticate(ctx)).toEqual({
      headers: { 'X-Key': 'a b\u00e9' },
      query: { key: 'clé 🔑' },
    });
  });
});
