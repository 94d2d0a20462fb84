import { KybkitError } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { PROVIDER, SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';
import { unwrap } from './unwrap.js';
import { assertObjectId, invalid } from './validate.js';

export interface EmailActivation {
  /** The redirect status (302). */
  status: number;
  /** Where the API sends the browser (the portal); not followed. Undefined if the answer has none. */
  location: string | undefined;
}

/**
 * `GET /integrations/{id}/activate?secret=…`, the link an e-mail integration sends. Its only
 * success is a 302 to the portal, which is returned, not followed (`redirect: 'manual'`): a
 * client has no business loading the portal page, and following it would leave the API host.
 */
export async function activateEmailIntegration(
  api: Client<paths>,
  integrationId: string,
  secret: string,
  options?: CallOptions,
): Promise<EmailActivation> {
  const integration_id = assertObjectId(integrationId, 'integrationId');
  if (typeof secret !== 'string' || secret === '') {
    throw invalid('secret', 'is required (the secret from the activation e-mail)');
  }
  const result = await api.GET('/integrations/{integration_id}/activate', {
    params: { path: { integration_id }, query: { secret } },
    redirect: 'manual',
    ...callInit(options),
  });
  const { response } = result;
  if (response.status >= 300 && response.status < 400) {
    if (!response.bodyUsed) {
      await response.body?.cancel();
    }
    return { status: response.status, location: response.headers.get('location') ?? undefined };
  }
  unwrap(result, 'activateEmailIntegration');
  throw new KybkitError(`activateEmailIntegration answered ${response.status} instead of a redirect`, {
    source: SOURCE,
    provider: PROVIDER,
    operation: 'activateEmailIntegration',
  });
}
