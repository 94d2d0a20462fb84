import { KybkitError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';
import type { Period, UploadDescriptor } from './types.js';

/** Where the upload stopped: sending the bytes to storage (step 2) or marking the medium online (step 3). */
export type UploadStep = 'storage' | 'online';

/** What step 3 sets, kept so that a resume sends the same values. */
export interface OnlineUpdate {
  period?: Period;
  date?: string;
}

/** The file as step 1 declared it to October; a resume sends a file of the same size. */
export interface DeclaredFile {
  filename: string;
  size: number;
  contentType: string;
}

export interface UploadErrorOptions {
  mediumId: string;
  step: UploadStep;
  /** The HTTP status of the failed step, when there was a response. */
  status?: number | undefined;
  /** The storage's own error code (e.g. S3 `AccessDenied`, `EntityTooLarge`), when it sent one. */
  storageCode?: string | undefined;
  upload?: UploadDescriptor | undefined;
  update: OnlineUpdate;
  file: DeclaredFile;
  cause?: unknown;
}

/**
 * The medium was created (step 1) but the upload did not finish. `mediumId` and `step` say where to
 * resume: `october.resumeUpload(error, file)`. The medium stays `draft` until it is marked online.
 */
export class UploadError extends KybkitError {
  override readonly name: string = 'UploadError';
  readonly mediumId: string;
  readonly step: UploadStep;
  readonly status: number | undefined;
  readonly storageCode: string | undefined;
  /** The values step 3 sends. */
  readonly update: OnlineUpdate;
  /** The file's name, size and type as declared in step 1. */
  readonly file: DeclaredFile;
  /**
   * The storage descriptor from step 1, for a resume of step 2. Its URL is signed, so it is a
   * credential: non-enumerable, and never in the message or `toJSON()`.
   */
  declare readonly upload: UploadDescriptor | undefined;

  constructor(detail: string, options: UploadErrorOptions) {
    const hint = options.step === 'storage' ? 'resumeUpload(error, file)' : 'resumeUpload(error)';
    super(
      `upload of medium ${options.mediumId} failed at the ${options.step} step: ${detail}; resume with ${hint}`,
      {
        source: SOURCE,
        provider: PROVIDER,
        operation: options.step === 'online' ? 'updateMedium' : 'uploadMedium',
        ...(options.cause !== undefined && { cause: options.cause }),
      },
    );
    this.mediumId = options.mediumId;
    this.step = options.step;
    this.status = options.status;
    this.storageCode = options.storageCode;
    this.update = options.update;
    this.file = options.file;
    Object.defineProperty(this, 'upload', { value: options.upload, enumerable: false });
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      mediumId: this.mediumId,
      step: this.step,
      status: this.status,
      storageCode: this.storageCode,
    };
  }
}
