import { checkStorageOptions, finishUpload, markOnline } from './finish-upload.js';
import type { Medium } from './types.js';
import type { StorageStepOptions, UploadContext } from './upload-context.js';
import { UploadError } from './upload-error.js';
import { checkFile, type UploadFile } from './upload-file.js';
import { invalid } from './validate.js';

/**
 * Finishes an upload that failed after step 1, from the step its UploadError names. At the storage
 * step the file must be given again (a stream cannot be read twice) and must have the declared
 * size; at the online step no file is needed. If the storage descriptor has expired, start over
 * with `uploadMedium` (the old medium stays a draft).
 */
export async function resumeUpload(
  context: UploadContext,
  error: UploadError,
  file?: UploadFile,
  options: StorageStepOptions = {},
): Promise<Medium> {
  if (!(error instanceof UploadError)) {
    throw invalid('error', 'must be the UploadError that uploadMedium threw');
  }
  checkStorageOptions(options);
  const medium = { mediumId: error.mediumId, upload: error.upload, update: error.update, file: error.file };
  if (error.step === 'online') {
    return markOnline(context, medium, options.signal);
  }
  if (file === undefined) {
    throw invalid('file', 'is required to resume the storage step (give the same file again)');
  }
  const checked = checkFile(file, {
    filename: error.file.filename,
    contentType: error.file.contentType,
    ...options,
  });
  if (checked.size !== error.file.size) {
    throw invalid(
      'file.size',
      `is ${checked.size} bytes, but the medium was declared with ${error.file.size}`,
    );
  }
  return finishUpload(context, medium, checked, options);
}
