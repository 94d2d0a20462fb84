import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { type DownloadedFile, downloadedFile } from './downloaded-file.js';
import type { paths } from './generated/schema.js';
import { streamedForm } from './streamed-form.js';
import { unwrap } from './unwrap.js';
import { checkUploadFile, type FileHints, type UploadFile } from './upload-file.js';

export type StyleUploadOptions = CallOptions & FileHints;

/** The tenant's CSS style sheet, streamed; undefined when there is none (the API answers 204). */
export async function downloadStyleSheet(
  api: Client<paths>,
  options?: CallOptions,
): Promise<DownloadedFile | undefined> {
  const result = await api.GET('/style/custom.css', { parseAs: 'stream', ...callInit(options) });
  if (result.response.status === 204) {
    return undefined;
  }
  return downloadedFile(result, 'getStyleSheet');
}

/** The tenant's PNG logo, streamed. */
export async function downloadLogo(api: Client<paths>, options?: CallOptions): Promise<DownloadedFile> {
  const result = await api.GET('/style/logo.png', { parseAs: 'stream', ...callInit(options) });
  return downloadedFile(result, 'getLogo');
}

/** Replaces the tenant's style sheet (a streamed multipart upload; never retried). */
export async function uploadStyleSheet(
  api: Client<paths>,
  file: UploadFile,
  options: StyleUploadOptions = {},
): Promise<void> {
  const init = callInit(options);
  const open = checkUploadFile(file, options, 'text/css');
  unwrap(await api.POST('/style/custom.css', { ...streamedForm({}, open()), ...init }), 'uploadStyleSheet');
}

/** Replaces the tenant's logo (a streamed multipart upload; never retried). */
export async function uploadLogo(
  api: Client<paths>,
  file: UploadFile,
  options: StyleUploadOptions = {},
): Promise<void> {
  const init = callInit(options);
  const open = checkUploadFile(file, options, 'image/png');
  unwrap(await api.POST('/style/logo.png', { ...streamedForm({}, open()), ...init }), 'uploadLogo');
}
