import type { Document } from './types.js';

const hasMembers = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.keys(value).length > 0;

/**
 * Whether a document has been processed. A guess, from the spec's DocumentModelGet (the
 * reference says only "wait for the processed result"): processing is over once
 * `timings.done_time` is set, or once `status_data.success` is true; a document that carries no
 * timings at all counts as processed once it has a non-empty `prediction`.
 */
export function isDocumentProcessed(document: Document): boolean {
  if (typeof document.timings?.done_time === 'string' && document.timings.done_time !== '') {
    return true;
  }
  if (document.status_data?.success === true) {
    return true;
  }
  return document.timings === undefined && hasMembers(document.prediction);
}

/**
 * Whether processing finished without success: processed, with `status_data.success` false.
 * (guess: the meaning of `success` is not published; a missing value is not a failure.)
 */
export function isDocumentFailed(document: Document): boolean {
  return isDocumentProcessed(document) && document.status_data?.success === false;
}

/**
 * After `reprocessDocument` (which answers the document as it stands): whether a newer
 * processing has finished since `before`. A guess: the new version shows up as a later
 * `timings.done_time`, one more entry in `versions`, or `last_version` becoming `name`.
 */
export function reprocessedSince(before: Document, name: string): (document: Document) => boolean {
  const doneBefore = before.timings?.done_time;
  const versionsBefore = before.versions?.length ?? 0;
  return (document) => {
    const done = document.timings?.done_time;
    if (typeof done === 'string' && done !== doneBefore && (doneBefore === undefined || done > doneBefore)) {
      return true;
    }
    if ((document.versions?.length ?? 0) > versionsBefore) {
      return true;
    }
    return document.last_version === name && before.last_version !== name;
  };
}
