/** Test doubles: a scripted OAuth2 token endpoint (a fake `fetch`), a manual clock, JWT building. */

export interface TokenCall {
  url: string;
  method: string | undefined;
  contentType: string | null;
  redirect: RequestRedirect | undefined;
  /** The parsed `application/x-www-form-urlencoded` body. */
  form: Record<string, string>;
}

export type Reply = Response | Promise<Response> | (() => Response | Promise<Response>);

/**
 * A fake fetch for a token endpoint. Each call is recorded; its answer comes from `script` (called
 * with the parsed form and the call index) or, when `script` returns undefined, an error.
 */
export function fakeTokenEndpoint(
  script: (form: Record<string, string>, index: number) => Reply | undefined,
) {
  const calls: TokenCall[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const form = Object.fromEntries(new URLSearchParams(String(init.body ?? '')));
    calls.push({
      url: input,
      method: init.method,
      contentType: new Headers(init.headers).get('content-type'),
      redirect: init.redirect,
      form,
    });
    const reply = script(form, calls.length - 1);
    if (reply === undefined) {
      throw new Error(`unexpected token request #${calls.length}`);
    }
    return typeof reply === 'function' ? reply() : reply;
  };
  return { fetch, calls, grants: () => calls.map((call) => call.form.grant_type) };
}

export interface TokenFields {
  access_token?: unknown;
  expires_in?: unknown;
  refresh_expires_in?: unknown;
  refresh_token?: unknown;
  token_type?: unknown;
  scope?: unknown;
  [key: string]: unknown;
}

/** A Keycloak-shaped 200 token response. */
export function tokenResponse(fields: TokenFields = {}): Response {
  return json(200, {
    access_token: 'access-1',
    expires_in: 300,
    refresh_expires_in: 1800,
    refresh_token: 'refresh-1',
    token_type: 'Bearer',
    'not-before-policy': 0,
    session_state: '6f3c0b1e-session',
    scope: 'profile email',
    ...fields,
  });
}

export function oauthError(status: number, error?: string, description?: string): Response {
  return json(status, {
    ...(error ? { error } : {}),
    ...(description ? { error_description: description } : {}),
  });
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A manual clock in epoch ms. */
export function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    set: (ms: number) => {
      time = ms;
    },
    start,
  };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise reactions run (several macrotask turns, no wall-clock assumption). */
export async function flush(turns = 5): Promise<void> {
  for (let index = 0; index < turns; index++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** An unsigned-looking JWT: header.payload.signature, base64url, as Keycloak issues them. */
export function makeJwt(payload: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'test-key' }));
  return `${header}.${base64url(JSON.stringify(payload))}.${base64url('not-a-real-signature')}`;
}
