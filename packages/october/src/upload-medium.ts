import { KybkitError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import { checkStorageOptions, declared, finishUpload } from './finish-upload.js';
import { checkUpdate } from './mark-medium-online.js';
import type { Medium, MediumName, MediumType } from './types.js';
import { unwrap } from './unwrap.js';
import type { StorageStepOptions, UploadContext } from './upload-context.js';
import type { OnlineUpdate } from './upload-error.js';
import { checkFile, type UploadFile } from './upload-file.js';
import { assertObjectId, invalid, shown } from './validate.js';

/** The spec's `MediumName` and `MediumType` values. */
export const MEDIUM_NAMES: readonly MediumName[] = [
  'certified_financial_statement',
  'bank_statement',
  'interim_financial_statement',
  'other',
];
export const MEDIUM_TYPES: readonly MediumType[] = ['document', 'image'];

export interface UploadMediumOptions extends StorageStepOptions, OnlineUpdate {
  /** What the document is: `bank_statement`, `certified_financial_statement`, … */
  name: MediumName;
  /** Default: `image` for an image/* file, `document` otherwise (guess). */
  type?: MediumType;
}

/**
 * The three-step upload in one call: create the medium, send the bytes to storage as the answer
 * says, mark it online. The file's size (≤ 20 MB), type and name, and every option, are checked
 * before step 1. A failure after step 1 is an UploadError with the medium id: resume it with
 * `resumeUpload`.
 */
export async function uploadMedium(
  context: UploadContext,
  requestId: string,
  file: UploadFile,
  options: UploadMediumOptions,
): Promise<Medium> {
  assertObjectId(requestId, 'requestId');
  if (!MEDIUM_NAMES.includes(options?.name)) {
    throw invalid('options.name', `must be one of ${MEDIUM_NAMES.join(', ')}, got ${shown(options?.name)}`);
  }
  const update = checkUpdate(options);
  checkStorageOptions(options);
  const checked = checkFile(file, options);
  const type = options.type ?? (checked.contentType.startsWith('image/') ? 'image' : 'document');
  if (!MEDIUM_TYPES.includes(type)) {
    throw invalid('options.type', `must be one of ${MEDIUM_TYPES.join(', ')}, got ${shown(type)}`);
  }
  const created = await context.api.POST('/media', {
    body: {
      name: options.name,
      type,
      meta: { name: checked.filename, size: checked.size, type: checked.contentType },
      request: requestId,
    },
    ...(options.signal && { signal: options.signal }),
  });
  const medium = unwrap(created, 'createMedium').medium;
  if (typeof medium?.id !== 'string') {
    throw new KybkitError('createMedium answered no medium id', { source: SOURCE, provider: PROVIDER });
  }
  const state = { mediumId: medium.id, upload: medium.upload, update, file: declared(checked) };
  return finishUpload(context, state, checked, options);
}
