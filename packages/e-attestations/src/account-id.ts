import { type AuthStrategy, KybkitError, unwrap } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { PROVIDER, SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';

/** Strategies that hold a JWT (the OAuth2 password grant) expose its claims. */
interface WithClaims extends AuthStrategy {
  getToken?: () => Promise<unknown>;
  claims?: () => Record<string, unknown> | undefined;
}

/** The token's `account_ids` claim (a string; the first id when it lists several), if it has one. */
export function accountIdFromClaims(claims: Record<string, unknown> | undefined): number | undefined {
  const raw = claims?.account_ids;
  const first = Array.isArray(raw) ? raw[0] : typeof raw === 'string' ? raw.split(/[\s,;]+/)[0] : raw;
  const id = typeof first === 'number' ? first : Number(first);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * Resolves the account id once: from the access token's claim when the strategy exposes claims,
 * else from `GET /account`. Concurrent callers share one lookup; a failed lookup is not cached.
 */
export function createAccountIdResolver(api: Client<paths>, credentials: WithClaims, given?: number) {
  let pending: Promise<number> | undefined = given === undefined ? undefined : Promise.resolve(given);
  const lookup = async (): Promise<number> => {
    if (credentials.claims && credentials.getToken) {
      await credentials.getToken();
      const fromToken = accountIdFromClaims(credentials.claims());
      if (fromToken !== undefined) {
        return fromToken;
      }
    }
    const account = unwrap(await api.GET('/account'), {
      provider: PROVIDER,
      operation: 'getAccount',
      source: SOURCE,
    });
    const id = account.content?.id;
    if (typeof id !== 'number') {
      throw new KybkitError('GET /account returned no account id', { source: SOURCE, provider: PROVIDER });
    }
    return id;
  };
  return (): Promise<number> => {
    pending ??= lookup().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
