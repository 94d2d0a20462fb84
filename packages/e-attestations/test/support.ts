import { createEAttestationsClient, type EAttestationsClientOptions } from '@kybkit/e-attestations';
import { type ScriptStep, scriptedFetch } from '@kybkit/testing';

export const BASE = 'https://edge.test-e-attestations.com/api/v1';
export const TOKEN_URL =
  'https://auth.test-e-attestations.com/auth/realms/eat_realm/protocol/openid-connect/token';
export const PASSWORD = 'pa55-w0rd-never-printed';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT as Keycloak would shape it, carrying the account id claim. */
export function jwt(claims: Record<string, unknown> = { account_ids: '12345' }): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.signature`;
}

export const tokenResponse = (accessToken = jwt()): ScriptStep => ({
  json: {
    access_token: accessToken,
    expires_in: 300,
    refresh_expires_in: 1800,
    refresh_token: 'refresh-token-secret',
    token_type: 'bearer',
    'not-before-policy': 0,
    session_state: 'abc',
    scope: 'profile email',
  },
});

export const envelope = (content: unknown, extra: Record<string, unknown> = {}): ScriptStep => ({
  json: { content, messages: { info: [], warning: [], error: [] }, ...extra },
});

/** A client on the TEST environment whose transport answers from `steps` (the token call first). */
export function scripted(steps: ScriptStep[], options: Partial<EAttestationsClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const client = createEAttestationsClient({
    environment: 'test',
    username: 'api-user',
    password: PASSWORD,
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  } as EAttestationsClientOptions);
  return { client, fetch };
}
