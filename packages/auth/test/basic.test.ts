import { ValidationError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { createBasicAuth } from '../src/index.js';

const ctx = { url: new URL('https://api.alloy.co/v1/entities'), method: 'GET' };
const expected = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

describe('createBasicAuth', () => {
  it('encodes the RFC 7617 example', async () => {
    const auth = createBasicAuth({ username: 'Aladdin', password: 'open sesame' });
    expect(auth.kind).toBe('basic');
    expect(auth.headerNames).toEqual(['authorization']);
    expect(await auth.authenticate(ctx)).toEqual({
      headers: { Authorization: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' },
    });
  });

  it('encodes non-ASCII as UTF-8 (RFC 7617 §2.1 example and more), like Buffer does', async () => {
    const rfc = createBasicAuth({ username: 'test', password: '123\u00a3' });
    expect((await rfc.authenticate(ctx)).headers?.Authorization).toBe('Basic dGVzdDoxMjPCow==');
    for (const [username, password] of [
      ['José', 'pässwörd€'],
      ['用户', '密码🔐'],
      ['émilie', ''],
      ['a', 'p:with:colons'],
    ] as const) {
      const auth = createBasicAuth({ username, password });
      expect((await auth.authenticate(ctx)).headers?.Authorization).toBe(expected(username, password));
    }
  });

  it("refuses ':' in the username, an empty username and control characters, never echoing the password", () => {
    const password = 'hunter2-secret';
    for (const options of [
      { username: 'a:b', password },
      { username: '', password },
      { username: 'a\nb', password },
      { username: 'ok', password: `${password}\r\n` },
      { username: undefined as unknown as string, password },
    ]) {
      let caught: unknown;
      try {
        createBasicAuth(options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      const error = caught as ValidationError;
      expect(error.message).toMatch(/^\[@kybkit\/auth\] the Basic auth (username|password)/);
      expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(password);
    }
  });

  it('treats a 401 as final and reports its secrets', async () => {
    const auth = createBasicAuth({ username: 'u', password: 'p' });
    expect(await auth.onUnauthorized()).toBe(false);
    expect(auth.secrets()).toEqual(['p', Buffer.from('u:p').toString('base64')]);
  });
});
