import type { Client } from 'openapi-fetch';
import type { ClientPaths } from './client-paths.js';
import { type MarkOnlineOptions, markMediumOnline } from './mark-medium-online.js';
import { resumeUpload } from './resume-upload.js';
import type { Medium, NewRequest, Report, Request } from './types.js';
import { unwrap } from './unwrap.js';
import type { StorageStepOptions } from './upload-context.js';
import type { UploadError } from './upload-error.js';
import type { UploadFile } from './upload-file.js';
import { type UploadMediumOptions, uploadMedium } from './upload-medium.js';
import { validateNewRequest } from './validate.js';
import { type WaitForReportsOptions, waitForReports } from './wait-for-reports.js';

/** The flows on top of the raw typed calls. */
export interface OctoberHelpers {
  /** Checks the SIREN (check digit included) before sending, creates the request, returns it. */
  createRequest(body: NewRequest, options?: { signal?: AbortSignal }): Promise<Request>;
  /** Creates a medium, sends the file to storage, marks it online; UploadError after step 1. */
  uploadMedium(requestId: string, file: UploadFile, options: UploadMediumOptions): Promise<Medium>;
  /** Finishes an upload from the step its UploadError names (the file again for the storage step). */
  resumeUpload(error: UploadError, file?: UploadFile, options?: StorageStepOptions): Promise<Medium>;
  /** Step 3 alone: sets a medium online, with its period and date. */
  markMediumOnline(mediumId: string, options?: MarkOnlineOptions): Promise<Medium>;
  /** Polls the request's reports with backoff until the wanted sources have one; returns them all. */
  waitForReports(requestId: string, options?: WaitForReportsOptions): Promise<Report[]>;
}

export function createHelpers(api: Client<ClientPaths>, storageFetch: typeof fetch): OctoberHelpers {
  const context = { api, storageFetch };
  return {
    createRequest: async (body, options = {}) => {
      const result = await api.POST('/requests', {
        body: validateNewRequest(body),
        ...(options.signal && { signal: options.signal }),
      });
      return unwrap(result, 'createRequest').request;
    },
    uploadMedium: (requestId, file, options) => uploadMedium(context, requestId, file, options),
    resumeUpload: (error, file, options) => resumeUpload(context, error, file, options),
    markMediumOnline: (mediumId, options) => markMediumOnline(context, mediumId, options),
    waitForReports: (requestId, options) => waitForReports(api, requestId, options),
  };
}
