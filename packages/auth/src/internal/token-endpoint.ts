import { AuthError } from '@kybkit/core';
import { isVisibleAscii } from './control-characters.js';
import { safeDetail } from './safe-detail.js';

/** The subset of `fetch` used here; `globalThis.fetch` fits. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type Grant = 'password' | 'refresh_token' | 'client_credentials' | 'login';

export interface TokenRequest {
  url: string;
  grant: Grant;
  /** Form fields, sent as `application/x-www-form-urlencoded` in this order (unless `json` is given). */
  form: Record<string, string>;
  /** A JSON body instead of the form (Alloy's client credentials, Contract.fit's login). */
  json?: Record<string, unknown>;
  /** Extra request headers, e.g. `Authorization: Basic …` for client credentials. */
  headers?: Record<string, string>;
  /** A non-OAuth2 answer (e.g. `{ authentication_token }`); default: RFC 6749 §5.1. */
  parse?: (body: Record<string, unknown>, unusable: (what: string) => AuthError) => TokenResponse;
  fetch: FetchLike;
  timeoutMs: number;
  source: string;
  /** Values that must never reach a message (password, tokens): details containing one are dropped. */
  secrets: readonly string[];
}

/** A validated OAuth2 token response (RFC 6749 §5.1), durations in ms. */
export interface TokenResponse {
  accessToken: string;
  expiresInMs: number;
  refreshToken: string | undefined;
  /** undefined when `refresh_expires_in` is absent or 0 (Keycloak: no time limit, e.g. offline tokens). */
  refreshExpiresInMs: number | undefined;
  scope: string | undefined;
}

const ERROR_CODE = /^[A-Za-z0-9._~-]{1,64}$/;
const SYSTEM_CODE = /^[A-Z0-9_]{1,32}$/;

/**
 * POSTs one grant to an OAuth2 token endpoint and validates the answer. Every failure is an
 * {@link AuthError} whose message, status and code come from parsed fields only: never the raw
 * body, never a cause object (a fetch error may hold the request, and so the password).
 */
export async function requestToken(request: TokenRequest): Promise<TokenResponse> {
  const { source } = request;
  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  try {
    const json = request.json !== undefined;
    response = await request.fetch(request.url, {
      method: 'POST',
      headers: {
        'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...request.headers,
      },
      body: json ? JSON.stringify(request.json) : new URLSearchParams(request.form).toString(),
      // A 307/308 would resend the password to wherever Location points: never follow.
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    const message = signal.aborted
      ? `the token endpoint did not answer within ${request.timeoutMs} ms`
      : `could not reach the token endpoint${describe(error, request.secrets)}`;
    throw new AuthError(message, { source });
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    throw new AuthError(
      `the token endpoint answered a redirect (HTTP ${status}); it is not followed because the request carries credentials`,
      { source, status },
    );
  }
  let body: unknown;
  try {
    body = parseJson(await response.text());
  } catch {
    throw new AuthError(`could not read the token endpoint's HTTP ${status} response`, { source, status });
  }
  if (!response.ok) {
    throw refusal(request, status, body);
  }
  return parseTokenResponse(body, status, source, request.parse);
}

const GRANT_NAMES: Record<Grant, string> = {
  password: 'password',
  refresh_token: 'refresh token',
  client_credentials: 'client credentials',
  login: 'login',
};

function refusal(request: TokenRequest, status: number, body: unknown): AuthError {
  const record = isRecord(body) ? body : {};
  const code = typeof record.error === 'string' && ERROR_CODE.test(record.error) ? record.error : undefined;
  const description = safeDetail(record.error_description, request.secrets);
  const details = `HTTP ${status}${code ? `, ${code}` : ''}${description ? `: ${description}` : ''}`;
  let what: string;
  if (code === 'invalid_client' || code === 'unauthorized_client') {
    what = 'the token endpoint refused the client id';
  } else if (
    (request.grant === 'password' || request.grant === 'login') &&
    (code === 'invalid_grant' || status === 401)
  ) {
    what = 'the token endpoint refused the username/password';
  } else if (request.grant === 'client_credentials' && (status === 400 || status === 401)) {
    what = 'the token endpoint refused the client credentials';
  } else if (status >= 500) {
    what = 'the token endpoint failed';
  } else {
    what = `the token endpoint refused the ${GRANT_NAMES[request.grant]} grant`;
  }
  return new AuthError(`${what} (${details})`, { source: request.source, status, ...(code ? { code } : {}) });
}

function parseTokenResponse(
  body: unknown,
  status: number,
  source: string,
  parse: TokenRequest['parse'],
): TokenResponse {
  const unusable = (what: string): AuthError =>
    new AuthError(`the token endpoint answered HTTP ${status} with an unusable token response: ${what}`, {
      source,
      status,
    });
  if (!isRecord(body)) {
    throw unusable('the body is not a JSON object');
  }
  if (parse !== undefined) {
    return parse(body, unusable);
  }
  const accessToken = body.access_token;
  if (typeof accessToken !== 'string' || !isVisibleAscii(accessToken)) {
    throw unusable('access_token is missing, empty, or has characters a bearer token cannot contain');
  }
  if (typeof body.token_type !== 'string' || body.token_type.toLowerCase() !== 'bearer') {
    throw unusable('token_type is not "bearer"');
  }
  const expiresIn = seconds(body.expires_in);
  if (expiresIn === undefined || expiresIn <= 0) {
    throw unusable('expires_in is missing or not a positive number');
  }
  const refreshToken =
    typeof body.refresh_token === 'string' && isVisibleAscii(body.refresh_token)
      ? body.refresh_token
      : undefined;
  const refreshExpiresIn = seconds(body.refresh_expires_in);
  return {
    accessToken,
    expiresInMs: expiresIn * 1000,
    refreshToken,
    refreshExpiresInMs:
      refreshExpiresIn !== undefined && refreshExpiresIn > 0 ? refreshExpiresIn * 1000 : undefined,
    scope: typeof body.scope === 'string' ? body.scope : undefined,
  };
}

/** A duration in seconds: a finite number, or a decimal string (some servers quote it). */
function seconds(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value === 'string' && /^\d{1,10}(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** ` (TypeError: fetch failed, ECONNREFUSED)`, keeping only parts that hold no secret. */
function describe(error: unknown, secrets: readonly string[]): string {
  if (!(error instanceof Error)) {
    return '';
  }
  const parts: string[] = [];
  const text = safeDetail(`${error.name}: ${error.message}`, secrets);
  if (text !== undefined) {
    parts.push(text);
  }
  for (const holder of [error, error.cause]) {
    const code = isRecord(holder) ? holder.code : undefined;
    if (
      typeof code === 'string' &&
      SYSTEM_CODE.test(code) &&
      safeDetail(code, secrets) &&
      !parts.includes(code)
    ) {
      parts.push(code);
    }
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
