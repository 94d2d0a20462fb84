import type { AuthStrategy } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { createAccountIdResolver } from './account-id.js';
import {
  type CreateDossierOptions,
  createDossier,
  type DossierCreated,
  type WaitOptions,
  waitForDossierProcess,
} from './create-dossier.js';
import { type DownloadedFile, downloadFile, type FileRef } from './download-file.js';
import type { paths } from './generated/schema.js';
import { type IterateOptions, iterateDossiers, iterateThirdparties } from './iterate.js';
import type {
  Dossier,
  DossierProcess,
  DossierQuery,
  NewDossier,
  ThirdpartyQuery,
  ThirdpartyRepresentation,
} from './types.js';

/** The flows on top of the raw typed calls. Each fills in the account id. */
export interface EAttestationsHelpers {
  /** The account id: given, from the token's `account_ids` claim, or from `GET /account`. */
  accountId(): Promise<number>;
  /** Every third party matching the filters, across pages. SIREN/SIRET/VAT filters are checked first. */
  thirdparties(
    query?: ThirdpartyQuery,
    options?: IterateOptions,
  ): AsyncIterableIterator<ThirdpartyRepresentation>;
  /** Every dossier matching the filters, across pages. */
  dossiers(query?: DossierQuery, options?: IterateOptions): AsyncIterableIterator<Dossier>;
  /** Validates, creates, waits for the asynchronous process and returns the dossier. */
  createDossier(body: NewDossier, options?: CreateDossierOptions): Promise<DossierCreated>;
  /** Waits for a creation process; DossierProcessError carries its E-codes when it failed. */
  waitForDossierProcess(processId: string, options?: WaitOptions): Promise<DossierProcess>;
  /** A file of a document, as a stream, with its name from Content-Disposition. */
  downloadFile(ref: FileRef, options?: { signal?: AbortSignal }): Promise<DownloadedFile>;
}

export function createHelpers(
  api: Client<paths>,
  credentials: AuthStrategy,
  accountId?: number,
): EAttestationsHelpers {
  const resolveAccountId = createAccountIdResolver(api, credentials, accountId);
  return {
    accountId: resolveAccountId,
    thirdparties: (query, options) => iterateThirdparties(api, resolveAccountId, query, options),
    dossiers: (query, options) => iterateDossiers(api, resolveAccountId, query, options),
    createDossier: (body, options) => createDossier(api, resolveAccountId, body, options),
    waitForDossierProcess: async (processId, options) =>
      waitForDossierProcess(api, await resolveAccountId(), processId, options),
    downloadFile: async (ref, options) => downloadFile(api, await resolveAccountId(), ref, options),
  };
}
