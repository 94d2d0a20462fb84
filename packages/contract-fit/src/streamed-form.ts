import { createMultipartBody, KybkitError, type MultipartFile } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/**
 * The openapi-fetch options that send a streamed multipart body as it is: the stream itself (no
 * serializer touches it), its media type with the boundary, Content-Length when the file size is
 * known, and `duplex: 'half'` (a streamed request body needs it). The pipeline never sends a stream
 * twice, so an upload is never retried.
 */
export function streamedForm(fields: Readonly<Record<string, string>>, part: MultipartFile) {
  const form = createMultipartBody(fields, part, { source: SOURCE, provider: PROVIDER });
  const headers: Record<string, string> = { 'Content-Type': form.contentType, Accept: 'application/json' };
  if (form.length !== undefined) {
    headers['Content-Length'] = String(form.length);
  }
  return {
    // The generated type of a multipart body is an object of strings; the pipeline sends the stream.
    body: form.body as never,
    bodySerializer: (body: unknown) => body,
    headers,
    duplex: 'half' as const,
  };
}

/** Boolean form fields as the API reads them; undefined ones are left out (the server default applies). */
export function flagFields(
  flags: Readonly<Record<string, boolean | string | undefined>>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(flags)) {
    if (value !== undefined) {
      fields[name] = String(value);
    }
  }
  return fields;
}

/**
 * The answer of an upload, read defensively: JSON when it parses, else the text itself (an id
 * sent bare). Only called for a 2xx.
 */
export function parseAnswer(text: string | undefined, operation: string): unknown {
  const raw = (text ?? '').trim();
  if (raw === '') {
    throw new KybkitError(`${operation} answered an empty body`, {
      source: SOURCE,
      provider: PROVIDER,
      operation,
    });
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
