import { markMediumOnline } from './mark-medium-online.js';
import { StorageFailure, sendToStorage } from './send-to-storage.js';
import type { Medium, UploadDescriptor } from './types.js';
import type { StorageStepOptions, UploadContext } from './upload-context.js';
import { type DeclaredFile, type OnlineUpdate, UploadError } from './upload-error.js';
import type { CheckedFile } from './upload-file.js';
import { invalid } from './validate.js';

/** What step 1 produced and steps 2 and 3 need. */
export interface CreatedMedium {
  mediumId: string;
  upload: UploadDescriptor | undefined;
  update: OnlineUpdate;
  file: DeclaredFile;
}

/** Checks the storage step's own option before step 1, so that it cannot fail half-way. */
export function checkStorageOptions(options: StorageStepOptions): void {
  const timeout = options.storageTimeoutMs;
  if (timeout !== undefined && !(Number.isSafeInteger(timeout) && timeout > 0)) {
    throw invalid('options.storageTimeoutMs', 'must be a positive whole number of milliseconds');
  }
}

export const declared = (file: CheckedFile): DeclaredFile => ({
  filename: file.filename,
  size: file.size,
  contentType: file.contentType,
});

/** Step 3; a failure becomes an UploadError at the online step (the bytes are in storage). */
export async function markOnline(
  context: UploadContext,
  medium: CreatedMedium,
  signal: AbortSignal | undefined,
): Promise<Medium> {
  try {
    return await markMediumOnline(context, medium.mediumId, { ...medium.update, ...(signal && { signal }) });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^\[[^\]]+\] /, '') : 'failed';
    const status = (error as { status?: unknown }).status;
    throw new UploadError(detail, {
      ...medium,
      step: 'online',
      status: typeof status === 'number' ? status : undefined,
      cause: error,
    });
  }
}

/** Steps 2 and 3 for a created medium; a failure is an UploadError carrying the medium id. */
export async function finishUpload(
  context: UploadContext,
  medium: CreatedMedium,
  file: CheckedFile,
  options: StorageStepOptions,
): Promise<Medium> {
  try {
    await sendToStorage(medium.upload, file, {
      fetch: context.storageFetch,
      signal: options.signal,
      timeoutMs: options.storageTimeoutMs ?? 300_000,
    });
  } catch (error) {
    if (!(error instanceof StorageFailure)) {
      throw error;
    }
    throw new UploadError(error.message, {
      ...medium,
      step: 'storage',
      status: error.status,
      storageCode: error.storageCode,
    });
  }
  return markOnline(context, medium, options.signal);
}
