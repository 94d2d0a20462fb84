import { inspect } from 'node:util';
import { AuthError, ValidationError } from '@kybkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOAuthPasswordAuth, type OAuthPasswordAuthOptions } from '../src/index.js';
import {
  deferred,
  fakeTokenEndpoint,
  flush,
  json,
  makeJwt,
  manualClock,
  oauthError,
  type Reply,
  tokenResponse,
} from './helpers/fake-token-endpoint.js';

const TOKEN_URL = 'https://auth.test-e-attestations.com/auth/realms/eat_realm/protocol/openid-connect/token';
const PASSWORD = 'P@ssw0rd-very-secret';
const ctx = { url: new URL('https://edge.test-e-attestations.com/api/v1/account'), method: 'GET' };

/** A strategy wired to a scripted endpoint; tokens are numbered access-N / refresh-N. */
function setup(
  script?: (form: Record<string, string>, index: number) => Reply | undefined,
  options: Partial<OAuthPasswordAuthOptions> = {},
) {
  const clock = manualClock();
  const endpoint = fakeTokenEndpoint(
    script ??
      ((_form, index) => () =>
        tokenResponse({ access_token: `access-${index + 1}`, refresh_token: `refresh-${index + 1}` })),
  );
  const auth = createOAuthPasswordAuth({
    tokenUrl: TOKEN_URL,
    clientId: 'ea-api-edge',
    username: 'api-user@example.com',
    password: PASSWORD,
    fetch: endpoint.fetch,
    now: clock.now,
    ...options,
  });
  const bearer = async () => (await auth.authenticate(ctx)).headers?.Authorization;
  return { auth, clock, endpoint, bearer };
}

/** Every way an error could be shown or shipped must be free of secrets. */
function expectNoSecrets(error: unknown, secrets: string[]) {
  const err = error as Error;
  const views = [
    JSON.stringify(err),
    String(err),
    err.message,
    err.stack ?? '',
    inspect(err, { depth: 5 }),
    inspect(err, { depth: 5, showHidden: true }),
    err.cause === undefined ? '' : inspect(err.cause, { depth: 5, showHidden: true }),
  ];
  for (const view of views) {
    for (const secret of secrets) {
      expect(view).not.toContain(secret);
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createOAuthPasswordAuth', () => {
  it('logs in with the password grant and the exact Keycloak form fields', async () => {
    const { auth, endpoint, bearer } = setup();
    expect(auth.kind).toBe('oauth2-password');
    expect(auth.headerNames).toEqual(['authorization']);
    expect(await bearer()).toBe('Bearer access-1');
    expect(endpoint.calls).toHaveLength(1);
    const [call] = endpoint.calls;
    expect(call).toEqual({
      url: TOKEN_URL,
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      redirect: 'manual',
      form: {
        grant_type: 'password',
        client_id: 'ea-api-edge',
        username: 'api-user@example.com',
        password: PASSWORD,
      },
    });
    expect(await bearer()).toBe('Bearer access-1');
    expect(endpoint.calls).toHaveLength(1);
  });

  it('sends scope with the password grant when given, and encodes special characters', async () => {
    const { bearer, endpoint } = setup(undefined, { scope: 'openid profile', password: 'a&b=c+d %é' });
    await bearer();
    expect(endpoint.calls[0]?.form).toMatchObject({ scope: 'openid profile', password: 'a&b=c+d %é' });
  });

  it('1,000 concurrent authenticate() calls on an expired token make exactly ONE token request', async () => {
    const gate = deferred<void>();
    const { auth, clock, endpoint, bearer } = setup(async (_form, index) => {
      if (index === 1) {
        await gate.promise;
      }
      return tokenResponse({ access_token: `access-${index + 1}`, refresh_token: `refresh-${index + 1}` });
    });
    expect(await bearer()).toBe('Bearer access-1');
    clock.advance(301_000);
    const all = Array.from({ length: 1000 }, () => auth.authenticate(ctx));
    await flush();
    expect(endpoint.calls).toHaveLength(2);
    gate.resolve();
    const results = await Promise.all(all);
    expect(endpoint.calls).toHaveLength(2);
    expect(endpoint.grants()).toEqual(['password', 'refresh_token']);
    expect(new Set(results.map((r) => r.headers?.Authorization))).toEqual(new Set(['Bearer access-2']));
  });

  it('1,000 concurrent calls on a cold start make exactly one password login', async () => {
    const { auth, endpoint } = setup();
    const results = await Promise.all(Array.from({ length: 1000 }, () => auth.authenticate(ctx)));
    expect(endpoint.grants()).toEqual(['password']);
    expect(new Set(results.map((r) => r.headers?.Authorization))).toEqual(new Set(['Bearer access-1']));
  });

  it('uses the refresh grant while the refresh token is valid, and the rotated refresh token next time', async () => {
    const { clock, endpoint, bearer } = setup();
    await bearer();
    clock.advance(300_000);
    expect(await bearer()).toBe('Bearer access-2');
    clock.advance(300_000);
    expect(await bearer()).toBe('Bearer access-3');
    expect(endpoint.calls.map((c) => c.form)).toEqual([
      {
        grant_type: 'password',
        client_id: 'ea-api-edge',
        username: 'api-user@example.com',
        password: PASSWORD,
      },
      { grant_type: 'refresh_token', client_id: 'ea-api-edge', refresh_token: 'refresh-1' },
      { grant_type: 'refresh_token', client_id: 'ea-api-edge', refresh_token: 'refresh-2' },
    ]);
  });

  it.each([
    ['400 invalid_grant', () => oauthError(400, 'invalid_grant', 'Token is not active')],
    ['401', () => oauthError(401, 'unauthorized_client')],
  ])(
    'falls back to a fresh password login when the refresh grant is refused (%s)',
    async (_label, refusal) => {
      const { clock, endpoint, bearer } = setup((form, index) =>
        form.grant_type === 'refresh_token'
          ? refusal()
          : tokenResponse({ access_token: `access-${index + 1}` }),
      );
      await bearer();
      clock.advance(300_000);
      expect(await bearer()).toBe('Bearer access-3');
      expect(endpoint.grants()).toEqual(['password', 'refresh_token', 'password']);
    },
  );

  it('logs in directly, with no refresh attempt, once the refresh token has expired by the clock', async () => {
    const { clock, endpoint, bearer } = setup();
    await bearer();
    clock.advance(1_800_000);
    expect(await bearer()).toBe('Bearer access-2');
    expect(endpoint.grants()).toEqual(['password', 'password']);
  });

  it('treats refresh_expires_in 0 or absent as "no known limit": tries the refresh grant', async () => {
    for (const refresh_expires_in of [0, undefined]) {
      const { clock, endpoint, bearer } = setup((_form, index) =>
        tokenResponse({
          access_token: `access-${index + 1}`,
          refresh_token: `r-${index + 1}`,
          refresh_expires_in,
        }),
      );
      await bearer();
      clock.advance(30 * 24 * 3_600_000);
      await bearer();
      expect(endpoint.grants()).toEqual(['password', 'refresh_token']);
    }
  });

  it('logs in again when no refresh token was issued, and keeps the old one when a refresh omits it', async () => {
    const none = setup((_form, index) =>
      tokenResponse({ access_token: `a-${index}`, refresh_token: undefined }),
    );
    await none.bearer();
    none.clock.advance(300_000);
    await none.bearer();
    expect(none.endpoint.grants()).toEqual(['password', 'password']);

    const kept = setup((form, index) =>
      tokenResponse({
        access_token: `a-${index}`,
        ...(form.grant_type === 'refresh_token' ? { refresh_token: undefined } : {}),
      }),
    );
    await kept.bearer();
    kept.clock.advance(300_000);
    await kept.bearer();
    kept.clock.advance(300_000);
    await kept.bearer();
    expect(kept.endpoint.calls.map((c) => c.form.refresh_token)).toEqual([
      undefined,
      'refresh-1',
      'refresh-1',
    ]);
  });

  it('refreshes proactively inside the margin while serving the current token', async () => {
    const gate = deferred<void>();
    const { clock, endpoint, bearer } = setup(async (_form, index) => {
      if (index === 1) {
        await gate.promise;
      }
      return tokenResponse({ access_token: `access-${index + 1}` });
    });
    await bearer();
    clock.advance(241_000); // 59 s left of 300 s
    expect(await bearer()).toBe('Bearer access-1');
    expect(await bearer()).toBe('Bearer access-1');
    await flush();
    expect(endpoint.grants()).toEqual(['password', 'refresh_token']);
    gate.resolve();
    await flush();
    expect(await bearer()).toBe('Bearer access-2');
    expect(endpoint.calls).toHaveLength(2);
  });

  it('keeps the old token when a background refresh fails', async () => {
    const { clock, endpoint, bearer } = setup((_form, index) =>
      index === 0 ? tokenResponse() : oauthError(503, 'temporarily_unavailable'),
    );
    await bearer();
    clock.advance(250_000);
    expect(await bearer()).toBe('Bearer access-1');
    await flush();
    expect(endpoint.calls).toHaveLength(2);
    expect(await bearer()).toBe('Bearer access-1');
  });

  it('computes expiry from expires_in against now() at request start', async () => {
    const clock = manualClock();
    const endpoint = fakeTokenEndpoint(() => () => {
      clock.advance(10_000); // the request takes 10 s
      return tokenResponse({ expires_in: 1800 });
    });
    const auth = createOAuthPasswordAuth({
      tokenUrl: TOKEN_URL,
      clientId: 'ea-api-edge',
      username: 'u',
      password: PASSWORD,
      fetch: endpoint.fetch,
      now: clock.now,
    });
    const token = await auth.getToken();
    expect(token).toEqual({
      accessToken: 'access-1',
      tokenType: 'Bearer',
      obtainedAt: clock.start,
      expiresAt: clock.start + 1_800_000,
      refreshExpiresAt: clock.start + 1_800_000,
      scope: 'profile email',
    });
    expect(token).not.toHaveProperty('refreshToken');
  });

  it.each([
    ['401 invalid_grant', () => oauthError(401, 'invalid_grant', 'Invalid user credentials'), 401],
    ['400 invalid_grant', () => oauthError(400, 'invalid_grant', 'Invalid user credentials'), 400],
  ])(
    'bad credentials (%s) → AuthError with status and code, and no secret anywhere',
    async (_l, reply, status) => {
      const { auth, endpoint } = setup(() => reply);
      const error = await auth.authenticate(ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthError);
      const authError = error as AuthError;
      expect(authError.status).toBe(status);
      expect(authError.code).toBe('invalid_grant');
      expect(authError.message).toBe(
        `[@kybkit/auth] the token endpoint refused the username/password (HTTP ${status}, invalid_grant: Invalid user credentials)`,
      );
      expect(authError.cause).toBeUndefined();
      expect(JSON.parse(JSON.stringify(authError))).toMatchObject({
        name: 'AuthError',
        status,
        code: 'invalid_grant',
      });
      expectNoSecrets(authError, [PASSWORD, 'api-user@example.com:']);
      expect(endpoint.calls).toHaveLength(1);
    },
  );

  it('never copies a secret echoed by the server, nor the raw body, into the error', async () => {
    const raw = {
      error: 'invalid_grant',
      error_description: `bad password ${PASSWORD}`,
      debug: 'RAW-BODY-MARKER',
    };
    const { auth } = setup(() => () => json(401, raw));
    const error = (await auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(error.message).toBe(
      '[@kybkit/auth] the token endpoint refused the username/password (HTTP 401, invalid_grant)',
    );
    expectNoSecrets(error, [PASSWORD, 'RAW-BODY-MARKER']);
  });

  it('a refused refresh followed by a refused login reports the login, without either token', async () => {
    const { auth, clock, bearer } = setup((_form, index) =>
      index === 0
        ? tokenResponse({ access_token: 'ACCESS-SECRET', refresh_token: 'REFRESH-SECRET' })
        : oauthError(400, 'invalid_grant', `no REFRESH-SECRET`),
    );
    await bearer();
    clock.advance(300_000);
    const error = await auth.authenticate(ctx).catch((e: unknown) => e);
    expect((error as AuthError).message).toMatch(
      /refused the username\/password \(HTTP 400, invalid_grant\)$/,
    );
    expectNoSecrets(error, [PASSWORD, 'ACCESS-SECRET', 'REFRESH-SECRET']);
  });

  it.each([
    ['not JSON', () => new Response('<html>oops ACCESS-SECRET</html>', { status: 200 })],
    ['a JSON array', () => json(200, ['ACCESS-SECRET'])],
    ['no access_token', () => tokenResponse({ access_token: undefined })],
    ['an empty access_token', () => tokenResponse({ access_token: '' })],
    [
      'a control character in access_token',
      () => tokenResponse({ access_token: 'ACCESS-SECRET\r\nX-Evil: 1' }),
    ],
    ['a space in access_token', () => tokenResponse({ access_token: 'ACCESS SECRET' })],
    ['a non-string access_token', () => tokenResponse({ access_token: 42 })],
    ['token_type mac', () => tokenResponse({ access_token: 'ACCESS-SECRET', token_type: 'mac' })],
    ['no token_type', () => tokenResponse({ access_token: 'ACCESS-SECRET', token_type: undefined })],
    ['expires_in 0', () => tokenResponse({ access_token: 'ACCESS-SECRET', expires_in: 0 })],
    ['negative expires_in', () => tokenResponse({ access_token: 'ACCESS-SECRET', expires_in: -5 })],
    ['non-numeric expires_in', () => tokenResponse({ access_token: 'ACCESS-SECRET', expires_in: 'soon' })],
    ['no expires_in', () => tokenResponse({ access_token: 'ACCESS-SECRET', expires_in: undefined })],
  ])('refuses a malformed token response (%s) with an AuthError', async (_label, reply) => {
    const { auth } = setup(() => reply);
    const error = await auth.authenticate(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(200);
    expect((error as AuthError).message).toMatch(/unusable token response/);
    expectNoSecrets(error, [PASSWORD, 'ACCESS-SECRET', 'ACCESS SECRET', 'oops']);
  });

  it('accepts token_type in any case and a quoted expires_in', async () => {
    const { auth } = setup(() => () => tokenResponse({ token_type: 'bEaReR', expires_in: '300' }));
    expect((await auth.getToken()).expiresAt).toBeGreaterThan(0);
  });

  it('reports a server error with its status', async () => {
    const { auth } = setup(() => () => oauthError(503));
    const error = (await auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(503);
    expect(error.message).toBe('[@kybkit/auth] the token endpoint failed (HTTP 503)');
  });

  it('names a refused client id', async () => {
    const { auth } = setup(() => () => oauthError(401, 'invalid_client', 'Invalid client credentials'));
    const error = (await auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(error.message).toMatch(/refused the client id/);
    expect(error.code).toBe('invalid_client');
  });

  it('turns a network failure into an AuthError without the raw cause', async () => {
    const failing = async (_input: string, init: RequestInit): Promise<Response> => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', init }),
      });
    };
    const { auth } = setup(undefined, { fetch: failing });
    const error = (await auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe(
      '[@kybkit/auth] could not reach the token endpoint (TypeError: fetch failed, ECONNREFUSED)',
    );
    expect(error.cause).toBeUndefined();
    expectNoSecrets(error, [PASSWORD]);

    const leaky = setup(undefined, {
      fetch: async () => {
        throw new Error(`proxy refused body password=${PASSWORD}`);
      },
    });
    const second = (await leaky.auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(second.message).toBe('[@kybkit/auth] could not reach the token endpoint');
    expectNoSecrets(second, [PASSWORD]);
  });

  it('gives up on a token endpoint that does not answer within timeoutMs', async () => {
    const hanging = (_input: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const { auth } = setup(undefined, { fetch: hanging, timeoutMs: 20 });
    await expect(auth.authenticate(ctx)).rejects.toThrow(
      '[@kybkit/auth] the token endpoint did not answer within 20 ms',
    );
  });

  it('does not follow a redirect from the token endpoint', async () => {
    const { auth } = setup(
      () => () => new Response(null, { status: 307, headers: { location: 'https://evil.example/' } }),
    );
    const error = (await auth.authenticate(ctx).catch((e: unknown) => e)) as AuthError;
    expect(error.status).toBe(307);
    expect(error.message).toMatch(/redirect/);
  });

  it('onUnauthorized invalidates once for 50 concurrent 401s on the same token → one refresh', async () => {
    const { auth, endpoint } = setup();
    const used = await auth.authenticate(ctx);
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, () => auth.onUnauthorized({ ...ctx, used })),
    );
    expect(verdicts.every((v) => v === true)).toBe(true);
    const retried = await Promise.all(Array.from({ length: 50 }, () => auth.authenticate(ctx)));
    expect(endpoint.grants()).toEqual(['password', 'refresh_token']);
    expect(new Set(retried.map((r) => r.headers?.Authorization))).toEqual(new Set(['Bearer access-2']));

    // A late 401 for the old token must not drop the new one.
    expect(await auth.onUnauthorized({ ...ctx, used })).toBe(true);
    await auth.authenticate(ctx);
    expect(endpoint.calls).toHaveLength(2);
  });

  it('claims() decodes account_ids from the JWT access token held, without fetching', async () => {
    const jwt = makeJwt({ sub: 'user-1', account_ids: '97862', exp: 1_700_000_300 });
    const { auth, endpoint, clock } = setup(() => () => tokenResponse({ access_token: jwt }));
    expect(auth.claims()).toBeUndefined(); // nothing held yet, and claims() never fetches
    expect(endpoint.calls).toHaveLength(0);
    await auth.authenticate(ctx);
    expect(auth.claims()?.account_ids).toBe('97862');
    expect((await auth.getToken()).accessToken).toBe(jwt);
    clock.advance(400_000); // expired: claims still describe the last token, and still do not fetch
    expect(auth.claims()?.account_ids).toBe('97862');
    expect(endpoint.calls).toHaveLength(1);

    const opaque = setup();
    await opaque.auth.authenticate(ctx);
    expect(opaque.auth.claims()).toBeUndefined();
  });

  it('secrets() lists the password and the current access and refresh tokens', async () => {
    const { auth, bearer, clock } = setup();
    expect(auth.secrets()).toEqual([PASSWORD]);
    await bearer();
    expect(auth.secrets()).toEqual([PASSWORD, 'access-1', 'refresh-1']);
    clock.advance(300_000);
    await bearer();
    expect(auth.secrets()).toEqual([PASSWORD, 'access-2', 'refresh-2']);
  });

  it('shows no secret when the strategy itself is inspected or serialised', async () => {
    const { auth, bearer } = setup();
    await bearer();
    for (const view of [inspect(auth, { depth: 10, showHidden: true }), JSON.stringify(auth), String(auth)]) {
      for (const secret of [PASSWORD, 'access-1', 'refresh-1']) {
        expect(view).not.toContain(secret);
      }
    }
  });

  it('uses globalThis.fetch, looked up at call time, when no fetch is given', async () => {
    const endpoint = fakeTokenEndpoint(() => () => tokenResponse());
    const auth = createOAuthPasswordAuth({
      tokenUrl: TOKEN_URL,
      clientId: 'ea-api-edge',
      username: 'u',
      password: PASSWORD,
    });
    vi.stubGlobal('fetch', endpoint.fetch);
    await auth.authenticate(ctx);
    expect(endpoint.calls).toHaveLength(1);
  });

  it('prefixes messages with the given source', async () => {
    const { auth } = setup(() => () => oauthError(401, 'invalid_grant'), {
      source: '@kybkit/e-attestations',
    });
    await expect(auth.authenticate(ctx)).rejects.toThrow(
      /^\[@kybkit\/e-attestations\] the token endpoint refused/,
    );
  });

  it.each([
    ['a relative tokenUrl', { tokenUrl: '/token' }, 'tokenUrl'],
    ['a plain-http tokenUrl', { tokenUrl: 'http://auth.example.com/token' }, 'tokenUrl'],
    ['an empty clientId', { clientId: '' }, 'clientId'],
    ['an empty username', { username: '' }, 'username'],
    ['an empty password', { password: '' }, 'password'],
    ['a control character in the scope', { scope: 'a\nb' }, 'scope'],
    ['a zero timeout', { timeoutMs: 0 }, 'timeoutMs'],
    ['a negative refresh margin', { refreshMarginMs: -1 }, 'refreshMarginMs'],
  ])('refuses %s', (_label, override, field) => {
    let caught: unknown;
    try {
      setup(undefined, override);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).field).toBe(field);
    expectNoSecrets(caught, [PASSWORD]);
  });

  it('allows plain http for a loopback token endpoint (local mocks)', async () => {
    const { bearer, endpoint } = setup(undefined, { tokenUrl: 'http://127.0.0.1:4010/token' });
    await bearer();
    expect(endpoint.calls[0]?.url).toBe('http://127.0.0.1:4010/token');
  });
});
