import { inspect } from 'node:util';
import { AuthError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { createLoginTokenAuth } from '../src/index.js';

const PASSWORD = 'login-password-never-shown';
const ctx = { url: new URL('https://cfportal.contract-p.fit/api/inboxes'), method: 'GET' };
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (exp: number) => `${b64url({ alg: 'HS256' })}.${b64url({ exp })}.sig`;

function loginEndpoint(reply: (index: number) => Response) {
  const bodies: unknown[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(String(init.body)));
    return reply(bodies.length - 1);
  };
  return { fetch, bodies };
}

describe('createLoginTokenAuth', () => {
  it('logs in once with a JSON body and sends the raw token, shared by concurrent callers', async () => {
    const login = loginEndpoint((i) => Response.json({ authentication_token: `tok-${i + 1}` }));
    const auth = createLoginTokenAuth({
      loginUrl: 'https://cfportal.contract-p.fit/api/auth',
      username: 'me',
      password: PASSWORD,
      fetch: login.fetch,
    });
    const results = await Promise.all(Array.from({ length: 200 }, () => auth.authenticate(ctx)));
    expect(new Set(results.map((r) => r.headers?.Authorization))).toEqual(new Set(['tok-1']));
    expect(login.bodies).toEqual([{ username: 'me', password: PASSWORD }]);
  });

  it('bearer scheme, and the JWT exp decides when to log in again', async () => {
    let clock = 1_000_000;
    const login = loginEndpoint((i) =>
      Response.json({ authentication_token: i === 0 ? jwt(1_000 + 600) : 'second' }),
    );
    const auth = createLoginTokenAuth({
      loginUrl: 'https://x.example/auth',
      username: 'me',
      password: PASSWORD,
      scheme: 'bearer',
      fetch: login.fetch,
      now: () => clock,
    });
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe(`Bearer ${jwt(1_600)}`);
    clock = 1_600_001;
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer second');
    expect(login.bodies).toHaveLength(2);
  });

  it('a 401 drops the token used; the next call logs in again', async () => {
    const login = loginEndpoint((i) => Response.json({ authentication_token: `tok-${i + 1}` }));
    const auth = createLoginTokenAuth({
      loginUrl: 'https://x.example/auth',
      username: 'me',
      password: PASSWORD,
      fetch: login.fetch,
    });
    const used = await auth.authenticate(ctx);
    await expect(auth.onUnauthorized({ ...ctx, used })).resolves.toBe(true);
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('tok-2');
  });

  it('wrong credentials → AuthError without the password; a bad answer → AuthError', async () => {
    const refused = createLoginTokenAuth({
      loginUrl: 'https://x.example/auth',
      username: 'me',
      password: PASSWORD,
      fetch: loginEndpoint(() => Response.json({ message: `no ${PASSWORD}` }, { status: 401 })).fetch,
    });
    const error = await refused.authenticate(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toMatch(/refused the username\/password/);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(PASSWORD);
    }
    const odd = createLoginTokenAuth({
      loginUrl: 'https://x.example/auth',
      username: 'me',
      password: PASSWORD,
      fetch: loginEndpoint(() => Response.json({ token: 'x' })).fetch,
    });
    await expect(odd.authenticate(ctx)).rejects.toThrow(/authentication_token is missing/);
  });
});
