import type { Client } from 'openapi-fetch';
import { type CallOptions, callInit } from './call-options.js';
import { type DownloadedFile, downloadedFile } from './downloaded-file.js';
import type { paths } from './generated/schema.js';
import { assertObjectId, invalid, shown } from './validate.js';

export interface PageImageOptions extends CallOptions {
  /** The small image (`page_thumbnail`) instead of the full page. */
  thumbnail?: boolean;
}

/** `1`, `3` or `1-2` (guess: the range syntax is not published; a page number or two joined by `-`). */
function pageRange(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[1-9]\d*(-[1-9]\d*)?$/.test(text)) {
    throw invalid('pages', `must be a page number from 1, or a range such as 1-2, got ${shown(value)}`);
  }
  return text;
}

/** The file as it was uploaded, streamed, with its own media type and name. */
export async function downloadOriginalFile(
  api: Client<paths>,
  id: string,
  options?: CallOptions,
): Promise<DownloadedFile> {
  const document_id = assertObjectId(id, 'id');
  const init = callInit(options);
  const result = await api.GET('/documents/{document_id}/original_file', {
    params: { path: { document_id } },
    parseAs: 'stream',
    ...init,
  });
  return downloadedFile(result, 'downloadOriginalFile');
}

/** Pages rendered as an image (PNG or JPEG, as the server chooses), or their thumbnail, streamed. */
export async function downloadPageImage(
  api: Client<paths>,
  id: string,
  pages: number | string,
  options: PageImageOptions = {},
): Promise<DownloadedFile> {
  const path = { document_id: assertObjectId(id, 'id'), page_range: pageRange(pages) };
  const { thumbnail, ...call } = options;
  const init = callInit(call);
  if (thumbnail === true) {
    const result = await api.GET('/documents/{document_id}/page_thumbnail/{page_range}', {
      params: { path },
      parseAs: 'stream',
      ...init,
    });
    return downloadedFile(result, 'getDocumentPageThumbnail');
  }
  const result = await api.GET('/documents/{document_id}/page/{page_range}', {
    params: { path },
    parseAs: 'stream',
    ...init,
  });
  return downloadedFile(result, 'getDocumentPageImage');
}
