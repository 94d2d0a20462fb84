import { KybkitError, ValidationError, waitFor } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { DossierProcessError } from './dossier-process-error.js';
import { PROVIDER, SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';
import type { Dossier, DossierProcess, NewDossier } from './types.js';
import { unwrap } from './unwrap.js';
import { validateCompanyId } from './validate.js';

export interface WaitOptions {
  /** Give up after this long. Default 5 minutes. */
  timeoutMs?: number;
  /** First pause between polls; it grows 1.5× up to 30 s. Default 2 s. */
  intervalMs?: number;
  signal?: AbortSignal;
}

export interface CreateDossierOptions extends WaitOptions {
  /** Wait for the asynchronous creation to finish. Default true. */
  wait?: boolean;
}

export interface DossierCreated {
  processId: string;
  /** The last process state read: complete and successful when `wait` is on. */
  process: DossierProcess;
  /** The created dossier, found by its reference once the process succeeded (undefined without `wait`). */
  dossier: Dossier | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateNewDossier(body: NewDossier): void {
  const fail = (field: string, message: string) => {
    throw new ValidationError(`${field} ${message}`, { source: SOURCE, field });
  };
  if (!body.companyIdType) {
    fail('body.companyIdType', 'is required (CIT001 SIRET, CIT002 EU VAT, CIT003 DUNS)');
  }
  if (!body.companyIdValue) {
    fail('body.companyIdValue', 'is required');
  }
  if (!body.dossierReference?.trim()) {
    fail('body.dossierReference', 'is required');
  }
  validateCompanyId(body.companyIdType, body.companyIdValue, 'body.companyIdValue');
  for (const [field, list] of [
    ['body.thirdpartyEmail', body.thirdpartyEmail],
    ['body.userInCharge', body.userInCharge],
  ] as const) {
    for (const email of list ?? []) {
      if (!EMAIL.test(email)) {
        fail(field, `has an invalid email address: ${email}`);
      }
    }
  }
}

/** Polls `GET /dossiers/process/{processId}` until complete; throws DossierProcessError when it failed. */
export async function waitForDossierProcess(
  api: Client<paths>,
  accountId: number,
  processId: string,
  options: WaitOptions = {},
): Promise<DossierProcess> {
  const process = await waitFor(
    async (_attempt, signal) => {
      const result = await api.GET('/account/{accountId}/dossiers/process/{processId}', {
        params: { path: { accountId, processId } },
        signal,
      });
      const content = unwrap(result, 'getDossierProcess').content;
      if (!content) {
        throw new KybkitError(`process ${processId} has no content`, { source: SOURCE, provider: PROVIDER });
      }
      return content;
    },
    (state) => state.complete === true,
    {
      timeoutMs: options.timeoutMs ?? 300_000,
      intervalMs: options.intervalMs ?? 2_000,
      ...(options.signal && { signal: options.signal }),
    },
  );
  if (process.success !== true) {
    throw new DossierProcessError(processId, process.errors ?? []);
  }
  return process;
}

/** Creates a dossier (validated before sending) and, by default, waits until it exists. */
export async function createDossier(
  api: Client<paths>,
  accountId: () => Promise<number>,
  body: NewDossier,
  options: CreateDossierOptions = {},
): Promise<DossierCreated> {
  validateNewDossier(body);
  const account = await accountId();
  const created = unwrap(
    await api.POST('/account/{accountId}/dossiers', {
      params: { path: { accountId: account } },
      body,
      ...(options.signal && { signal: options.signal }),
    }),
    'createDossier',
  ).content;
  if (!created?.processId) {
    throw new KybkitError('createDossier returned no processId', { source: SOURCE, provider: PROVIDER });
  }
  if (options.wait === false) {
    return { processId: created.processId, process: created, dossier: undefined };
  }
  const process = await waitForDossierProcess(api, account, created.processId, options);
  const found = unwrap(
    await api.GET('/account/{accountId}/dossiers', {
      params: {
        path: { accountId: account },
        query: { dossierReference: body.dossierReference, pageSize: 1 },
      },
      ...(options.signal && { signal: options.signal }),
    }),
    'searchDossiers',
  );
  return { processId: created.processId, process, dossier: found.content?.[0] };
}
