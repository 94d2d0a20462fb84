import { invalid } from './validate.js';

type FormValue = string | number | boolean | Blob | undefined;

/**
 * A `bodySerializer` for the multipart operations that take short fields, for raw calls:
 * `cf.POST('/stats/{inbox_id}/blue_dots', { params, body: { level: 'file' }, bodySerializer: formData })`.
 * Strings, numbers and booleans become text fields, Blobs file parts; undefined members are left
 * out. For files, prefer the streamed helpers (`uploadDocument`, `uploadLogo` …).
 */
export function formData(body: unknown): FormData {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('body', 'must be an object of form fields');
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, FormValue>)) {
    if (value === undefined) {
      continue;
    }
    if (value instanceof Blob) {
      form.append(name, value, (value as Partial<File>).name ?? name);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      form.append(name, String(value));
    } else {
      throw invalid(`body.${name}`, 'must be a string, number, boolean or Blob');
    }
  }
  return form;
}
