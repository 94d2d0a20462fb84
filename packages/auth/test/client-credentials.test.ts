import { inspect } from 'node:util';
import { AuthError, ValidationError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { createClientCredentialsAuth } from '../src/index.js';

interface Seen {
  url: string;
  headers: Headers;
  body: string;
}

function endpoint(reply: (seen: Seen, index: number) => Response) {
  const calls: Seen[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const seen = { url, headers: new Headers(init.headers), body: String(init.body ?? '') };
    calls.push(seen);
    return reply(seen, calls.length - 1);
  };
  return { fetch, calls };
}

const ok = (token: string, expiresIn = 3600) =>
  Response.json({ access_token: token, token_type: 'bearer', expires_in: expiresIn });
const SECRET = 'client-secret-never-shown';
const ctx = { url: new URL('https://sandbox.alloy.co/v1/entities'), method: 'GET' };

describe('createClientCredentialsAuth', () => {
  it('Alloy style: Basic header, JSON body, then Bearer on API calls', async () => {
    const tokens = endpoint(() => ok('bearer-1'));
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://sandbox.alloy.co/v1/oauth/bearer',
      clientId: 'token-id',
      clientSecret: SECRET,
      bodyFormat: 'json',
      fetch: tokens.fetch,
    });
    expect(await auth.authenticate(ctx)).toEqual({ headers: { Authorization: 'Bearer bearer-1' } });
    const [call] = tokens.calls;
    expect(call?.headers.get('authorization')).toBe(
      `Basic ${Buffer.from(`token-id:${SECRET}`).toString('base64')}`,
    );
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? '')).toEqual({ grant_type: 'client_credentials' });
  });

  it('RFC style: credentials in a form body, scope included, no Basic header', async () => {
    const tokens = endpoint(() => ok('t'));
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://auth.example.com/token',
      clientId: 'id',
      clientSecret: SECRET,
      credentialsIn: 'body',
      scope: 'read',
      fetch: tokens.fetch,
    });
    await auth.authenticate(ctx);
    const form = new URLSearchParams(tokens.calls[0]?.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'id',
      client_secret: SECRET,
      scope: 'read',
    });
    expect(tokens.calls[0]?.headers.has('authorization')).toBe(false);
  });

  it('one token request for 500 concurrent callers, a new one after expiry', async () => {
    let clock = 0;
    const tokens = endpoint((_seen, index) => ok(`bearer-${index + 1}`));
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://sandbox.alloy.co/v1/oauth/bearer',
      clientId: 'id',
      clientSecret: SECRET,
      fetch: tokens.fetch,
      now: () => clock,
    });
    const first = await Promise.all(Array.from({ length: 500 }, () => auth.authenticate(ctx)));
    expect(new Set(first.map((r) => r.headers?.Authorization))).toEqual(new Set(['Bearer bearer-1']));
    expect(tokens.calls).toHaveLength(1);
    clock = 3_600_000 + 1;
    const second = await Promise.all(Array.from({ length: 500 }, () => auth.authenticate(ctx)));
    expect(new Set(second.map((r) => r.headers?.Authorization))).toEqual(new Set(['Bearer bearer-2']));
    expect(tokens.calls).toHaveLength(2);
  });

  it('a 401 on the token used drops it once; the next call fetches a new one', async () => {
    const tokens = endpoint((_seen, index) => ok(`bearer-${index + 1}`));
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://a.example/t',
      clientId: 'id',
      clientSecret: SECRET,
      fetch: tokens.fetch,
    });
    const used = await auth.authenticate(ctx);
    await Promise.all(Array.from({ length: 20 }, () => auth.onUnauthorized({ ...ctx, used })));
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer bearer-2');
    expect(tokens.calls).toHaveLength(2);
  });

  it('refused credentials are an AuthError that never shows the secret', async () => {
    const tokens = endpoint(() =>
      Response.json(
        { status_code: 401, error: { minor_code: 4011, message: `bad ${SECRET}` } },
        { status: 401 },
      ),
    );
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://a.example/t',
      clientId: 'id',
      clientSecret: SECRET,
      fetch: tokens.fetch,
    });
    const error = await auth.authenticate(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(401);
    expect((error as Error).message).toMatch(/refused the client credentials/);
    const encoded = Buffer.from(`id:${SECRET}`).toString('base64');
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(encoded);
    }
  });

  it('validates its options before any request', () => {
    const base = { tokenUrl: 'https://a.example/t', clientId: 'id', clientSecret: SECRET };
    expect(() => createClientCredentialsAuth({ ...base, clientSecret: '' })).toThrow(ValidationError);
    expect(() => createClientCredentialsAuth({ ...base, tokenUrl: 'http://a.example/t' })).toThrow(/https/);
    expect(() => createClientCredentialsAuth({ ...base, clientId: 'a:b' })).toThrow(/':'/);
  });

  it('lists its secrets for redaction', async () => {
    const auth = createClientCredentialsAuth({
      tokenUrl: 'https://a.example/t',
      clientId: 'id',
      clientSecret: SECRET,
      fetch: endpoint(() => ok('bearer-x')).fetch,
    });
    await auth.authenticate(ctx);
    expect(auth.secrets()).toEqual(expect.arrayContaining([SECRET, 'bearer-x']));
  });
});
