import { KybkitError } from '@kybkit/core';
import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { documentIdOf } from './document-id.js';
import { PROVIDER, SOURCE } from './environments.js';
import type { paths } from './generated/schema.js';
import { flagFields, parseAnswer, streamedForm } from './streamed-form.js';
import type { Document, KeyValuePrediction } from './types.js';
import { unwrap } from './unwrap.js';
import { checkUploadFile, type FileHints, type UploadFile } from './upload-file.js';
import { assertObjectId, invalid, shown } from './validate.js';

export interface UploadDocumentOptions extends CallOptions, FileHints {
  /** The inbox to upload to (its 24-character id). */
  inbox: string;
  /**
   * `false` (default here, as the provider recommends): only queue the document and get its id;
   * then `waitForDocument(id)`. `true`: the call waits for the processing (the API's own default;
   * it may time out under load, so raise `timeoutMs`).
   */
  sync?: boolean;
  /** With `sync: true`: answer only the field → value map. Sent only when given (server default false). */
  keyValueFlag?: boolean;
  /** Use the experimental processing. Sent only when given. */
  experimental?: boolean;
}

function optionalFlag(value: unknown, field: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw invalid(field, `must be true or false, got ${shown(value)}`);
  }
  return value;
}

const failure = (message: string) =>
  new KybkitError(message, { source: SOURCE, provider: PROVIDER, operation: 'uploadDocument' });

/**
 * `POST /documents/{inbox}` with a streamed multipart body (the flags, then the file). Everything
 * is checked before anything is sent. Asynchronous (the default): resolves to the new document's
 * id, read defensively from the answer. Synchronous: the processed document, or with
 * `keyValueFlag: true` its field → value map. Never retried: each call creates a document.
 */
export async function uploadDocument(
  api: Client<paths>,
  file: UploadFile,
  options: UploadDocumentOptions,
): Promise<string | Document | KeyValuePrediction> {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'are required: { inbox }');
  }
  const inbox = assertObjectId(options.inbox, 'inbox');
  const sync = optionalFlag(options.sync, 'sync') ?? false;
  const keyValueFlag = optionalFlag(options.keyValueFlag, 'keyValueFlag');
  const experimental = optionalFlag(options.experimental, 'experimental');
  const init = callInit(options);
  const open = checkUploadFile(file, options);
  const fields = flagFields({ sync, key_value_flag: keyValueFlag, experimental });
  const result = await api.POST('/documents/{id}', {
    params: { path: { id: inbox } },
    ...streamedForm(fields, open()),
    parseAs: 'text',
    ...init,
  });
  const answer = parseAnswer(unwrap(result, 'uploadDocument') as string | undefined, 'uploadDocument');
  if (!sync) {
    const id = documentIdOf(answer);
    if (id === undefined) {
      throw failure('the asynchronous upload answered no document id ({id}, {document_id} or a bare id)');
    }
    return id;
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw failure('the synchronous upload answered something other than a JSON object');
  }
  return answer as Document | KeyValuePrediction;
}

export interface UploadSimpleOptions extends CallOptions, FileHints {
  /** The inbox; the tenant's invoice inbox when left out. */
  inbox?: string;
  /** `true` (the endpoint's default): answer only the field → value map; `false`: the document. */
  keyValueFlag?: boolean;
  experimental?: boolean;
}

/**
 * `POST /documents/` (the simple upload, always synchronous) with a streamed multipart body.
 * Resolves to the field → value map, or with `keyValueFlag: false` to the processed document.
 */
export async function uploadDocumentSimple(
  api: Client<paths>,
  file: UploadFile,
  options: UploadSimpleOptions = {},
): Promise<Document | KeyValuePrediction> {
  const inbox = options.inbox === undefined ? undefined : assertObjectId(options.inbox, 'inbox');
  const keyValueFlag = optionalFlag(options.keyValueFlag, 'keyValueFlag');
  const experimental = optionalFlag(options.experimental, 'experimental');
  const init = callInit(options);
  const open = checkUploadFile(file, options);
  const fields = flagFields({ inbox_id: inbox, key_value_flag: keyValueFlag, experimental });
  const result = await api.POST('/documents/', { ...streamedForm(fields, open()), ...init });
  const answer: unknown = unwrap(result, 'uploadDocumentSimple');
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw new KybkitError('the simple upload answered something other than a JSON object', {
      source: SOURCE,
      provider: PROVIDER,
      operation: 'uploadDocumentSimple',
    });
  }
  return answer as Document | KeyValuePrediction;
}
