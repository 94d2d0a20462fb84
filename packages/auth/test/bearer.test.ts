import { AuthError, ValidationError } from '@kybkit/core';
import { describe, expect, it } from 'vitest';
import { createBearerAuth } from '../src/index.js';

const ctx = { url: new URL('https://api.example.test/x'), method: 'GET' };

describe('createBearerAuth', () => {
  it('sends a static token', async () => {
    const auth = createBearerAuth({ token: 'abc.def-123' });
    expect(auth.kind).toBe('bearer');
    expect(auth.headerNames).toEqual(['authorization']);
    expect(await auth.authenticate(ctx)).toEqual({ headers: { Authorization: 'Bearer abc.def-123' } });
    expect(auth.secrets()).toEqual(['abc.def-123']);
    expect(await auth.onUnauthorized()).toBe(false);
  });

  it.each(['Bearer tok', 'bearer tok', 'BEARER   tok'])(
    'strips an accidental prefix from %j',
    async (token) => {
      const auth = createBearerAuth({ token });
      expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer tok');
    },
  );

  it.each(['', 'Bearer ', 's3cr3t words', 's3cr3t\n', 's3cr3t\r\nX-Evil: 1', 's3cr3tö'])(
    'refuses %j without echoing it',
    (token) => {
      let caught: unknown;
      try {
        createBearerAuth({ token });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).field).toBe('token');
      expect(`${(caught as Error).message} ${JSON.stringify(caught)}`).not.toContain('s3cr3t');
    },
  );

  it('calls a provider for every request and asks it again after a 401', async () => {
    let calls = 0;
    const auth = createBearerAuth({ token: async () => `Bearer t${++calls}` });
    expect(auth.secrets()).toEqual([]);
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer t1');
    expect(auth.secrets()).toEqual(['t1']);
    expect(await auth.onUnauthorized()).toBe(true);
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer t2');
    expect(auth.secrets()).toEqual(['t2']);
  });

  it('accepts a synchronous provider', async () => {
    const auth = createBearerAuth({ token: () => 'sync' });
    expect((await auth.authenticate(ctx)).headers?.Authorization).toBe('Bearer sync');
  });

  it('turns an unusable provided token into an AuthError that does not contain it', async () => {
    const auth = createBearerAuth({ token: () => 'leaky secret\r\n' });
    const error = await auth.authenticate(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).not.toContain('leaky');
    const empty = createBearerAuth({ token: () => undefined as unknown as string });
    await expect(empty.authenticate(ctx)).rejects.toBeInstanceOf(AuthError);
  });

  it('lets provider errors propagate unchanged', async () => {
    const boom = new Error('vault unavailable');
    const auth = createBearerAuth({
      token: () => {
        throw boom;
      },
    });
    await expect(auth.authenticate(ctx)).rejects.toBe(boom);
  });

  it('refuses a token that is neither a string nor a function', () => {
    expect(() => createBearerAuth({ token: 42 as unknown as string })).toThrow(ValidationError);
  });
});

describe('createBearerAuth scheme: raw', () => {
  it('sends the token as it is, for a static token and a provider', async () => {
    const ctx = { url: new URL('https://api.example.com/'), method: 'GET' };
    const fixed = createBearerAuth({ token: 'Bearer raw-token-1', scheme: 'raw' });
    expect(await fixed.authenticate(ctx)).toEqual({ headers: { Authorization: 'raw-token-1' } });
    const provided = createBearerAuth({ token: async () => 'raw-token-2', scheme: 'raw' });
    expect(await provided.authenticate(ctx)).toEqual({ headers: { Authorization: 'raw-token-2' } });
  });
});
